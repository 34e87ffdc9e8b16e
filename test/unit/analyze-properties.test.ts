import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type SequenceTagger } from '../../src/core/analysis/index.ts';
import type { Analysis, TextSpan } from '../../src/core/types.ts';
import { loadTagger } from '../../scripts/lib/models.ts';

const TAGS = ['O', 'O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC', 'I-XYZ', 'garbage'];

/** Tags every token by a hash of its text: deterministic, and it reaches every path (stray I-, junk tags). */
const hashTagger: SequenceTagger = {
  tagDocument: (sentences) =>
    sentences.map((toks) => toks.map((t) => {
      let h = 7;
      for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) >>> 0;
      return TAGS[h % TAGS.length]!;
    })),
};

const WORDS = [
  'Mike', 'Pence', 'zei', 'said', 'he', 'hij', 'Mr.', 'dhr.', 'de', 'Amerikaanse', 'vicepresident', 'president', ',',
  '.', ':', '"', '“', '”', "'", '‘', '’', "'s", '(', ')', 'VS', 'Verenigde', 'Staten', 'Noord-', 'en', 'Zuid-Korea',
  'aldus', 'volgens', 'according', 'to', '\n', '\n\n', '\u00AD', '\u200B', '\u00A0', '😀', '\uD83D', '\uDE00', 'U.S.',
  'J.', 'Abe', "Abe's", 'Osama', 'bin', 'Laden', '-', '2018', 'februari', 'Daarover', 'The', 'told', 'that',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '"', '\n', '\uD800', '\uDC00', '\u00AD', 'É'), maxLength: 200 }),
  // Lines longer than the segmentation window, in spaced and unspaced scripts.
  fc.array(fc.constantFrom(...WORDS.filter((w) => !w.includes('\n'))), { minLength: 400, maxLength: 900 }).map((ws) => ws.join(' ')),
  fc.string({ unit: fc.constantFrom('東', '京', '。', '\uD83D', '\uDE00', '"', 'a'), minLength: 1900, maxLength: 4500 }),
);

function onCodePointBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff);
}

function spans(a: Analysis): TextSpan[] {
  return [
    ...a.sentences,
    ...a.entities.flatMap((e) => [...e.mentions, ...e.quotes, ...e.facts]),
  ];
}

describe('analyzeArticle on any string', () => {
  it('never throws; every offset lies inside the text on a code-point boundary; mentions never overlap; output is deterministic', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('nl', 'en', null, 'xx'), (text, language) => {
        const a = analyzeArticle({ text, language }, () => hashTagger);
        for (const s of spans(a)) {
          expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
          expect(onCodePointBoundary(text, s.start) && onCodePointBoundary(text, s.end)).toBe(true);
        }
        const mentions = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
        for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
        for (const m of mentions) expect(m.end).toBeGreaterThan(m.start);
        expect(new Set(a.entities.map((e) => e.id)).size).toBe(a.entities.length);
        // Texts shown on a card are what their offsets cover, without invisible characters.
        const shown = (x: TextSpan) => text.slice(x.start, x.end).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
        for (const e of a.entities) {
          for (const m of e.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
          // A quote with its attribution cut out of the middle shows the words on either side of it.
          for (const q of e.quotes) expect(q.text).toBe(q.omitted ? `${shown({ start: q.start, end: q.omitted.start })} ${shown({ start: q.omitted.end, end: q.end })}` : shown(q));
          for (const f of e.facts) expect(f.text).toBe(shown(f));
        }
        expect(JSON.stringify(analyzeArticle({ text, language }, () => hashTagger))).toBe(JSON.stringify(a));
      }),
      { numRuns: 400 },
    );
  });

  it('holds the same with the shipped taggers', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('nl', 'en'), (text, language) => {
        const a = analyzeArticle({ text, language }, loadTagger);
        for (const s of spans(a)) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
        const mentions = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
        for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts inputs that are not what the types promise', () => {
    const bad = { text: undefined as unknown as string, language: 42 as unknown as string };
    expect(analyzeArticle(bad, () => hashTagger).entities).toEqual([]);
  });
});
