// Background: keeps the settings, answers typed messages, shows each tab's entity count on the badge,
// and runs the article analysis off the page's main thread (the model is loaded once, not per tab).
import browser from 'webextension-polyfill';
import { listen, sendToTab } from '../platform/messaging';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { parseContentToBackground, parsePopupToBackground } from '../core/messages';
import { applySettingsPatch, withSiteEnabled } from '../core/settings';
import { analyzeInBackground } from './analysis-service';
import { setBadgeCount } from './badge';
import { broadcastSettingsChanges } from './settings-broadcast';

broadcastSettingsChanges();

listen(parsePopupToBackground, (message) => {
  switch (message.kind) {
    case 'get-settings':
      return loadSettings();
    case 'update-settings':
      return updateSettings((s) => applySettingsPatch(s, message.patch));
    case 'set-site-enabled':
      return updateSettings((s) => withSiteEnabled(s, message.host, message.enabled));
  }
});

listen(parseContentToBackground, (message, sender) => {
  switch (message.kind) {
    case 'get-settings':
      // Answered once, by the listener above, for the popup and content scripts alike.
      return undefined;
    case 'analyze':
      return analyzeInBackground(message.article);
    case 'page-entities':
      if (sender.tab?.id !== undefined) void setBadgeCount(sender.tab.id, message.count);
      return Promise.resolve();
  }
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'next-mention' && tab?.id !== undefined) {
    sendToTab(tab.id, { kind: 'command', command: 'next-mention' }).catch(() => undefined);
  }
});

// Settings writes are serialised so two quick toggles in the popup cannot overwrite each other.
let pending: Promise<unknown> = Promise.resolve();
function updateSettings(change: (s: Awaited<ReturnType<typeof loadSettings>>) => Awaited<ReturnType<typeof loadSettings>>) {
  const next = pending.then(async () => {
    const updated = change(await loadSettings());
    await saveSettings(updated);
    return updated;
  });
  pending = next.catch(() => undefined);
  return next;
}
