// Loads the committed tagger models from assets/models in Node (CLIs, benchmarks, tests).
import fs from 'node:fs';
import path from 'node:path';
import { NerTagger } from '../../src/core/ner/index.ts';
import { repoRoot } from './paths.ts';

export const modelsDir = path.join(repoRoot, 'assets', 'models');

export function modelFile(lang: string): string | null {
  if (!/^[a-z]{2,3}$/.test(lang)) return null;
  const file = path.join(modelsDir, `ner-${lang}.bin`);
  return fs.existsSync(file) ? file : null;
}

const cache = new Map<string, NerTagger | null>();

/** The tagger for `lang`, or null when no model is shipped for it. Loaded once per process. */
export function loadTagger(lang: string): NerTagger | null {
  if (!cache.has(lang)) {
    const file = modelFile(lang);
    cache.set(lang, file ? NerTagger.fromBytes(new Uint8Array(fs.readFileSync(file))) : null);
  }
  return cache.get(lang)!;
}
