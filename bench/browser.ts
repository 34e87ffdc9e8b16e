// In the browser: the built extension in real Chromium (and Firefox where the figures exist), each page of
// ../shared/pages plus the demo page served on 127.0.0.1, several runs each, medians reported. The content
// script records every slice of its main-thread work as a "cc-task" User Timing measure and marks "cc-done";
// heap and DOM figures are the difference between runs with the extension on and off.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from '../scripts/lib/browsers.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { sharedDir } from '../scripts/lib/paths.ts';
import { median } from './stats.ts';

export interface PageFigures {
  page: string;
  runs: number;
  /** Sum of the extension's main-thread slices, ms (median over runs). */
  totalMs: number;
  /** The same sum per phase (the measures' `detail`: detect, read, highlight, ...), ms, median over runs each. */
  phaseMs: Record<string, number>;
  longestMs: number;
  /** DOMContentLoaded to highlights done, ms. */
  doneMs: number | null;
  mentions: number;
  domNodesAdded: number | null;
  heapAddedMb: number | null;
}

const SETTLE_MS = 12_000;

async function setEnabled(browser: BrowserSession, on: boolean) {
  const popup = await browser.openPopup();
  await popup.waitForSelector('#cc-enabled');
  const checked = await popup.evaluate(() => (document.getElementById('cc-enabled') as HTMLInputElement).checked);
  if (checked !== on) await popup.click('#cc-enabled');
  await popup.waitForFunction((want) => (document.getElementById('cc-enabled') as HTMLInputElement).checked === want, on);
  await popup.close();
}

interface RunFigures { tasks: number[]; phases: Record<string, number>; done: number | null; dcl: number; mentions: number; nodes: number }

const readFigures = (page: TestPage) => page.evaluateScript<RunFigures>(`(() => {
  const entries = performance.getEntriesByName('cc-task');
  const tasks = entries.map((e) => e.duration);
  const phases = {};
  for (const e of entries) phases[e.detail] = (phases[e.detail] ?? 0) + e.duration;
  const done = performance.getEntriesByName('cc-done')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 0; while (walker.nextNode()) nodes++;
  return { tasks, phases, done: done ? done.startTime : null, dcl: nav ? nav.domContentLoadedEventEnd : 0, mentions: document.querySelectorAll('cc-mention').length, nodes };
})()`);

async function heapUsed(page: TestPage): Promise<number | null> {
  return page.heapUsedBytes ? page.heapUsedBytes() : null;
}

async function loadAndSettle(browser: BrowserSession, url: string, on: boolean): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(url);
  if (on) {
    await page.waitForFunction(() => performance.getEntriesByName('cc-done').length > 0 || document.readyState === 'complete' && performance.now() > 8000, undefined, SETTLE_MS + 5_000).catch(() => undefined);
  }
  // Let late slices and the page's own scripts finish before reading.
  await new Promise((r) => setTimeout(r, 500));
  return page;
}

export async function runBrowserBench(name: BrowserName, pages: string[], runs: number): Promise<PageFigures[]> {
  const server = await startStaticServer();
  const browser = await launchBrowser(name);
  const out: PageFigures[] = [];
  try {
    for (const slug of pages) {
      const url = slug === 'demo' ? `${server.origin}/demo/` : `${server.origin}/pages/${slug}/`;
      const on: (RunFigures & { heap: number | null })[] = [];
      await setEnabled(browser, true);
      for (let i = 0; i < runs; i++) {
        const page = await loadAndSettle(browser, url, true);
        on.push({ ...(await readFigures(page)), heap: await heapUsed(page) });
        await page.close();
      }
      const off: { nodes: number; heap: number | null }[] = [];
      await setEnabled(browser, false);
      for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
        const page = await loadAndSettle(browser, url, false);
        off.push({ nodes: (await readFigures(page)).nodes, heap: await heapUsed(page) });
        await page.close();
      }
      await setEnabled(browser, true);
      const heapsOn = on.map((r) => r.heap).filter((h): h is number => h !== null);
      const heapsOff = off.map((r) => r.heap).filter((h): h is number => h !== null);
      const dones = on.filter((r) => r.done !== null).map((r) => r.done! - r.dcl);
      out.push({
        page: slug,
        runs,
        totalMs: median(on.map((r) => r.tasks.reduce((a, b) => a + b, 0))),
        phaseMs: Object.fromEntries([...new Set(on.flatMap((r) => Object.keys(r.phases)))].map((p) => [p, median(on.map((r) => r.phases[p] ?? 0))])),
        longestMs: median(on.map((r) => Math.max(0, ...r.tasks))),
        doneMs: dones.length ? median(dones) : null,
        mentions: median(on.map((r) => r.mentions)),
        domNodesAdded: median(on.map((r) => r.nodes)) - median(off.map((r) => r.nodes)),
        heapAddedMb: heapsOn.length && heapsOff.length ? (median(heapsOn) - median(heapsOff)) / (1024 * 1024) : null,
      });
      console.error(`  ${name} ${slug}: ${JSON.stringify(out.at(-1))}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export function benchPages(): string[] {
  const shared = fs.readdirSync(path.join(sharedDir, 'pages')).filter((d) => fs.existsSync(path.join(sharedDir, 'pages', d, 'source.html'))).sort();
  return ['demo', ...shared];
}
