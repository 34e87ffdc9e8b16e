// Size budgets checked by `npm test`. Sizes do not flake the way timings do, so they gate CI.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from './lib/paths';

const KB = 1024;
/** Budgets in gzipped bytes, each with its reason. */
export const BUDGETS = {
  // The content script runs in every tab: it must stay small (issue 6 target: ≤ 60 KB gzipped).
  contentScript: 60 * KB,
  // The background carries the tagger and analysis code, not the model (loaded from models/ at run time).
  background: 120 * KB,
  popup: 40 * KB,
  // Per-language model (issue 3: ≤ 3 MB gzipped, goal ≤ 1 MB).
  model: 3 * 1024 * KB,
};

export interface SizeRow { file: string; raw: number; gzip: number }

export function sizeOf(file: string): SizeRow {
  const buf = fs.readFileSync(file);
  return { file: path.relative(repoRoot, file), raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

function filesUnder(dir: string, pred: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String)
    .map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile() && pred(f));
}

export function measureBuild(target: 'chrome' | 'firefox') {
  const dist = path.join(repoRoot, 'dist', target);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const content = (manifest.content_scripts?.[0]?.js ?? []).map((f: string) => sizeOf(path.join(dist, f)));
  const bgFiles: string[] = manifest.background?.service_worker ? [manifest.background.service_worker] : manifest.background?.scripts ?? [];
  const background = bgFiles.map((f) => sizeOf(path.join(dist, f)));
  const popupDir = path.dirname(path.join(dist, manifest.action.default_popup));
  // Everything the popup page loads lives beside its HTML (vite puts shared chunks there too).
  const scriptPaths = new Set([...(manifest.content_scripts?.[0]?.js ?? []), ...bgFiles].map((f: string) => path.join(dist, f)));
  const popup = filesUnder(popupDir, (f) => /\.(js|css|html)$/.test(f) && !scriptPaths.has(f)).map(sizeOf);
  const models = filesUnder(path.join(dist, 'models'), (f) => f.endsWith('.bin')).map(sizeOf);
  const total = filesUnder(dist, () => true).map(sizeOf).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { target, popupDir, content, background, popup, models, total };
}

const sum = (rows: SizeRow[]) => rows.reduce((a, r) => a + r.gzip, 0);

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'scripts/check-budgets.ts')) {
  let ok = true;
  for (const target of ['chrome', 'firefox'] as const) {
    const m = measureBuild(target);
    const checks: [string, number, number][] = [
      ['content script', sum(m.content), BUDGETS.contentScript],
      ['background', sum(m.background), BUDGETS.background],
      ['popup', sum(m.popup), BUDGETS.popup],
      ...m.models.map((r): [string, number, number] => [r.file, r.gzip, BUDGETS.model]),
    ];
    for (const [name, size, budget] of checks) {
      const pass = size <= budget;
      ok &&= pass;
      console.log(`${pass ? 'ok  ' : 'OVER'} ${target.padEnd(7)} ${name.padEnd(36)} ${(size / KB).toFixed(1).padStart(8)} KB gz  (budget ${(budget / KB).toFixed(0)} KB)`);
    }
    console.log(`     ${target.padEnd(7)} ${'whole build'.padEnd(36)} ${(m.total.raw / KB).toFixed(1).padStart(8)} KB raw, ${(m.total.gzip / KB).toFixed(1)} KB gz`);
  }
  process.exit(ok ? 0 : 1);
}
