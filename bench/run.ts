// `npm run bench [-- --only core,ner,sizes,browser] [--quick] [--runs N]`: measures the product and writes
// bench/RESULTS.md (tables, the exact command, machine, versions, date) and SVG charts under bench/.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replaceSection } from '../scripts/ner/replace-section.ts';
import { measureBuild, BUDGETS } from '../scripts/check-budgets.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { runCoreBench } from './core.ts';
import { benchPages, runBrowserBench, type PageFigures } from './browser.ts';
import { runFloorBench } from './floor-extension.ts';
import { TASK_PHASES } from '../src/content/task-meter.ts';
import { measureHoverLatency } from './hover-latency.ts';
import { median } from './stats.ts';
import { lineChartSvg } from './svg-chart.ts';
import { fmt, kb } from './stats.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const only = new Set((opt('--only') ?? 'core,ner,sizes,browser').split(','));
const quick = args.includes('--quick');
const runs = Number(opt('--runs') ?? (quick ? 2 : 5));
const RESULTS = path.join(repoRoot, 'bench', 'RESULTS.md');
const HEADER = '# Benchmark results\n\nWritten by `npm run bench`; each section says the command that produced it. Timings are medians; the machine is shared and noisy, so compare ratios within one run.\n';

const version = (cmd: string, a: string[]) => { try { return execFileSync(cmd, a, { encoding: 'utf8' }).split('\n').find((l) => /\d/.test(l))?.trim() ?? '?'; } catch { return 'not found'; } };
const machine = () => `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; ${version('/usr/bin/chromium', ['--version'])}; ${version('/usr/bin/firefox-esr', ['--version'])}`;
const stamp = (what: string) => `_${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · \`npm run bench -- --only ${what}${quick ? ' --quick' : ''}\` · ${machine()}_\n`;

if (only.has('core')) {
  console.error('core: analysis in Node …');
  const r = runCoreBench(quick);
  const s1000 = r.article1k;
  const per1k = s1000.ms / (s1000.words / 1000);
  const scalingRows = r.scaling.map((x) => `| ${x.factor}× | ${x.words.toLocaleString('en')} | ${fmt(x.ms)} | ${fmt(x.msPer1kWords, 2)} | ${fmt(x.floorMs, 2)} | ${fmt(x.ms / x.floorMs)}× |`);
  const linear = r.scaling.at(-1)!.msPer1kWords / r.scaling[0]!.msPer1kWords;
  fs.writeFileSync(path.join(repoRoot, 'bench', 'scaling.svg'), lineChartSvg('Analysis time vs article length (Node)', 'words', 'ms (log)', [
    { name: 'full analysis', color: '#3b5bdb', points: r.scaling.map((x) => [x.words, x.ms]) },
    { name: 'Intl.Segmenter floor', color: '#e8590c', points: r.scaling.map((x) => [x.words, Math.max(x.floorMs, 0.01)]) },
  ]));
  replaceSection(RESULTS, 'bench:core', [
    '## Core analysis in Node (segmentation, tagging, entities, facts)', stamp('core'),
    '| text | words | analysis ms | floor ms (Intl.Segmenter words) | pipeline / floor | goal |', '|---|---|---|---|---|---|',
    `| seed article (nl) | ${r.seed.words} | ${fmt(r.seed.ms, 2)} | ${fmt(r.seed.floorMs, 3)} | ${fmt(r.seed.ms / r.seed.floorMs)}× | |`,
    `| ${s1000.source} (en) | ${s1000.words} | ${fmt(s1000.ms, 2)} | ${fmt(s1000.floorMs, 3)} | ${fmt(s1000.ms / s1000.floorMs)}× | ≤ 5 ms per 1,000 words; ≤ 5× floor |`,
    '', `Per 1,000 words: **${fmt(per1k, 2)} ms** (median of repeated analyses; the tagger keeps each word's scores between articles). The first analysis after a model load, with no word scores kept yet: ${fmt(s1000.firstMs, 2)} ms (${fmt(s1000.firstMs / (s1000.words / 1000), 2)} ms per 1,000 words). Model load (decode, median): ${Object.entries(r.modelLoadMs).map(([l, ms]) => `${l} ${fmt(ms)} ms`).join(', ')} (goal ≤ 30 ms).`, '',
    '| corpus (dev, as running text per document) | tokens | analysis tokens/s | floor tokens/s | floor / pipeline |', '|---|---|---|---|---|',
    ...r.corpora.map((c) => `| ${c.name} | ${c.tokens.toLocaleString('en')} | ${Math.round(c.tokensPerSecond).toLocaleString('en')} | ${Math.round(c.floorTokensPerSecond).toLocaleString('en')} | ${fmt(c.floorTokensPerSecond / c.tokensPerSecond)}× |`),
    '', '### Scaling with article length ([chart](scaling.svg))', '',
    '| length | words | ms | ms per 1,000 words | floor ms | pipeline / floor |', '|---|---|---|---|---|---|', ...scalingRows,
    '', `Cost per word at 64× / at 1×: **${fmt(linear, 2)}** (1.0 = perfectly linear).`, '', '![scaling](scaling.svg)',
  ].join('\n'));
}

if (only.has('ner')) {
  console.error('ner: tagger vs compromise …');
  const r = spawnSync('npx', ['tsx', 'bench/ner.ts'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) console.error('bench/ner.ts failed');
}

if (only.has('sizes')) {
  console.error('sizes: built files …');
  spawnSync('node', ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  const rows: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const m = measureBuild(target);
    const sum = (xs: { raw: number; gzip: number }[]) => xs.reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip }), { raw: 0, gzip: 0 });
    for (const [name, files, budget] of [['content script', m.content, BUDGETS.contentScript], ['background', m.background, BUDGETS.background], ['popup', m.popup, BUDGETS.popup]] as const) {
      const s = sum(files);
      rows.push(`| ${target} | ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(budget)} |`);
    }
    for (const f of m.models) rows.push(`| ${target} | ${path.basename(f.file)} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(BUDGETS.model)} |`);
    rows.push(`| ${target} | whole build | ${kb(m.total.raw)} | ${kb(m.total.gzip)} | |`);
  }
  replaceSection(RESULTS, 'bench:sizes', ['## Sizes of the built extension', stamp('sizes'), '| build | part | raw | gzip | budget (gzip, checked by `npm test`) |', '|---|---|---|---|---|', ...rows].join('\n'));
}

if (only.has('browser')) {
  const pages = benchPages();
  const tables: string[] = [];
  const charts: Record<string, PageFigures[]> = {};
  for (const name of ['chromium', 'firefox'] as const) {
    console.error(`browser: ${name}, ${pages.length} pages × ${runs} runs …`);
    const figures = await runBrowserBench(name, pages, runs);
    const floor = await runFloorBench(name, pages, runs);
    charts[name] = figures;
    tables.push(`### ${name}`, '', '| page | extension main-thread total ms | of which the platform floor ms | longest task ms | DOMContentLoaded → highlights done ms | mentions | DOM nodes added | JS heap added MB |', '|---|---|---|---|---|---|---|---|',
      ...figures.map((f) => `| ${f.page} | ${fmt(f.totalMs)} | ${fmt(floor.get(f.page) ?? 0)} | ${fmt(f.longestMs)} | ${f.doneMs === null ? 'no article' : fmt(f.doneMs, 0)} | ${f.mentions} | ${f.domNodesAdded ?? 'n/a'} | ${f.heapAddedMb === null ? 'n/a' : fmt(f.heapAddedMb, 2)} |`), '');
    const phases = TASK_PHASES.filter((p) => figures.some((f) => (f.phaseMs[p] ?? 0) > 0));
    tables.push(`Where the ${name} total goes, ms per phase (the measures' \`detail\`; median of each over the runs, so the phases need not add up to the total): start = the content script's own start-up, from its first statement (setting up its modules, the browser's first-use cost of the extension APIs; not the parse before it), detect = is this an article, metadata = title/date/language, read = find the article and read its text, send = hand the text to the background (the message's copy), container = the card's host element, mentions = which to mark, highlight = wrapping them, overlay = card set-up.`, '',
      `| page | ${phases.join(' | ')} |`, `|---|${phases.map(() => '---|').join('')}`,
      ...figures.map((f) => `| ${f.page} | ${phases.map((p) => fmt(f.phaseMs[p] ?? 0)).join(' | ')} |`), '');
  }
  const hover: string[] = [];
  for (const name of ['chromium', 'firefox'] as const) {
    const xs = await measureHoverLatency(name, Math.max(3, runs));
    hover.push(`| ${name} | ${fmt(median(xs))} | ${xs.map((x) => fmt(x)).join(', ')} |`);
  }
  tables.push('### Hover to card (demo page, default 500 ms dwell)', '', 'From the pointer entering a mention, minus the dwell, to the first animation frame with the card in the shadow root (page-world timestamps; goal: within one frame, ~16.7 ms).', '', '| browser | median ms after the dwell | runs |', '|---|---|---|', ...hover, '');
  const c = charts.chromium ?? [];
  fs.writeFileSync(path.join(repoRoot, 'bench', 'browser-main-thread.svg'), barChartSvg('Extension main-thread time per page (Chromium, median)', c.map((f) => [f.page, f.totalMs, f.longestMs])));
  replaceSection(RESULTS, 'bench:browser', [
    '## In the browser (built extension, pages served on 127.0.0.1)', stamp('browser'),
    `Each page loaded ${runs}× with the extension on and ${Math.max(2, Math.ceil(runs / 2))}× off; medians. "Main-thread total" sums the content script's own slices (User Timing "cc-task" measures around its start-up and every slice of detection, article reading, sending the text, highlighting and card set-up); the analysis itself runs in the background (service worker / event page), off the page's main thread. "Platform floor": the same start-up measure of a minimal extension whose content script only registers a message listener and sends one message (bench/floor-extension.ts), loaded alone in a fresh browser: what the browser charges any content script that talks to its background on that page (ADR 7). Heap and DOM nodes: on minus off, after a forced GC (Chromium's CDP; Firefox has no equivalent here). Goals: total ≤ 50 ms on a typical article page, longest task ≤ 50 ms on every page, heap ≤ 10 MB.`,
    '', ...tables, '![main thread](browser-main-thread.svg)',
  ].join('\n'));
}

function barChartSvg(title: string, rows: [string, number, number][]): string {
  const W = 640, rowH = 26, L = 120, T = 40, H = T + rows.length * rowH + 40;
  const max = Math.max(50, ...rows.map((r) => r[1]));
  const x = (v: number) => L + (v / max) * (W - L - 60);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12"><rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${title}</text>`];
  rows.forEach(([name, total, longest], i) => {
    const y = T + i * rowH;
    out.push(`<text x="${L - 8}" y="${y + 15}" text-anchor="end">${name}</text>`,
      `<rect x="${L}" y="${y + 4}" width="${x(total) - L}" height="8" fill="#3b5bdb"/><rect x="${L}" y="${y + 13}" width="${x(longest) - L}" height="8" fill="#f59f00"/>`,
      `<text x="${x(total) + 4}" y="${y + 12}">${total.toFixed(1)} ms</text>`);
  });
  out.push(`<line x1="${x(50)}" y1="${T}" x2="${x(50)}" y2="${H - 30}" stroke="#c92a2a" stroke-dasharray="4 3"/><text x="${x(50)}" y="${H - 16}" text-anchor="middle" fill="#c92a2a">50 ms budget</text>`,
    `<rect x="${L}" y="${H - 12}" width="10" height="8" fill="#3b5bdb"/><text x="${L + 14}" y="${H - 4}">total</text><rect x="${L + 60}" y="${H - 12}" width="10" height="8" fill="#f59f00"/><text x="${L + 74}" y="${H - 4}">longest task</text>`, '</svg>');
  return out.join('\n');
}

const text = fs.readFileSync(RESULTS, 'utf8');
if (!text.startsWith('# Benchmark results')) fs.writeFileSync(RESULTS, HEADER + '\n' + text);
console.error(`wrote ${path.relative(process.cwd(), RESULTS)}`);
