import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const evalNer = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/eval-ner.ts'), ...args], { cwd: root, encoding: 'utf8' });

// conll2003 layout (token POS chunk tag), a -DOCSTART- break and an IOB1 tag (I- after O).
const SAMPLE = [
  '-DOCSTART- -X- -X- O', '',
  'Peter NNP B-NP B-PER', 'Blackburn NNP I-NP I-PER', 'visited VBD B-VP O', 'Brussels NNP B-NP B-LOC', '. . O O', '',
  '-DOCSTART- -X- -X- O', '',
  'The DT B-NP O', 'European NNP I-NP I-ORG', 'Commission NNP I-NP I-ORG', 'said VBD B-VP O', '. . O O', '',
].join('\n');

describe('eval:ner command (contract)', () => {
  it('prints one JSON object as its last line with the contract fields', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ner-eval-')), 'sample.conll');
    writeFileSync(file, SAMPLE);
    const run = evalNer('--lang', 'en', file);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(result)).toEqual(['lang', 'tokens', 'precision', 'recall', 'f1', 'perType', 'tokensPerSecond']);
    expect(result.lang).toBe('en');
    expect(result.tokens).toBe(10);
    for (const key of ['precision', 'recall', 'f1']) expect(result[key]).toBeGreaterThanOrEqual(0);
    expect(result.f1).toBeLessThanOrEqual(100);
    expect(result.tokensPerSecond).toBeGreaterThan(0);
    const restricted = JSON.parse(evalNer('--lang', 'en', file, '--types', 'PER').stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(restricted.perType).every((t) => t === 'PER')).toBe(true);
  });

  it('fails with exit code 2 and one line for a missing file', () => {
    const run = evalNer('--lang', 'en', path.join(os.tmpdir(), 'no-such-file.conll'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
