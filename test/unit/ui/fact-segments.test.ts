import { describe, expect, it } from 'vitest';
import { factSegments } from '../../../src/ui/card/fact-segments';

const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('factSegments', () => {
  const fact = { text: 'Pence sprak met Von der Leyen.', start: 100, end: 130 };

  it('marks mentions by their article offsets and keeps the text whole', () => {
    const segments = factSegments(fact, [{ start: 100, end: 105 }], ['Pence']);
    expect(segments).toEqual([
      { text: 'Pence', marked: true },
      { text: ' sprak met Von der Leyen.', marked: false },
    ]);
  });

  it('ignores mentions outside the fact or only partly inside it', () => {
    const segments = factSegments(fact, [{ start: 10, end: 15 }, { start: 128, end: 135 }, { start: 95, end: 102 }], ['Pence']);
    expect(marked(segments)).toEqual([]);
    expect(joined(segments)).toBe(fact.text);
  });

  it('marks several mentions in order and skips an overlapping one', () => {
    const text = 'Pence en Pence.';
    const segments = factSegments({ text, start: 0, end: text.length }, [{ start: 9, end: 14 }, { start: 0, end: 5 }, { start: 2, end: 4 }], []);
    expect(segments.map((s) => [s.text, s.marked])).toEqual([['Pence', true], [' en ', false], ['Pence', true], ['.', false]]);
  });

  it('finds the names in the text when the offsets do not fit it, longest name first', () => {
    const text = 'Mike Pence, oftewel Pence.';
    const segments = factSegments({ text, start: 0, end: 3 }, [{ start: 0, end: 2 }], ['Pence', 'Mike Pence', '']);
    expect(marked(segments)).toEqual(['Mike Pence', 'Pence']);
    expect(joined(segments)).toBe(text);
  });

  it('returns the whole text unmarked when nothing matches', () => {
    expect(factSegments({ text: 'Niets.', start: 0, end: 6 }, [], ['Pence'])).toEqual([{ text: 'Niets.', marked: false }]);
  });
});
