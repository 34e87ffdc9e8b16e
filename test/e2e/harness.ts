// Shared set-up for the e2e suites: one static server and one browser per suite (browser start is the
// slow part), plus helpers that read the extension's state from a page.
import { after, before } from 'node:test';
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from '../../scripts/lib/browsers';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
export { snapshotDom, withExtensionOff } from '../../scripts/lib/dom-snapshot';

export interface SuiteEnv {
  browser: BrowserSession;
  server: StaticServer;
  /** Pages opened by a test; closed after each test file's suite. */
  open(path: string): Promise<TestPage>;
}

export function useSuiteEnv(name: BrowserName): SuiteEnv {
  const env = {} as SuiteEnv;
  before(async () => {
    env.server = await startStaticServer();
    env.browser = await launchBrowser(name);
    env.open = async (path: string) => {
      const page = await env.browser.newPage();
      await page.goto(env.server.origin + path);
      return page;
    };
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Resolves once the content script has analysed the article and placed its highlights. */
export async function waitForExtensionReady(page: TestPage, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('cc-root')?.getAttribute('data-state') === 'ready', undefined, timeoutMs);
}

export const countMentions = (page: TestPage) => page.evaluate(() => document.querySelectorAll('cc-mention').length);
export const hasRoot = (page: TestPage) => page.evaluate(() => {
  const roots = document.querySelectorAll('cc-root');
  return roots.length === 1 && roots[0]!.shadowRoot !== null;
});


/** Scrolls the first mention whose text is `text` into view and returns its centre in viewport pixels. */
export const mentionCenter = (page: TestPage, text: string, nth = 0) => page.evaluate(([t, n]) => {
  const all = [...document.querySelectorAll('cc-mention')].filter((m) => m.textContent === t);
  const el = all[n];
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, entity: el.getAttribute('data-entity') };
}, [text, nth] as [string, number]);

/** Moves the pointer onto a mention, as a reader would, and waits for its card. */
export async function hoverMention(page: TestPage, text: string, nth = 0) {
  await page.mouseMove(5, 5);
  const c = await mentionCenter(page, text, nth);
  if (!c) throw new Error(`no highlighted mention "${text}"`);
  await page.mouseMove(c.x, c.y);
  await waitForCard(page);
  return c;
}

export const waitForCard = (page: TestPage, timeoutMs = 5_000) =>
  page.waitForFunction(() => !!document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]'), undefined, timeoutMs);

export const waitForNoCard = (page: TestPage, timeoutMs = 5_000) =>
  page.waitForFunction(() => !document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]'), undefined, timeoutMs);

export interface CardInfo { label: string | null; text: string; type: string | null }

export const readCard = (page: TestPage) => page.evaluate((): CardInfo | null => {
  const card = document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null | undefined;
  return card ? { label: card.getAttribute('aria-label'), text: card.textContent ?? '', type: card.getAttribute('data-type') } : null;
});

/** Clicks a button inside the open card, found by its aria-label. */
export const clickCardButton = (page: TestPage, ariaLabel: string) => page.evaluate((label) => {
  const b = document.querySelector('cc-root')?.shadowRoot?.querySelector(`[role="dialog"] button[aria-label="${label}"]`) as HTMLElement | null;
  if (!b) return false;
  b.click();
  return true;
}, ariaLabel);

/** Entity name → [type, highlight count], read from the page's <cc-mention> elements. */
export const highlightedNames = (page: TestPage) => page.evaluate(() => {
  const out: Record<string, { type: string; count: number; entity: string }> = {};
  for (const m of document.querySelectorAll('cc-mention')) {
    const name = m.textContent ?? '';
    const e = (out[name] ??= { type: m.getAttribute('data-type') ?? '', count: 0, entity: m.getAttribute('data-entity') ?? '' });
    e.count++;
  }
  return out;
});
