// A serialisation of a live page's DOM that keeps text node boundaries, and a way to turn the extension off
// around some work, so "turning off restores the DOM exactly, node for node" can be checked: used by the e2e
// suites and `npm run sweep -- --restore`.
import type { BrowserSession, TestPage } from './browsers';

/**
 * A serialisation of the DOM that keeps text node boundaries, so "restored exactly" can be compared.
 * Passed as a string: the test files are compiled with helpers (esbuild's __name) that do not exist in the page.
 */
const SNAPSHOT_SCRIPT = `(sel) => {
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === 3) out.push(depth + '#text:' + JSON.stringify(n.data));
    else if (n.nodeType === 1) {
      const attrs = [...n.attributes].map((a) => a.name + '=' + JSON.stringify(a.value)).sort().join(' ');
      out.push(depth + '<' + n.localName + ' ' + attrs + '>');
      for (const c of n.childNodes) walk(c, depth + 1);
    } else out.push(depth + '#' + n.nodeType);
  };
  const root = document.querySelector(sel);
  if (root) walk(root, 0);
  return out.join('\\n');
}`;

export const snapshotDom = (page: TestPage, selector = 'body') =>
  page.evaluateScript<string>(`(${SNAPSHOT_SCRIPT})(${JSON.stringify(selector)})`);

/**
 * Turns the extension off from its popup, waits until `page` holds nothing of it (root, wrappers, the mention
 * style), runs `work` (snapshots of `page` and of fresh loads made while off), and turns it on again.
 */
export async function withExtensionOff<T>(browser: BrowserSession, page: TestPage, work: () => Promise<T>, timeoutMs?: number): Promise<T> {
  await page.bringToFront();
  const popup = await browser.openPopup();
  try {
    await popup.waitForSelector('#cc-enabled');
    await popup.click('#cc-enabled');
    try {
      await page.waitForFunction(() => document.querySelector('cc-root') === null && document.querySelector('cc-mention') === null
        && document.querySelector('style[data-cc-mention-style]') === null, undefined, timeoutMs);
      return await work();
    } finally {
      await popup.click('#cc-enabled');
    }
  } finally {
    await popup.close();
  }
}
