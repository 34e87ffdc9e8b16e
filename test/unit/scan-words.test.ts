import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/core/text/tokens';

// The scanner stands in for this expression (UAX #29's main word rules); they must split any text alike.
const REFERENCE = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:(?:['’.\u00B7\u2027]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}\p{Pc}]/u;

function byReference(text: string): [number, number, boolean][] {
  return [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length, WORD_START.test(m[0])]);
}

function byScanner(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  scanWords(text, 0, text.length, (start, end, word) => out.push([start, end, word]));
  return out;
}

// Characters around the rules' edges: joiners, digit separators, marks, connector punctuation, spaces
// JavaScript counts as \s, astral letters and digits, lone surrogates.
const piece = fc.constantFrom(
  'a', 'Z', 'é', 'ß', '1', '٣', '_', '‿', '\u0301', "'", '’', '.', '·', '‧', ',', ';', '-', ' ', '\u00a0', '\u2009',
  '\u3000', '\ufeff', '\n', '"', '“', '𝐀', '𝟙', '😀', '\ud800', '\udc00', 'x1', 'U.S.', '1,000', "it's",
);

describe('word scanner', () => {
  it('splits any text as the reference expression does', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), (text) => {
      expect(byScanner(text)).toEqual(byReference(text));
    }), { numRuns: 4000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => {
      expect(byScanner(text)).toEqual(byReference(text));
    }), { numRuns: 2000 });
  });

  it('keeps words joined by apostrophes, periods and digit commas', () => {
    expect(byScanner("it's U.S. 1,000 a,b")).toEqual([[0, 4, true], [5, 8, true], [8, 9, false], [10, 15, true], [16, 17, true], [17, 18, false], [18, 19, true]]);
  });
});
