// Hover to card: how long after the dwell delay the card is in the page and painted. The page's own world
// stamps the pointer's arrival on the mention (pointerover) and the first animation frame after the card's
// dialog appears (or a prepared card becomes the dialog) in <cc-root>'s open shadow root; the delay is the extension's default (500 ms).
import { launchBrowser, type BrowserName } from '../scripts/lib/browsers.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { DEFAULT_OPEN_DELAY_MS } from '../src/ui/timing.ts';
import { median } from './stats.ts';

const STAMP_SCRIPT = `(() => {
  window.__cc = { over: 0, shown: 0 };
  document.addEventListener('pointerover', (e) => {
    if (e.target instanceof Element && e.target.closest('cc-mention') && !window.__cc.over) window.__cc.over = performance.now();
  }, true);
  const root = document.querySelector('cc-root');
  new MutationObserver(() => {
    if (!window.__cc.shown && root.shadowRoot.querySelector('[role="dialog"]')) requestAnimationFrame(() => { window.__cc.shown = performance.now(); });
  }).observe(root.shadowRoot, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
})()`;

/** Milliseconds from the end of the dwell to the first frame with the card, per run. */
export async function measureHoverLatency(name: BrowserName, runs: number): Promise<number[]> {
  const server = await startStaticServer();
  const browser = await launchBrowser(name);
  const out: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/demo/`);
      await page.waitForFunction(() => document.querySelector('cc-root')?.getAttribute('data-state') === 'ready', undefined, 30_000);
      await page.evaluateScript(STAMP_SCRIPT);
      await page.mouseMove(2, 2);
      const c = await page.evaluate(() => {
        const m = document.querySelector('cc-mention[data-type="person"]')!;
        m.scrollIntoView({ block: 'center' });
        const r = m.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouseMove(c.x, c.y);
      await page.waitForFunction(() => (window as unknown as { __cc: { shown: number } }).__cc.shown > 0, undefined, 5_000);
      const t = await page.evaluate(() => (window as unknown as { __cc: { over: number; shown: number } }).__cc);
      out.push(t.shown - t.over - DEFAULT_OPEN_DELAY_MS);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

if (process.argv[1]?.endsWith('hover-latency.ts')) {
  for (const name of ['chromium', 'firefox'] as const) {
    const xs = await measureHoverLatency(name, 5);
    console.log(name, 'median ms after the dwell:', median(xs).toFixed(1), xs.map((x) => x.toFixed(1)).join(' '));
  }
}
