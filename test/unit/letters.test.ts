import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowercaseWord, isPunctuation, isSpace, startsWithLetter, startsWithUppercase } from '../../src/core/text/letters';

// The fast checks must answer exactly as the Unicode classes they stand in for.
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', 'Élysée', 'élan', 'naïve', 'Ørsted', 'ß', 'İstanbul', 'ǅ', 'Σ', 'σ', 'abcD', 'abc-d', 'abcé', 'ÉA', '1a', 'a1', ',', '."', '“', '—', "'s", '’', '...', '$', '€', '§,', ' ', '-', '…'),
);

describe('letter checks', () => {
  it('match the Unicode property escapes on any string', () => {
    fc.assert(fc.property(text, (s) => {
      expect(startsWithLetter(s)).toBe(/^\p{L}/u.test(s));
      expect(startsWithUppercase(s)).toBe(/^\p{Lu}/u.test(s));
      expect(isLowercaseWord(s)).toBe(/^\p{Ll}+$/u.test(s));
      expect(isPunctuation(s)).toBe(/^[\p{P}\p{S}]+$/u.test(s));
    }), { numRuns: 3000 });
  });

  it('isSpace matches \\s on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
