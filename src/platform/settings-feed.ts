// The settings as a content script sees them: asked of the background when the script starts and pushed by
// it on every change (background/settings-broadcast.ts). Reading browser.storage here instead would cost
// every page the storage API's first-use set-up, 7-15 ms of its main thread in Firefox (ADR 7).
import { parseBackgroundToContent } from '../core/messages';
import { validateSettings, type Settings } from '../core/settings';
import { listen, sendToBackground } from './messaging';
import { loadSettings } from './settings-store';

/** Calls `apply` with the current settings, then with every change. */
export function followSettings(apply: (settings: Settings) => void, win: Window | null): void {
  let pushed = false;
  listen(parseBackgroundToContent, (message) => {
    if (message.kind !== 'settings') return undefined;
    pushed = true;
    apply(message.settings);
    return Promise.resolve();
  });
  const ask = (): void => {
    pushed = false;
    void sendToBackground({ kind: 'get-settings' })
      // Without an answer (a background that failed to start), read them here after all.
      .then((reply) => validateSettings(reply), () => loadSettings())
      .then((settings) => {
        // A change pushed meanwhile is at least as new as this answer.
        if (!pushed) apply(settings);
      });
  };
  ask();
  // A page restored from the back-forward cache missed the changes pushed while it was away.
  win?.addEventListener('pageshow', (event) => {
    if (event.persisted) ask();
  });
}
