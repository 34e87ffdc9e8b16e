// `npm test`: every check CI runs, in order, failing fast on the first broken step.
// typecheck (strict) → lint → unit tests (vitest) → build both browsers → size budgets → built-file checks
// (no eval, no remote code, least-privilege manifest) → web-ext lint → e2e in
// Chromium and Firefox. Prints how long each step took and a closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'node', ['scripts/build.mjs']],
  ['budgets', 'npx', ['tsx', 'scripts/check-budgets.ts']],
  ['built files', 'npx', ['tsx', 'scripts/check-built-files.ts']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'text']],
  ['e2e', 'npx', ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', 'test/e2e/chromium.test.ts', 'test/e2e/firefox.test.ts']],
];

const only = process.argv.slice(2);
let passed = 0, failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status === 0) {
    passed++;
    console.log(`=== ${name}: ok (${secs} s)`);
  } else {
    failed++;
    console.log(`=== ${name}: FAILED (${secs} s)`);
    break;
  }
}
console.log(`\nall steps: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
