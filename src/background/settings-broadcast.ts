// Content scripts do not read or watch browser.storage themselves: in Firefox the storage API's first use
// in a page costs 7-15 ms of that page's main thread (ADR 7). They ask the background for the settings when
// they start, and the background tells every tab when the settings change.
import browser from 'webextension-polyfill';
import { sendToTab } from '../platform/messaging';
import { onSettingsChanged } from '../platform/settings-store';
import type { Settings } from '../core/settings';

async function tellEveryTab(settings: Settings): Promise<void> {
  // No "tabs" permission needed: only the ids are used. Tabs without our content script (browser pages,
  // pages loaded before the extension) refuse the message, which is fine.
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) sendToTab(tab.id, { kind: 'settings', settings }).catch(() => undefined);
  }
}

/** Registers the storage listener; call at the top level of the background so a change wakes it. */
export function broadcastSettingsChanges(): void {
  onSettingsChanged((settings) => void tellEveryTab(settings));
}
