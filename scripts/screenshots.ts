// `npm run screenshots`: the README's pictures of the card, light and dark, taken from the built extension on
// the demo page in real Chromium (run `npm run build` first, or use `npm run screenshots` which builds).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browsers';
import { startStaticServer } from './lib/static-server';
import { repoRoot } from './lib/paths';
import { hoverMention } from '../test/e2e/harness';
import { CARD_FADE_IN_MS } from '../src/ui/timing';

const outDir = path.join(repoRoot, 'docs', 'screenshots');

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer();
  const browser = await launchBrowser('chromium', { viewport: { width: 1100, height: 760 } });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage();
      await page.emulateColorScheme(scheme);
      await page.goto(`${server.origin}/demo/`);
      await page.waitForFunction(() => document.querySelector('cc-root')?.getAttribute('data-state') === 'ready', undefined, 30_000);
      await page.evaluate(() => window.scrollTo(0, 0));
      await hoverMention(page, 'Mike Pence');
      await new Promise((r) => setTimeout(r, CARD_FADE_IN_MS + 150));
      const file = path.join(outDir, `card-${scheme}.png`);
      await page.screenshot(file);
      console.log(path.relative(repoRoot, file));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
