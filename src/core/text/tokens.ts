import type { LanguageSets } from '../lang/index.ts';
import { isSpace } from './letters.ts';
import { segmenter } from './segmenters.ts';
import { segmentWindows } from './windows.ts';

/** A token in cleaned-text coordinates, before mapping back to the original text. */
export interface RawToken {
  start: number;
  end: number;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;

interface Segment {
  start: number;
  end: number;
  word: boolean;
}

/** Scripts written without spaces between words need the dictionary-based Intl.Segmenter. */
// Thai, Lao, Tibetan, Myanmar, Khmer, CJK with kana, CJK compatibility, halfwidth kana, and the astral CJK
// planes (by their high surrogates). Plain ranges: a Script= property class costs ten times more per line.
const UNSPACED_SCRIPT = /[\u0E00-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;

// Sticky single-character tests for what is not ASCII (the u flag reads a surrogate pair as one character).
const WORD_CHARACTER_AT = /[\p{L}\p{M}\p{N}\p{Pc}]/uy;
const NUMBER_AT = /\p{N}/uy;

function isWordCharacterAt(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  WORD_CHARACTER_AT.lastIndex = i;
  return WORD_CHARACTER_AT.test(text);
}

function isNumberAt(text: string, i: number, code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  NUMBER_AT.lastIndex = i;
  return NUMBER_AT.test(text);
}

/** Characters that join two runs of letters or digits into one word ("it's", "U.S"). */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 0xb7 || code === 0x2027;
}

/** Where the character before index i starts (a surrogate pair is one character). */
function previousCharacter(text: string, i: number, from: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= from) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/**
 * Words and punctuation of a space-delimited script, by the main rules of UAX #29 that Intl.Segmenter
 * applies: letters, marks and digits run together, and so do runs joined by an apostrophe or a period
 * between letters ("it's", "U.S") or a comma between digits ("1,000"). Intl.Segmenter's word pass costs
 * 2.4–4 ms per 800 words in Node (measured on nytimes-1), most of the analysis budget. This scanner, with
 * character-code tests for ASCII, splits as the regular expression
 * /[\p{L}\p{M}\p{N}\p{Pc}]+(?:(?:['’.\u00B7\u2027]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}]+)*|\S/u
 * does (a unit test holds them equal) in less time.
 */
export function scanWords(text: string, from: number, to: number, emit: (start: number, end: number, word: boolean) => void): void {
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i) as number;
    const size = code > 0xffff && i + 1 < to ? 2 : 1;
    if (isSpace(code)) {
      i += size;
      continue;
    }
    if (!isWordCharacterAt(text, i, code)) {
      emit(i, i + size, false);
      i += size;
      continue;
    }
    const start = i;
    i += size;
    for (;;) {
      while (i < to) {
        const c = text.codePointAt(i) as number;
        if (!isWordCharacterAt(text, i, c)) break;
        i += c > 0xffff && i + 1 < to ? 2 : 1;
      }
      if (i + 1 >= to) break;
      const joiner = text.charCodeAt(i);
      const next = text.codePointAt(i + 1) as number;
      if (isWordJoiner(joiner) && isWordCharacterAt(text, i + 1, next)) {
        i += 1;
        continue;
      }
      if ((joiner === 44 || joiner === 59) && isNumberAt(text, i + 1, next)) {
        const before = previousCharacter(text, i, from);
        if (isNumberAt(text, before, text.codePointAt(before) as number)) {
          i += 1;
          continue;
        }
      }
      break;
    }
    emit(start, i, true);
  }
}

function wordSegments(line: string, from: number, to: number, lang: string): Segment[] {
  const segs: Segment[] = [];
  const text = line.slice(from, to);
  if (UNSPACED_SCRIPT.test(text)) {
    for (const w of segmentWindows(line, from, to)) {
      for (const seg of segmenter(lang, 'word').segment(line.slice(w.from, w.to))) {
        if (!seg.isWordLike && seg.segment.trim() === '') continue;
        segs.push({ start: w.from + seg.index, end: w.from + seg.index + seg.segment.length, word: seg.isWordLike === true });
      }
    }
    return segs;
  }
  // On the line's slice, as the expression it stands for would see it.
  scanWords(text, 0, text.length, (start, end, word) => segs.push({ start: from + start, end: from + end, word }));
  return segs;
}

/**
 * What POSSESSIVE needs, by character codes: three characters or more, ending in "'s" or "’s". Most words
 * fail it, and are spared a slice and a Unicode expression each.
 */
function mayEndInPossessive(line: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const s = line.charCodeAt(end - 1);
  const mark = line.charCodeAt(end - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

/** Whether a word followed by "." forms one token with it ("Mr.", "U.S.", "J."). */
function takesPeriod(word: string, sets: LanguageSets): boolean {
  return sets.abbreviations.has(word.toLowerCase()) || INITIAL.test(word) || DOTTED_ACRONYM.test(word);
}

/**
 * Tokens of `line[from, to)` in CoNLL style: punctuation split off, hyphenated words kept whole
 * ("Noord-Korea", and "Noord-" before "en"), abbreviations keep their period, and in languages whose
 * corpus does so a possessive "'s" becomes its own token. Offsets are relative to `line`'s string.
 */
export function tokenizeLine(line: string, from: number, to: number, lang: string, sets: LanguageSets): RawToken[] {
  const segs = wordSegments(line, from, to, lang);
  const out: RawToken[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    let start = seg.start;
    let end = seg.end;
    if (seg.word) {
      // Join word-hyphen-word chains that touch: "Frank-Walter", "al-Bashir", "six-month".
      for (;;) {
        const h = segs[i + 1];
        const w = segs[i + 2];
        if (h && w && w.word && h.start === end && w.start === h.end && HYPHENS.has(line.slice(h.start, h.end))) {
          end = w.end;
          i += 2;
        } else break;
      }
      const next = segs[i + 1];
      if (next && next.start === end && !next.word) {
        const p = line.slice(next.start, next.end);
        const after = segs[i + 2];
        const spaceAfter = !after || after.start > next.end;
        if (HYPHENS.has(p) && spaceAfter) {
          end = next.end; // "Noord- en Zuid-Korea"
          i += 1;
        } else if (p === '.' && takesPeriod(line.slice(start, end), sets)) {
          end = next.end;
          i += 1;
        }
      }
      if (sets.data.splitPossessive && mayEndInPossessive(line, start, end)) {
        const m = POSSESSIVE.exec(line.slice(start, end));
        if (m && m[1] && m[2]) {
          out.push({ start, end: start + m[1].length });
          start += m[1].length;
        }
      }
    }
    out.push({ start, end });
  }
  return out;
}
