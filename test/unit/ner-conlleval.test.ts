import { describe, expect, it } from 'vitest';
import { chunksOf, scoreTags } from '../../src/core/ner/conlleval';
import { parseConll, toIob2 } from '../../src/core/ner/conll';

describe('conlleval-compatible chunks', () => {
  it('reads IOB2 and IOB1 the way conlleval does', () => {
    expect(chunksOf(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
    // IOB1: I- after O starts a chunk; B- between two same-type chunks splits them.
    expect(chunksOf(['I-ORG', 'I-ORG', 'B-ORG', 'O', 'I-PER'])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'PER' },
    ]);
    // A change of type inside I- tags starts a new chunk.
    expect(chunksOf(['B-PER', 'I-LOC'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 2, type: 'LOC' },
    ]);
  });

  it('counts only exact matches of span and type', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC', 'O', 'B-LOC']];
    const s = scoreTags(gold, predicted);
    expect(s.precision).toBeCloseTo(100 / 3, 6);
    expect(s.recall).toBeCloseTo(100 / 3, 6);
    expect(s.f1).toBeCloseTo(100 / 3, 6);
    expect(s.perType.LOC).toEqual({ precision: 50, recall: 100, f1: (2 * 50 * 100) / 150 });
    expect(s.perType.PER).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.tokens).toBe(6);
  });

  it('does not join chunks across sentences and restricts to --types', () => {
    const gold = [['B-PER'], ['I-PER', 'B-MISC']];
    const predicted = [['B-PER'], ['I-PER', 'O']];
    expect(scoreTags(gold, predicted).f1).toBeCloseTo(100 * (2 * (2 / 2) * (2 / 3)) / (1 + 2 / 3), 6);
    const restricted = scoreTags(gold, predicted, new Set(['PER']));
    expect(restricted.f1).toBe(100);
    expect(Object.keys(restricted.perType)).toEqual(['PER']);
  });

  it('rejects a prediction of the wrong length', () => {
    expect(() => scoreTags([['O', 'O']], [['O']])).toThrow();
  });
});

describe('corpus reader', () => {
  it('reads conll2002, conll2003 and wikiann lines, tag in the last column', () => {
    const conll = parseConll('-DOCSTART- -DOCSTART- O\nDe Art O\nVS N B-LOC\n\nPence N B-PER\n-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n');
    expect(conll).toEqual([
      [{ tokens: ['De', 'VS'], tags: ['O', 'B-LOC'] }, { tokens: ['Pence'], tags: ['B-PER'] }],
      [{ tokens: ['EU'], tags: ['B-ORG'] }],
    ]);
    const wikiann = parseConll('nl:Het\tO\nnl:Rode\tB-ORG\nnl:Kruis\tI-ORG\n\nnl:Gent\tB-LOC\n');
    expect(wikiann).toEqual([
      [{ tokens: ['Het', 'Rode', 'Kruis'], tags: ['O', 'B-ORG', 'I-ORG'] }],
      [{ tokens: ['Gent'], tags: ['B-LOC'] }],
    ]);
  });

  it('cuts a run without sentence breaks after sentence-final punctuation', () => {
    const words = Array.from({ length: 150 }, (_, i) => (i % 10 === 9 ? '. O' : `w${i} O`));
    const docs = parseConll(words.join('\n'));
    const sentences = docs.flat();
    expect(sentences.length).toBe(15);
    expect(sentences.every((s) => s.tokens.at(-1) === '.')).toBe(true);
  });
});

describe('IOB1 input', () => {
  it('is read as IOB2 with the same chunks', () => {
    const iob1 = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG'];
    expect(toIob2(iob1)).toEqual(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG']);
    expect(chunksOf(toIob2(iob1))).toEqual(chunksOf(iob1));
    expect(parseConll('Jan I-PER\nJansen I-PER\nin O\nGent I-LOC\n')[0]![0]!.tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });
});
