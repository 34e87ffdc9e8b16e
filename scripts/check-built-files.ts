// Checks the built extension (dist/chrome and dist/firefox) for what would let it run remote or generated
// code, reach the network or ask for more than it needs. Run after the build: `npx tsx scripts/check-built-files.ts`.
// Exits 1 and lists every problem found. Also checks the sources for HTML sinks: page text must stay text.
//  - no eval(, new Function, Function( constructor calls, string timers, importScripts or dynamic import();
//  - every http(s) URL in the scripts is an XML namespace (www.w3.org), never a place to load from;
//  - fetch() is only ever called on the extension's own files (runtime.getURL), no XHR/WebSocket/EventSource/beacon;
//  - HTML pages load scripts and styles from the package only, no inline scripts;
//  - manifest: permissions exactly ["storage"], no host or optional permissions, no externally_connectable;
//    extension_pages CSP with script-src 'self' and no 'unsafe-eval', 'unsafe-inline', wildcards or hosts.
import fs from 'node:fs';
import path from 'node:path';
import { distDir, repoRoot } from './lib/paths';

const problems: string[] = [];
const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (ext.test(entry.name)) out.push(full);
  }
  return out;
}

/** Patterns that run generated code or load remote code, in built (minified) JavaScript. */
const CODE_FROM_STRINGS: [RegExp, string][] = [
  [/(^|[^\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
  [/(^|[^\w$.])Function\s*\(\s*[`'"]/, 'Function("...") constructor'],
  [/\bset(?:Timeout|Interval)\s*\(\s*[`'"]/, 'string passed to a timer'],
  [/\bimportScripts\s*\(/, 'importScripts('],
  [/(^|[^\w$.])import\s*\(/, 'dynamic import('],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bsendBeacon\b/, 'sendBeacon'],
];
/** The only absolute URLs built code may contain: namespace names, which are identifiers, not addresses. */
const NAMESPACE_URL = /^https?:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/;

function checkScript(file: string, where: string): void {
  const code = fs.readFileSync(file, 'utf8');
  for (const [pattern, what] of CODE_FROM_STRINGS) if (pattern.test(code)) fail(where, what);
  for (const m of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s`'"),;\\]+/gi)) {
    if (!NAMESPACE_URL.test(m[0])) fail(where, `absolute URL ${m[0]}`);
  }
  for (const m of code.matchAll(/(^|[^\w$.])fetch\s*\(([^)]{0,80})/g)) {
    if (!/^\s*[\w$.]+\.runtime\.getURL\(/.test(m[2]!)) fail(where, `fetch( of something other than runtime.getURL: fetch(${m[2]}`);
  }
}

function checkHtml(file: string, where: string): void {
  const html = fs.readFileSync(file, 'utf8');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1];
    if (!src) {
      if (m[2]!.trim() !== '') fail(where, 'inline <script>');
    } else if (/^(https?:)?\/\//i.test(src)) fail(where, `remote script ${src}`);
  }
  for (const m of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (/^(https?:)?\/\//i.test(m[1]!)) fail(where, `remote link ${m[1]}`);
  }
}

const CSP_SOURCE_OK = new Set(["'self'", "'none'", 'data:', "'wasm-unsafe-eval'"]);

function checkManifest(file: string, where: string): void {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (JSON.stringify(manifest.permissions) !== JSON.stringify(['storage'])) fail(where, `permissions ${JSON.stringify(manifest.permissions)}, expected ["storage"]`);
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
    if (key in manifest) fail(where, `${key} present`);
  }
  const csp = (manifest.content_security_policy as Record<string, unknown> | undefined)?.extension_pages;
  if (typeof csp !== 'string') {
    fail(where, 'no content_security_policy.extension_pages');
    return;
  }
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!, d.slice(1)]));
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc?.includes("'self'")) fail(where, `CSP script-src lacks 'self': ${csp}`);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (/^'unsafe-(eval|inline|hashes)'$/.test(source)) fail(where, `CSP ${name} allows ${source}`);
      else if (!CSP_SOURCE_OK.has(source)) fail(where, `CSP ${name} allows ${source} (a host, scheme or wildcard)`);
    }
  }
}

/** Sources: markup from a string is never written into a page or the card (text stays text). */
function checkSources(): void {
  const sink = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|\bsrcdoc\b/;
  for (const file of filesUnder(path.join(repoRoot, 'src'), /\.(ts|tsx)$/)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (sink.test(line) && !/^\s*(\/\/|\*)/.test(line)) fail(`${path.relative(repoRoot, file)}:${i + 1}`, `HTML sink: ${line.trim()}`);
    });
  }
}

/** `--dist <dir>`: check another build (a directory holding chrome/ and firefox/), e.g. a packaged copy. */
const distArg = process.argv.indexOf('--dist');
const distRoot = distArg >= 0 ? path.resolve(process.argv[distArg + 1] ?? '') : null;

let checked = 0;
for (const target of ['chrome', 'firefox'] as const) {
  const dir = distRoot ? path.join(distRoot, target) : distDir(target);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    fail(`dist/${target}`, 'not built (run node scripts/build.mjs first)');
    continue;
  }
  checkManifest(path.join(dir, 'manifest.json'), path.relative(repoRoot, path.join(dir, 'manifest.json')));
  for (const file of filesUnder(dir, /\.(js|mjs)$/)) {
    checkScript(file, path.relative(repoRoot, file));
    checked++;
  }
  for (const file of filesUnder(dir, /\.html$/)) {
    checkHtml(file, path.relative(repoRoot, file));
    checked++;
  }
}
checkSources();

if (problems.length > 0) {
  console.error(`check-built-files: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-built-files: ${checked} built files and both manifests are clean (no eval, no remote code or hosts, permissions ["storage"])`);
