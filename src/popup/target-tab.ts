// Which tab the popup acts on. As the toolbar popup it is the active tab; opened as a tab of its own
// (a reader pinning it, or tests), it is the tab that was active before it, as the background remembers.
import browser from 'webextension-polyfill';
import { sendToBackground } from '../platform/messaging';

export async function findTargetTab(): Promise<number | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  }
  const reply = await sendToBackground({ kind: 'get-target-tab', excludeTabId: self.id }).catch(() => null);
  return reply?.tabId ?? null;
}
