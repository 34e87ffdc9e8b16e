// Builds dist/chrome and dist/firefox from the one manifest. Usage: node scripts/build.mjs [chrome|firefox]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The background reads models/models.json to know which languages have a tagger without probing for files.
const modelsDir = path.join(root, 'assets', 'models');
const models = Object.fromEntries(fs.readdirSync(modelsDir)
  .map((f) => /^ner-([a-z]{2,3})\.bin$/.exec(f)).filter(Boolean).map((m) => [m[1], m[0]]).sort());
fs.writeFileSync(path.join(modelsDir, 'models.json'), JSON.stringify(models, null, 2) + '\n');
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
  // Ship only the models the background can load (models.json): research variants such as the openly
  // licensed ner-nl-open.bin and the model card stay in the repo, not in the extension.
  const shipped = new Set(['models.json', ...Object.values(models)]);
  const distModels = path.join(root, 'dist', target, 'models');
  for (const f of fs.readdirSync(distModels)) if (!shipped.has(f)) fs.rmSync(path.join(distModels, f), { recursive: true });
  console.log(`built dist/${target}`);
}
