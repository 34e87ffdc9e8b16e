// The page layer's figures. In Node: article extraction from the shared pages (Readability path used by the
// analyze CLI, and the live block walker run on linkedom), characters found and milliseconds. With --browser:
// the live path in real Chromium on the shared pages and on a hostile page (~100k nodes, ~6 MB of text,
// CSS aimed at our tags): longest single step of reading and highlighting (the 50 ms contract), whether
// highlighting moved any block, and whether undo restored the DOM exactly.
//
//   npx tsx bench/page-layer.ts [--browser]
// Browser figures are medians of 3 page loads; booleans must hold in all of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { build } from 'esbuild';
import { extractArticleFromHtml } from '../src/page/html-article.ts';
import { readArticle } from '../src/page/article-text.ts';
import { runToEnd } from '../src/page/block-text.ts';
import type { MeasureResult } from './page-layer-entry.ts';

const root = path.join(import.meta.dirname, '..');
const pagesDir = path.join(root, '..', 'shared', 'pages');
const slugs = fs.readdirSync(pagesDir).sort();

function medianMs(run: () => void, runs = 3): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function nodeFigures(): void {
  console.log('| page | HTML KB | Readability path: chars | paragraphs | ms | live walker (linkedom): chars | blocks | ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const slug of slugs) {
    const html = fs.readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');
    let extracted: ReturnType<typeof extractArticleFromHtml> = null;
    const extractMs = medianMs(() => (extracted = extractArticleFromHtml(html)));
    const { document } = parseHTML(html) as unknown as { document: Document };
    let live = runToEnd(readArticle(document));
    const liveMs = medianMs(() => (live = runToEnd(readArticle(document))));
    const e = extracted as ReturnType<typeof extractArticleFromHtml>;
    console.log(
      `| ${slug} | ${Math.round(html.length / 1024)} | ${e?.input.text.length ?? 'null'} | ${e?.paragraphs.length ?? '-'} | ${extractMs.toFixed(0)} ` +
        `| ${live.text.length} | ${live.blocks.length} | ${liveMs.toFixed(0)} |`,
    );
  }
}

function hostilePage(): string {
  const sentence = 'Officials in Brussels, Paris and Berlin said on Monday that the talks would continue, and that progress was made. ';
  const rows: string[] = [];
  for (let i = 0; i < 24_000; i++) rows.push(`<div class="row"><p>${sentence}<b>Anna</b> <a href="#">de Vries</a></p></div>`);
  return `<!doctype html><html lang="en"><head><title>Hostile</title><style>cc-mention{display:none!important;margin:9px!important} p *{padding:3px}</style></head>` +
    `<body><nav>${'<a href="#">x</a>'.repeat(3_000)}</nav><main>${rows.join('')}<p>${'y '.repeat(1_500_000)}</p></main></body></html>`;
}

/** The machine is shared: each page is measured this many times and every figure is the median. */
const BROWSER_RUNS = 3;

function medianOf(runs: MeasureResult[]): MeasureResult {
  const median = { ...runs[0]! } as Record<string, unknown>;
  for (const key of Object.keys(median)) {
    const values = runs.map((r) => (r as unknown as Record<string, unknown>)[key]);
    if (typeof values[0] === 'number') median[key] = (values as number[]).sort((a, b) => a - b)[Math.floor(values.length / 2)];
    else if (typeof values[0] === 'boolean') median[key] = values.every(Boolean);
  }
  return median as unknown as MeasureResult;
}

async function browserFigures(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'page-layer-entry.ts')], bundle: true, format: 'iife', globalName: 'CCPage', write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  const hostileFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-page-')), 'hostile.html');
  fs.writeFileSync(hostileFile, hostilePage());
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    // Offline like the extension's users' pages would not be: keep timings free of network waits.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    console.log('\n| page | nodes | detect | detect ms | metadata ms | chars | read ms (longest step) | wrapped | highlight ms (longest step) | undo longest step ms | layout unchanged | undo exact |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const slug of [...slugs, 'hostile']) {
      const file = slug === 'hostile' ? hostileFile : path.join(pagesDir, slug, 'source.html');
      const runs: MeasureResult[] = [];
      for (let i = 0; i < BROWSER_RUNS; i++) {
        await page.goto(`file://${file}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        await page.addScriptTag({ content: script });
        // A string, not a function: tsx would compile a function with helpers that do not exist in the page.
        runs.push((await page.evaluate('CCPage.measureInPage()')) as MeasureResult);
      }
      const r = medianOf(runs);
      const f = (ms: number) => ms.toFixed(1);
      console.log(
        `| ${slug} | ${r.nodes} | ${r.detection} | ${f(r.detectMs)} | ${f(r.metadataMs)} | ${r.chars}${r.truncated ? ' (cap)' : ''} | ${f(r.readMs)} (${f(r.readMaxStepMs)}) ` +
          `| ${r.wrapped} | ${f(r.highlightMs)} (${f(r.highlightMaxStepMs)}) | ${f(r.undoMaxStepMs)} | ${r.layoutSame} | ${r.undoExact} |`,
      );
    }
  } finally {
    await browser.close();
    fs.rmSync(path.dirname(hostileFile), { recursive: true, force: true });
  }
}

nodeFigures();
if (process.argv.includes('--browser')) await browserFigures();
