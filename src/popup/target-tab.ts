// Which tab the popup acts on. As the toolbar popup it is the active tab; opened as a tab of its own
// (a reader pinning it, or tests), it is the tab of its window the reader used last before it.
import browser from 'webextension-polyfill';

export async function findTargetTab(): Promise<number | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  }
  // lastAccessed needs no "tabs" permission (unlike url and title).
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter((t) => t.id !== undefined && t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}
