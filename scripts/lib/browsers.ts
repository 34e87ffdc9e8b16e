// One small driver interface over real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over
// WebDriver BiDi), each with the built extension loaded. e2e tests, benchmarks and `npm start` use it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { distDir } from './paths';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates a JavaScript expression given as source text. */
  evaluateScript<R>(expression: string): Promise<R>;
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
  /** JS heap in use by the page's isolate (page and content scripts) after a full GC; Chromium only. */
  heapUsedBytes?: () => Promise<number>;
  /** Errors logged or thrown by the extension's scripts in this page (not the page's own). */
  extensionErrors: string[];
}

export interface BrowserSession {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens the popup as a tab; it then acts on the tab that was active before it. */
  openPopup(): Promise<TestPage>;
  /** Every URL requested by any page, frame or worker since launch (pages and the extension). */
  requests: string[];
  close(): Promise<void>;
}

// The machine has no network, and a page's requests to outside hosts can hang until they time out, holding
// up DOMContentLoaded for many seconds (the saved news pages reference dozens). Make every outside host fail
// at once: Chromium resolves nothing but the loopback; Firefox sends everything else to a closed local port.
const OFFLINE_CHROMIUM = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
const OFFLINE_FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
};

const isExtensionUrl = (u: string | undefined) => !!u && /^(chrome|moz)-extension:\/\//.test(u);
const DEFAULT_TIMEOUT = 15_000;

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** An unpacked extension to load instead of the built one (the benchmark's floor extension). */
  extensionDir?: string;
}

export async function launchBrowser(name: BrowserName, opts: LaunchOptions = {}): Promise<BrowserSession> {
  const ext = opts.extensionDir ?? distDir(name === 'chromium' ? 'chrome' : 'firefox');
  // Without this, a missing build shows up as a 15 s timeout waiting for the service worker.
  if (!fs.existsSync(path.join(ext, 'manifest.json'))) throw new Error(`no built extension in ${ext}: run \`npm run build\` first`);
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

async function launchChromium({ headless = true, viewport = { width: 1280, height: 900 }, extensionDir }: LaunchOptions): Promise<BrowserSession> {
  const ext = extensionDir ?? distDir('chrome');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport,
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--no-sandbox',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu',
      '--disable-quic', '--disable-dev-shm-usage', OFFLINE_CHROMIUM,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: DEFAULT_TIMEOUT });
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  const wrap = (page: PwPage): TestPage => {
    const extensionErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && (isExtensionUrl(m.location().url) || isExtensionUrl(page.url()))) extensionErrors.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (isExtensionUrl(page.url()) || /(chrome|moz)-extension:\/\//.test(e.stack ?? '')) extensionErrors.push(String(e));
    });
    return {
      url: () => page.url(),
      goto: async (url) => { await page.goto(url, { waitUntil: 'domcontentloaded' }); },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      evaluateScript: (expression) => page.evaluate(expression) as never,
      waitForFunction: async (fn, arg, timeout = DEFAULT_TIMEOUT) => { await page.waitForFunction(fn as never, arg, { timeout }); },
      waitForSelector: async (selector, timeout = DEFAULT_TIMEOUT) => { await page.waitForSelector(selector, { timeout, state: 'attached' }); },
      hover: (selector) => page.hover(selector),
      click: (selector) => page.click(selector),
      mouseMove: (x, y) => page.mouse.move(x, y),
      press: (key) => page.keyboard.press(key),
      bringToFront: () => page.bringToFront(),
      screenshot: async (file, fullPage = false) => { await page.screenshot({ path: file, fullPage }); },
      emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      close: () => page.close(),
      heapUsedBytes: async () => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return usedSize;
      },
      extensionErrors,
    };
  };
  return session('chromium', extensionOrigin, async () => wrap(await context.newPage()), requests, async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  });
}

const POPUP_PATH = '/src/popup/index.html';

function session(name: BrowserName, extensionOrigin: string, newPage: () => Promise<TestPage>, requests: string[], close: () => Promise<void>): BrowserSession {
  return {
    name,
    extensionOrigin,
    newPage,
    openPopup: async () => {
      const p = await newPage();
      await p.goto(extensionOrigin + POPUP_PATH);
      return p;
    },
    requests,
    close,
  };
}

/** Fixed so tests know the moz-extension:// origin before the extension is installed. */
const FIREFOX_UUID = '6f4c2a1e-2b3d-4c5e-8f90-0a1b2c3d4e5f';
export const GECKO_ID = 'context-cards@contextcards.dev';

async function launchFirefox({ headless = true, viewport = { width: 1280, height: 900 }, extensionDir }: LaunchOptions): Promise<BrowserSession> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    protocol: 'webDriverBiDi',
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No telemetry, update or remote-settings traffic from the browser itself during tests.
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'browser.region.network.url': '',
      ...OFFLINE_FIREFOX_PREFS,
    },
  });
  await browser.installExtension(extensionDir ?? distDir('firefox'));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const requests: string[] = [];
  const wrap = (page: PpPage): TestPage => {
    const extensionErrors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' && (isExtensionUrl(m.location().url) || isExtensionUrl(page.url()))) extensionErrors.push(m.text());
    });
    page.on('pageerror', (e) => {
      const err = e as Error;
      if (isExtensionUrl(page.url()) || /(chrome|moz)-extension:\/\//.test(err.stack ?? '')) extensionErrors.push(String(err));
    });
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    return {
      url: () => page.url(),
      goto: async (url) => {
        if (isExtensionUrl(url)) {
          // Puppeteer never sees the load event of moz-extension:// pages: fire and wait for the DOM instead.
          void page.goto(url).catch(() => undefined);
          // A poll that lands while about:blank is swapped for the new document fails with a protocol error
          // ("right-hand side of 'in' should be an object, got null"): poll again until the deadline.
          const deadline = Date.now() + DEFAULT_TIMEOUT;
          for (;;) {
            try {
              await page.waitForFunction((u) => location.href === u && document.readyState !== 'loading', { timeout: Math.max(1, deadline - Date.now()) }, url);
              return;
            } catch (err) {
              if (Date.now() >= deadline || !/Protocol error/.test(String((err as Error).cause ?? err))) throw err;
              await new Promise((r) => setTimeout(r, 50));
            }
          }
        }
        try {
          await page.goto(url, { waitUntil: 'domcontentloaded' });
        } catch (err) {
          // A saved page whose scripts try to leave for an outside address makes Firefox report the navigation
          // as rejected although our document loaded; go on when it did.
          if (!/Address rejected/.test(String(err))) throw err;
          await page.waitForFunction((u) => location.href.startsWith(u) && document.readyState !== 'loading', { timeout: DEFAULT_TIMEOUT }, url.split('#')[0]!);
        }
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      evaluateScript: (expression) => page.evaluate(expression) as never,
      waitForFunction: async (fn, arg, timeout = DEFAULT_TIMEOUT) => { await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg); },
      waitForSelector: async (selector, timeout = DEFAULT_TIMEOUT) => { await page.waitForSelector(selector, { timeout }); },
      hover: (selector) => page.hover(selector),
      click: (selector) => page.click(selector),
      mouseMove: (x, y) => page.mouse.move(x, y),
      press: (key) => page.keyboard.press(key as never),
      bringToFront: () => page.bringToFront(),
      screenshot: async (file, fullPage = false) => { await page.screenshot({ path: file as `${string}.png`, fullPage }); },
      emulateColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
      close: () => page.close(),
      extensionErrors,
    };
  };
  return session('firefox', extensionOrigin, async () => wrap(await browser.newPage()), requests, () => browser.close());
}
