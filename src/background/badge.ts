import browser from 'webextension-polyfill';

const BADGE_COLOR = '#3b5bdb';

/** Shows the tab's entity count on the toolbar button; an empty badge for zero. */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab may have closed in the meantime; nothing to show then.
  }
}
