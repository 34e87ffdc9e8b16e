// `npm run package`: installable archives for both browsers in artifacts/ (after `npm run build`).
// Firefox: an unsigned .zip for about:debugging or AMO signing; Chrome: a zip for the store, or unzip for
// "Load unpacked".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'artifacts');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('node', ['scripts/build.mjs']);
fs.mkdirSync(out, { recursive: true });
run('npx', ['web-ext', 'build', '--source-dir', 'dist/firefox', '--artifacts-dir', out, '--overwrite-dest',
  '--filename', `context-cards-${version}-firefox.zip`]);
// web-ext build only zips the folder, so it serves for Chrome too (no zip tool needed on the machine).
run('npx', ['web-ext', 'build', '--source-dir', 'dist/chrome', '--artifacts-dir', out, '--overwrite-dest',
  '--filename', `context-cards-${version}-chrome.zip`]);
for (const f of fs.readdirSync(out).filter((f) => f.endsWith('.zip'))) {
  console.log(`${path.join('artifacts', f)}  ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(1)} KB`);
}
