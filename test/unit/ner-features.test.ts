import { describe, expect, it } from 'vitest';
import { FeatureExtractor, isCapsSentence } from '../../src/core/ner/features';
import { computeTokenInfo, normalizeToken } from '../../src/core/ner/token-info';

const infos = (tokens: string[]) => tokens.map(computeTokenInfo);
const extractor = new FeatureExtractor((1 << 20) - 1);
const featuresOf = (tokens: string[], index: number) => {
  const f = extractor.extract(infos(tokens), new Int32Array(tokens.length), isCapsSentence(infos(tokens)));
  return new Set(f.ids.subarray(f.offsets[index], f.offsets[index + 1]));
};

describe('token facts', () => {
  it('gives hyphenated names one shape and tells case classes apart', () => {
    expect(computeTokenInfo('Noord-Korea').shape).toBe(computeTokenInfo('Frank-Walter').shape);
    expect(computeTokenInfo('Noord-Korea').shape).not.toBe(computeTokenInfo('noord-korea').shape);
    expect(computeTokenInfo('NAVO').shape).not.toBe(computeTokenInfo('Navo').shape);
    expect(computeTokenInfo('1.000').shape).toBe(computeTokenInfo('12.345').shape);
  });

  it('reads web typography as the corpora write it', () => {
    expect(normalizeToken('Amerika\u2019s')).toBe("Amerika's");
    expect(normalizeToken('\u201c')).toBe('"');
    expect(normalizeToken('Pyong\u00adyang')).toBe('Pyongyang');
    expect(computeTokenInfo('Pyong\u00adyang').word).toBe(computeTokenInfo('Pyongyang').word);
    expect(normalizeToken('\u00ad')).toBe('\u00ad');
  });

  it('flags capitals and all-caps words', () => {
    const pence = computeTokenInfo('Pence');
    expect(pence.initialCapital).toBe(true);
    expect(pence.allCaps).toBe(false);
    expect(computeTokenInfo('VS').allCaps).toBe(true);
    expect(computeTokenInfo('zei').initialCapital).toBe(false);
    expect(computeTokenInfo('NOORD-KOREA').title).toBe(computeTokenInfo('Noord-korea').word);
  });
});

describe('features', () => {
  it('see the words two to the left and right, not further', () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const base = featuresOf(words, 3);
    const changed = (at: number) => featuresOf(words.map((w, i) => (i === at ? 'x' : w)), 3);
    expect(changed(1)).not.toEqual(base);
    expect(changed(5)).not.toEqual(base);
    expect(changed(0)).toEqual(base);
    expect(changed(6)).toEqual(base);
  });

  it('mark the first token of a sentence', () => {
    expect(featuresOf(['Pence', 'zei'], 0)).not.toEqual(featuresOf(['dat', 'Pence', 'zei'], 1));
  });

  it('add gazetteer bits of the token and its neighbours', () => {
    const tokens = infos(['Mike', 'Pence', 'zei']);
    const plain = extractor.extract(tokens, new Int32Array(3), false);
    const listed = extractor.extract(tokens, Int32Array.from([0, 1, 0]), false);
    for (const i of [0, 1, 2]) {
      const count = (f: typeof plain) => (f.offsets[i + 1] as number) - (f.offsets[i] as number);
      expect(count(listed)).toBe(count(plain) + 1);
    }
  });

  it('treat a shouted headline by lowercase words, so case says nothing', () => {
    const shouted = infos(['KIM', 'JONG-UN', 'BEZOEKT', 'PEKING']);
    expect(isCapsSentence(shouted)).toBe(true);
    expect(isCapsSentence(infos(['Kim', 'bezoekt', 'NAVO', 'en', 'VS']))).toBe(false);
    const a = featuresOf(['KIM', 'JONG-UN', 'BEZOEKT', 'PEKING'], 3);
    const b = featuresOf(['KIM', 'JONG-UN', 'BEZOEKT', 'LONDEN'], 3);
    expect(a).not.toEqual(b);
  });

  it('are bucket ids within the mask', () => {
    const f = extractor.extract(infos(['Dit', 'is', 'een', 'zin', '.']), new Int32Array(5), false);
    for (const id of f.ids) expect(id >= 0 && id < 1 << 20).toBe(true);
  });
});
