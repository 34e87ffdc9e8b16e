// Shared set-up for the e2e suites: one static server and one browser per suite (browser start is the
// slow part), plus helpers that read the extension's state from a page.
import { after, before } from 'node:test';
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from '../../scripts/lib/browsers';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

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

/** A serialisation of the DOM that keeps text node boundaries, so "restored exactly" can be compared. */
export const snapshotDom = (page: TestPage, selector = 'body') => page.evaluate((sel) => {
  const out: string[] = [];
  const walk = (n: Node, depth: number) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(`${depth}#text:${JSON.stringify((n as Text).data)}`);
    else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
      out.push(`${depth}<${el.localName} ${attrs}>`);
      for (const c of el.childNodes) walk(c, depth + 1);
    } else out.push(`${depth}#${n.nodeType}`);
  };
  const root = document.querySelector(sel);
  if (root) walk(root, 0);
  return out.join('\n');
}, selector);
