import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../scripts/lib/models.ts';
import { gazetteerMasks } from '../../src/core/ner/document-pass';
import { FeatureExtractor, isCapsSentence } from '../../src/core/ner/features';
import type { NerTagger } from '../../src/core/ner/index';
import { JointScorer } from '../../src/core/ner/joint-scorer';
import { LABEL_COUNT } from '../../src/core/ner/labels';
import { TokenInfoCache } from '../../src/core/ner/token-info';
import { WordScores } from '../../src/core/ner/word-scores';
import { segmentText } from '../../src/core/text/segment';

// WordScores is a faster way to the same integer sums as scoring a sentence's full feature list; the two
// must agree exactly on every sentence, or the shipped tagger would not be the one that was evaluated.
function scorers(tagger: NerTagger) {
  const { model } = tagger;
  const mask = (1 << model.bucketBits) - 1;
  const scorer = new JointScorer(model.firstPass, model.secondPass);
  const lookup = (h: number) => model.gazetteer.get(h);
  const words = new WordScores(scorer, mask, model.clusters, lookup);
  const extractor = new FeatureExtractor(mask, model.clusters);
  const cache = new TokenInfoCache();
  return (tokens: string[]) => {
    const infos = tokens.map((t) => cache.get(t));
    const n = infos.length;
    const viaList = [new Float64Array(n * LABEL_COUNT), new Float64Array(n * LABEL_COUNT)] as const;
    scorer.emissions(extractor.extract(infos, gazetteerMasks(infos, false, lookup), false), n, viaList[0], viaList[1]);
    const viaWords = [new Float64Array(n * LABEL_COUNT), new Float64Array(n * LABEL_COUNT)] as const;
    words.emissions(infos, viaWords[0], viaWords[1]);
    return { viaList, viaWords, caps: isCapsSentence(infos) };
  };
}

describe('word scores', () => {
  for (const lang of ['nl', 'en']) {
    const tagger = loadTagger(lang);
    it(`equal the feature-list scores on the seed article's sentences (${lang} model)`, () => {
      expect(tagger).not.toBeNull();
      const score = scorers(tagger as NerTagger);
      const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'noord-korea-nl.txt'), 'utf8');
      const sentences = segmentText(seed, 'nl').map((s) => s.tokens.map((t) => t.text));
      expect(sentences.length).toBeGreaterThan(10);
      // Twice: the second time every word comes from the cache.
      for (const round of [1, 2]) {
        for (const tokens of sentences) {
          const { viaList, viaWords } = score(tokens);
          expect(viaWords[0], `round ${round}: ${tokens.join(' ')}`).toEqual(viaList[0]);
          expect(viaWords[1]).toEqual(viaList[1]);
        }
      }
    });

    it(`equal the feature-list scores on arbitrary token lists (${lang} model)`, () => {
      const score = scorers(tagger as NerTagger);
      const token = fc.oneof(
        fc.constantFrom('Pence', 'zei', 'de', 'Noord-Korea', 'VS', '.', ',', '"', 'Mr', "'s", '2018', 'the', 'Abe'),
        fc.string({ minLength: 1, maxLength: 8 }),
      );
      fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 12 }), (tokens) => {
        const { viaList, viaWords, caps } = score(tokens);
        // Shouting sentences never take this path (the tagger lists their features).
        if (caps) return;
        expect(viaWords[0]).toEqual(viaList[0]);
        expect(viaWords[1]).toEqual(viaList[1]);
      }), { numRuns: 300 });
    });
  }
});
