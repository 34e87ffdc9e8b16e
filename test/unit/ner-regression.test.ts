import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreTags } from '../../src/core/ner/conlleval';
import { parseConll } from '../../src/core/ner/conll';
import { NerTagger } from '../../src/core/ner/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared/data/ner');

// The committed models' dev F1 minus one point (assets/models/README.md has the full figures).
const FLOORS = [
  { lang: 'nl', dev: 'conll2002/ned.testa', minF1: 78.6 },
  { lang: 'en', dev: 'conll2003/eng.testa', minF1: 91.3 },
];

describe('committed NER models on the dev splits', () => {
  for (const { lang, dev, minF1 } of FLOORS) {
    it(`${lang}: F1 on ${dev} >= ${minF1}`, () => {
      const tagger = NerTagger.fromBytes(readFileSync(path.join(root, `assets/models/ner-${lang}.bin`)));
      const docs = parseConll(readFileSync(path.join(shared, dev), 'utf8'));
      const predicted = docs.flatMap((doc) => tagger.tagDocument(doc.map((s) => s.tokens)));
      const scores = scoreTags(docs.flatMap((doc) => doc.map((s) => s.tags)), predicted);
      expect(scores.f1).toBeGreaterThanOrEqual(minF1);
    });
  }
});
