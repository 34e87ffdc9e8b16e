// The platform's floor for a content script that talks to its background: a minimal extension whose content
// script registers a message listener and sends one message, nothing else. Its start-up measure is what the
// browser charges any such extension on a page (in Firefox, building the extension API in the page's content
// process; ADR 7); the product's own start-up and work are what it adds on top. Written to a temporary
// directory per run, so the repository holds no second extension.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GECKO_ID, launchBrowser, type BrowserName } from '../scripts/lib/browsers.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { median } from './stats.ts';

const CONTENT_SCRIPT = `(() => {
  const started = performance.now();
  const api = globalThis.browser ?? globalThis.chrome;
  api.runtime.onMessage.addListener(() => undefined);
  const done = () => performance.mark('cc-done');
  api.runtime.sendMessage({ kind: 'hello' }).then(done, done);
  performance.measure('cc-task', { start: started, end: performance.now(), detail: 'start' });
})();
`;
const BACKGROUND = `(globalThis.browser ?? globalThis.chrome).runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });\n`;

function writeFloorExtension(name: BrowserName): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cc-floor-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: 'Context Cards benchmark floor',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    background: name === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    ...(name === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID } } } : {}),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'content.js'), CONTENT_SCRIPT);
  fs.writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  return dir;
}

/** Per page, the floor extension's start-up on the main thread, ms (median over `runs` loads). */
export async function runFloorBench(name: BrowserName, pages: string[], runs: number): Promise<Map<string, number>> {
  const dir = writeFloorExtension(name);
  const server = await startStaticServer();
  const browser = await launchBrowser(name, { extensionDir: dir });
  const out = new Map<string, number>();
  try {
    for (const slug of pages) {
      const url = slug === 'demo' ? `${server.origin}/demo/` : `${server.origin}/pages/${slug}/`;
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('cc-done').length > 0, undefined, 15_000).catch(() => undefined);
        xs.push(await page.evaluateScript<number>(`performance.getEntriesByName('cc-task').reduce((a, e) => a + e.duration, 0)`));
        await page.close();
      }
      out.set(slug, median(xs));
      console.error(`  ${name} floor ${slug}: ${median(xs)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
