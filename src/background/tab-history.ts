// Remembers the order in which tabs were activated, so the popup opened as a tab can act on the tab
// the reader came from. Kept in memory: a restarted service worker falls back to the active tab query.
import browser from 'webextension-polyfill';

const MAX_REMEMBERED = 20;

class TabHistory {
  private order: number[] = [];

  constructor() {
    browser.tabs.onActivated.addListener(({ tabId }) => this.push(tabId));
    browser.tabs.onRemoved.addListener((tabId) => { this.order = this.order.filter((id) => id !== tabId); });
  }

  private push(tabId: number) {
    this.order = [...this.order.filter((id) => id !== tabId), tabId].slice(-MAX_REMEMBERED);
  }

  async mostRecent(excludeTabId: number): Promise<number | null> {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const id = this.order[i]!;
      if (id !== excludeTabId) return id;
    }
    const tabs = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((t) => t.id !== excludeTabId)?.id ?? null;
  }
}

export const tabHistory = new TabHistory();
