import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/core/text/segment.ts';

const words = (text: string, lang: string): string[][] => segmentText(text, lang).map((s) => s.tokens.map((t) => t.text));
const sentenceTexts = (text: string, lang: string): string[] => segmentText(text, lang).map((s) => text.slice(s.start, s.end));

describe('segmentText: sentences', () => {
  it('does not end a sentence after titles, initials and abbreviations', () => {
    const text = 'Mr. Obama met Dr. J. Smith at the U.S. Embassy. The talks ended. Mrs. Jones left.';
    expect(sentenceTexts(text, 'en')).toEqual(['Mr. Obama met Dr. J. Smith at the U.S. Embassy.', 'The talks ended.', 'Mrs. Jones left.']);
  });

  it('knows Dutch abbreviations', () => {
    const text = 'Dhr. Jansen sprak o.a. met mevr. De Vries. Daarna ging hij naar huis.';
    expect(sentenceTexts(text, 'nl')).toEqual(['Dhr. Jansen sprak o.a. met mevr. De Vries.', 'Daarna ging hij naar huis.']);
  });

  it('ends a sentence after an abbreviation when a typical sentence opener follows', () => {
    expect(sentenceTexts('He lives in the U.S. The rest of us do not.', 'en')).toEqual(['He lives in the U.S.', 'The rest of us do not.']);
  });

  it('makes a line\'s dateline a sentence of its own, but not a headline in capitals', () => {
    expect(sentenceTexts('BRUSSEL - Volgens minister Frank Vandenbroucke moeten ze betalen. Dat zei hij.', 'nl')).toEqual([
      'BRUSSEL -', 'Volgens minister Frank Vandenbroucke moeten ze betalen.', 'Dat zei hij.',
    ]);
    expect(sentenceTexts('SAN FRANCISCO (AP) — Steve Jobs resigned.', 'en')).toEqual(['SAN FRANCISCO (AP) —', 'Steve Jobs resigned.']);
    expect(sentenceTexts('RUGBY UNION - LEICESTER BEAT BATH.', 'en')).toEqual(['RUGBY UNION - LEICESTER BEAT BATH.']);
    expect(sentenceTexts('Het ANP - dat weet iedereen - meldde het.', 'nl')).toEqual(['Het ANP - dat weet iedereen - meldde het.']);
  });

  it('never lets a sentence cross a line break', () => {
    expect(sentenceTexts('Vraagtekens bij Noord-Korea\nNiet alleen de VS\n\nMaar ook Japan', 'nl')).toEqual([
      'Vraagtekens bij Noord-Korea', 'Niet alleen de VS', 'Maar ook Japan',
    ]);
  });

  it('keeps a quotation that continues in lower case in one sentence', () => {
    expect(sentenceTexts('Hij zei "Echt? ja!" en ging.', 'nl')).toHaveLength(1);
  });
});

describe('segmentText: CoNLL-style tokens', () => {
  it('splits punctuation off and keeps hyphenated names whole', () => {
    expect(words('Frank-Walter Steinmeier (Noord-Korea), zei hij.', 'nl')).toEqual([
      ['Frank-Walter', 'Steinmeier', '(', 'Noord-Korea', ')', ',', 'zei', 'hij', '.'],
    ]);
  });

  it('keeps a suspended hyphen with its word', () => {
    expect(words('tussen Noord- en Zuid-Korea', 'nl')[0]).toEqual(['tussen', 'Noord-', 'en', 'Zuid-Korea']);
  });

  it("splits English possessive 's, with straight or curly apostrophe, and normalises it", () => {
    expect(words('Mugabe\'s party and Sudan’s government', 'en')[0]).toEqual(['Mugabe', "'s", 'party', 'and', 'Sudan', "'s", 'government']);
  });

  it('keeps Dutch apostrophe words whole', () => {
    expect(words("Abe's plannen en auto's", 'nl')[0]).toEqual(["Abe's", 'plannen', 'en', "auto's"]);
  });

  it('gives the tagger straight quotes for curly ones', () => {
    expect(words('“Yes,” he said.', 'en')[0]).toEqual(['"', 'Yes', ',', '"', 'he', 'said', '.']);
  });
});

describe('segmentText: long lines (segmented in windows)', () => {
  it('finds every sentence of a long paragraph, abbreviations included', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Mr. Smith zag zin ${i} hier.`).join(' ');
    const sentences = segmentText(text, 'nl');
    expect(sentences).toHaveLength(400);
    expect(text.slice(sentences[123]!.start, sentences[123]!.end)).toBe('Mr. Smith zag zin 123 hier.');
  });

  it('keeps a long sentence without a full stop whole', () => {
    const text = Array.from({ length: 3000 }, () => 'woord').join(' ');
    expect(segmentText(text, 'nl')).toHaveLength(1);
    expect(segmentText(text, 'nl')[0]!.tokens).toHaveLength(3000);
  });

  it('splits a long line in a script without spaces without losing a character', () => {
    const text = '東京で会談が行われた。'.repeat(400);
    const tokens = segmentText(text, 'ja').flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });
});

describe('segmentText: invisible and odd characters', () => {
  it('drops soft hyphens and zero-width characters from token text but covers them in offsets', () => {
    const text = 'De Stein\u00ADmeier zei: Noord\u200B-Korea\uFEFF.';
    const [s] = segmentText(text, 'nl');
    const stein = s!.tokens.find((t) => t.text === 'Steinmeier')!;
    expect(text.slice(stein.start, stein.end)).toBe('Stein\u00ADmeier');
    expect(s!.tokens.map((t) => t.text)).toContain('Noord-Korea');
  });

  it('treats non-breaking spaces as spaces', () => {
    expect(words('Mike\u00A0Pence en\u202FAbe', 'nl')[0]).toEqual(['Mike', 'Pence', 'en', 'Abe']);
  });

  it('gives offsets that point at the token in the original text', () => {
    const text = '  Zuid-Korea is\u00A0net zoals “Japan” een bondgenoot.\n\nTweede\u00ADalinea hier.';
    for (const s of segmentText(text, 'nl')) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end).replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '').replace(/[“”]/g, '"')).toBe(t.text);
      expect(s.start).toBe(s.tokens[0]!.start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
    }
  });

  it('splits scripts written without spaces into words with Intl.Segmenter', () => {
    const [s] = segmentText('東京で会談が行われた。', 'ja');
    expect(s!.tokens.length).toBeGreaterThan(3);
    expect(s!.tokens.map((t) => t.text).join('')).toBe('東京で会談が行われた。');
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('', 'en')).toEqual([]);
    expect(segmentText(' \n\n \u200B ', 'en')).toEqual([]);
  });
});
