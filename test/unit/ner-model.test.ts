import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/core/ner/conll';
import { NerTagger } from '../../src/core/ner/index';
import { LABELS } from '../../src/core/ner/labels';
import { DEFAULT_TRAINING, trainNerModel } from '../../src/core/ner/training';
import { DEFAULT_CLUSTERS } from '../../src/core/ner/word-clusters';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data/ner');
const dutch = parseConll(readFileSync(path.join(shared, 'conll2002/ned.train'), 'utf8'));
const wikiann = parseConll(readFileSync(path.join(shared, 'wikiann/nl/train'), 'utf8'));
const trainSlice = dutch.slice(0, 12);
const heldOut = dutch.slice(200, 204);
// Small buckets and few epochs: these tests check the machinery, not accuracy.
const options = { ...DEFAULT_TRAINING, lang: 'nl', epochs: 2, bucketBits: 16, clusters: { ...DEFAULT_CLUSTERS, clusters: 20, coarseClusters: 4, iterations: 3 } };
const data = {
  train: trainSlice,
  gazetteers: wikiann.slice(0, 300),
  unlabelled: [...trainSlice, ...wikiann.slice(0, 300)].flatMap((doc) => doc.map((s) => s.tokens)),
};
const train = (seed: number) => new NerTagger(trainNerModel(data, { ...options, seed }));
const sentences = heldOut.map((doc) => doc.map((s) => s.tokens));

describe('NER model', () => {
  const tagger = train(3);

  it('training is deterministic for a seed', () => {
    expect(train(3).toBytes()).toEqual(tagger.toBytes());
  });

  it('a different seed gives a different model', () => {
    expect(train(4).toBytes()).not.toEqual(tagger.toBytes());
  });

  it('round-trips through bytes with identical bytes and tags', () => {
    const bytes = tagger.toBytes();
    const loaded = NerTagger.fromBytes(bytes);
    expect(loaded.lang).toBe('nl');
    expect(loaded.toBytes()).toEqual(bytes);
    for (const doc of sentences) expect(loaded.tagDocument(doc)).toEqual(tagger.tagDocument(doc));
  });

  it('emits one legal BIO tag per token', () => {
    for (const doc of sentences) {
      const tags = tagger.tagDocument(doc);
      expect(tags.map((s) => s.length)).toEqual(doc.map((s) => s.length));
      for (const s of tags) {
        s.forEach((tag, i) => {
          expect(LABELS).toContain(tag);
          if (tag.startsWith('I-')) expect((s[i - 1] ?? 'O').slice(2)).toBe(tag.slice(2));
        });
      }
    }
  });

  it('learns something even from a small slice', () => {
    const tags = tagger.tagDocument(dutch.slice(0, 2).flatMap((doc) => doc.map((s) => s.tokens)));
    expect(tags.flat().some((t) => t !== 'O')).toBe(true);
  });

  it('keeps the mention-context flag through bytes and tags the same after loading', () => {
    const withMentions = new NerTagger(trainNerModel(data, { ...options, seed: 3, mentionContexts: true }));
    const loaded = NerTagger.fromBytes(withMentions.toBytes());
    expect(loaded.model.mentionContexts).toBe(true);
    expect(tagger.model.mentionContexts).toBe(false);
    for (const doc of sentences) expect(loaded.tagDocument(doc)).toEqual(withMentions.tagDocument(doc));
  });

  it('rejects bytes that are not a model', () => {
    expect(() => NerTagger.fromBytes(new Uint8Array([1, 2, 3]))).toThrow();
    const bytes = tagger.toBytes();
    expect(() => NerTagger.fromBytes(bytes.subarray(0, bytes.length - 5))).toThrow();
  });
});
