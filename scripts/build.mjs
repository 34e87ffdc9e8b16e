// Builds dist/chrome and dist/firefox from the one manifest. Usage: node scripts/build.mjs [chrome|firefox]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, TARGET: target },
  });
  if (r.status !== 0) {
    console.error(`build for ${target} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`built dist/${target}`);
}
