import { getLanguageSets, type LanguageSets } from '../lang/index.ts';
import type { Sentence, Token } from '../types.ts';
import { cleanText } from './invisible.ts';
import { segmenter } from './segmenters.ts';
import { tokenizeLine, type RawToken } from './tokens.ts';
import { segmentWindows } from './windows.ts';

/** The tagger's corpora write straight quotes; curly ones would be unknown words to it. */
const QUOTE_FORMS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
};
const CURLY_ANY = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB]/;
const CURLY = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const LINES = /[^\n\r\u2028\u2029]+/g;
const OPENING_LOWER = /^[\s"'“”‘’„«»(]*\p{Ll}/u;
// Enough of the next sentence to see whether it opens in lower case; more only costs time on long lines.
const LOOKAHEAD_CHARS = 16;

/** The text the tagger sees for a token. */
export function tokenText(clean: string): string {
  return CURLY_ANY.test(clean) ? clean.replace(CURLY, (c) => QUOTE_FORMS[c] ?? c) : clean;
}

/**
 * Whether the sentence break after `last` is false: a title or initial ("Mr.", "dhr.", "J.") always
 * continues; another abbreviation ("U.S.", "o.a.") continues unless the next word is one that usually
 * opens a sentence ("The", "Het").
 */
function continuesAfter(last: string, nextFirst: string, nextText: string, sets: LanguageSets): boolean {
  if (OPENING_LOWER.test(nextText)) return true;
  if (!last.endsWith('.') || last.length < 2) return false;
  const word = last.slice(0, -1).toLowerCase();
  if (sets.honorifics.has(word) || sets.honorifics.has(last.toLowerCase()) || /^\p{Lu}\.$/u.test(last)) return true;
  if (!sets.abbreviations.has(word) && !/^(?:\p{L}\.)+\p{L}$/u.test(last.slice(0, -1))) return false;
  const first = nextFirst.toLowerCase();
  return !sets.stopWords.has(first) && !sets.nonEntityWords.has(first);
}

// A dateline's place in capitals ("BRUSSEL", "SAN FRANCISCO", "DEN HAAG"), its agency in brackets, its dash.
// A word in capitals, two of them side by side at least, its dots and hyphens allowed ("SINT-NIKLAAS").
const CAPITALS_WORD = /^(?=.*\p{Lu}{2})\p{Lu}[\p{Lu}.'’-]*$/u;
const DATELINE_DASH = /^(?:-|--|\u2013|\u2014)$/;
const MIXED_CASE_WORD = /^\p{Lu}.*\p{Ll}/u;
// Words a dateline's place may have ("RIO DE JANEIRO").
const MAX_DATELINE_WORDS = 4;

/**
 * Where the sentence after a line's dateline starts ("BRUSSEL - Volgens …", "SAN FRANCISCO (AP) — Steve
 * Jobs …"): the token after the dash, or 0. The next word must be in mixed case: CoNLL's sports headlines
 * are capitals throughout ("RUGBY UNION - LEICESTER BEAT …").
 */
function datelineEnd(group: readonly RawToken[], clean: string): number {
  const word = (i: number): string => (i < group.length ? clean.slice(group[i]!.start, group[i]!.end) : '');
  let i = 0;
  while (i < MAX_DATELINE_WORDS && CAPITALS_WORD.test(word(i))) i++;
  if (i === 0) return 0;
  if (word(i) === '(' && word(i + 2) === ')') i += 3;
  if (!DATELINE_DASH.test(word(i))) return 0;
  return MIXED_CASE_WORD.test(word(i + 1)) ? i + 1 : 0;
}

/**
 * Splits `text` into sentences of CoNLL-style tokens. Offsets are UTF-16 indices into `text` itself;
 * sentences never cross a line break; invisible characters (soft hyphens, zero-width spaces) are left
 * out of token texts but covered by the offsets of the tokens they sit in.
 */
export function segmentText(text: string, lang: string): Sentence[] {
  const sets = getLanguageSets(lang);
  const segLang = sets.data.code;
  const { clean, toOriginal } = cleanText(text);
  const sentences: Sentence[] = [];
  LINES.lastIndex = 0;
  for (let m = LINES.exec(clean); m; m = LINES.exec(clean)) {
    const lineStart = m.index;
    const lineEnd = m.index + m[0].length;
    const tokens = tokenizeLine(clean, lineStart, lineEnd, segLang, sets);
    if (tokens.length === 0) continue;
    // Sentence ends proposed by Intl.Segmenter, in clean coordinates.
    const ends: number[] = [];
    for (const w of segmentWindows(clean, lineStart, lineEnd)) {
      for (const seg of segmenter(segLang, 'sentence').segment(clean.slice(w.from, w.to))) ends.push(w.from + seg.index + seg.segment.length);
      // A window cut inside a sentence is no sentence end.
      if (!w.sentenceEnd) ends.pop();
    }
    const groups: RawToken[][] = [];
    // A dateline is a sentence of its own: "Volgens X …" after it still opens its sentence.
    const dateline = datelineEnd(tokens, clean);
    if (dateline > 0) groups.push(tokens.slice(0, dateline));
    let t = dateline;
    for (const end of ends) {
      const group: RawToken[] = [];
      while (t < tokens.length && tokens[t]!.start < end) group.push(tokens[t++]!);
      if (group.length === 0) continue;
      const prev = groups[groups.length - 1];
      const prevLast = prev?.[prev.length - 1];
      const first = group[0]!;
      if (prev && prevLast && continuesAfter(clean.slice(prevLast.start, prevLast.end), clean.slice(first.start, first.end), clean.slice(first.start, Math.min(lineEnd, first.start + LOOKAHEAD_CHARS)), sets)) {
        for (const t of group) prev.push(t);
      } else groups.push(group);
    }
    for (const group of groups) {
      const toks: Token[] = group.map((g) => ({
        start: toOriginal[g.start]!,
        end: toOriginal[g.end - 1]! + 1,
        text: tokenText(clean.slice(g.start, g.end)),
      }));
      sentences.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, tokens: toks });
    }
  }
  return sentences;
}
