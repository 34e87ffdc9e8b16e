// `npm start [-- --browser firefox] [--headless]`: the main job. Serves the demo news page (the seed article
// laid out as a news page) on 127.0.0.1 and opens it in a real browser with the freshly built extension.
// With a display it opens a window and keeps running until Ctrl-C; without one it runs headless, saves a
// screenshot with the extension active, prints what the extension found, and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserName } from './lib/browsers';
import { startStaticServer } from './lib/static-server';
import { artifactsDir } from './lib/paths';

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const browserName: BrowserName = argValue('--browser') === 'firefox' ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !process.env.DISPLAY;
const pagePath = argValue('--page') ?? '/demo/';

interface FoundEntity { id: string; name: string; type: string; count: number }

/** What the extension found, as its popup lists it (canonical names, types, mention counts). */
async function readFound(browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<FoundEntity[]> {
  const popup = await browser.openPopup();
  try {
    await popup.waitForSelector('.cc-entity', 10_000);
  } catch {
    console.error(`The popup lists no entities: ${await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))}`);
    await popup.close();
    return [];
  }
  const found = await popup.evaluate(() => [...document.querySelectorAll('.cc-entity')].map((b) => ({
    id: '', name: b.querySelector('.cc-entity__name')?.textContent ?? '', count: Number(b.querySelector('.cc-entity__count')?.textContent ?? 0),
    type: b.closest('[data-type]')?.getAttribute('data-type') ?? '',
  })));
  await popup.close();
  return found;
}

async function main() {
  const server = await startStaticServer();
  const url = server.origin + pagePath;
  const browser = await launchBrowser(browserName, { headless });
  const page = await browser.newPage();
  await page.goto(url);
  console.log(`Context Cards demo: ${url} in ${browserName}${headless ? ' (headless)' : ''}`);
  try {
    await page.waitForFunction(() => document.querySelector('cc-root')?.getAttribute('data-state') === 'ready', undefined, 30_000);
  } catch {
    console.error('The extension did not finish analysing the page within 30 s.');
  }
  const found = await readFound(browser);
  await page.bringToFront();
  const byType = new Map<string, FoundEntity[]>();
  for (const e of found) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  console.log(`\nFound ${found.length} entities, ${found.reduce((a, e) => a + e.count, 0)} highlighted mentions:`);
  for (const [type, list] of byType) {
    console.log(`  ${type}: ${list.map((e) => `${e.name} (${e.count})`).join(', ')}`);
  }

  // Open the card of the first person, as a reader hovering the name would, and print what it says.
  const firstPerson = await page.evaluate(() => {
    const m = document.querySelector('cc-mention[data-type="person"]');
    return m ? { id: m.getAttribute('data-entity') ?? '', name: m.textContent ?? '' } : null;
  });
  if (firstPerson) {
    await page.hover(`cc-mention[data-entity="${firstPerson.id}"]`);
    try {
      await page.waitForFunction(() => !!document.querySelector('cc-root')?.shadowRoot?.querySelector('[role="dialog"]'), undefined, 5_000);
      const card = await page.evaluate(() => (document.querySelector('cc-root')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement).innerText);
      console.log(`\nCard for ${firstPerson.name}:\n${card.split('\n').filter(Boolean).map((l) => `  | ${l}`).join('\n')}`);
    } catch {
      console.log(`\n(no card opened for ${firstPerson.name})`);
    }
  }

  if (headless) {
    fs.mkdirSync(artifactsDir, { recursive: true });
    const shot = path.join(artifactsDir, `demo-${browserName}.png`);
    await page.screenshot(shot);
    console.log(`\nScreenshot: ${path.relative(process.cwd(), shot)}`);
    await browser.close();
    await server.close();
    return;
  }
  console.log('\nThe browser stays open; press Ctrl-C to stop.');
  const stop = async () => { await browser.close().catch(() => undefined); await server.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
