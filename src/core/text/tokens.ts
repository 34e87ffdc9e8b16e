import type { LanguageSets } from '../lang/index.ts';
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

/**
 * Words and punctuation of a space-delimited script, by the main rules of UAX #29 that Intl.Segmenter
 * applies: letters, marks and digits run together, and so do runs joined by an apostrophe or a period
 * between letters ("it's", "U.S") or a comma between digits ("1,000"). Intl.Segmenter's word pass costs
 * 2.4–4 ms per 800 words in Node (measured on nytimes-1), most of the analysis budget; this costs 0.15 ms.
 */
const WORD_OR_MARK = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:(?:['’.\u00B7\u2027]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}\p{Pc}]/u;
/** Scripts written without spaces between words need the dictionary-based Intl.Segmenter. */
// Thai, Lao, Tibetan, Myanmar, Khmer, CJK with kana, CJK compatibility, halfwidth kana, and the astral CJK
// planes (by their high surrogates). Plain ranges: a Script= property class costs ten times more per line.
const UNSPACED_SCRIPT = /[\u0E00-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;

function wordSegments(line: string, from: number, to: number, lang: string): Segment[] {
  const text = line.slice(from, to);
  const segs: Segment[] = [];
  if (UNSPACED_SCRIPT.test(text)) {
    for (const w of segmentWindows(line, from, to)) {
      for (const seg of segmenter(lang, 'word').segment(line.slice(w.from, w.to))) {
        if (!seg.isWordLike && seg.segment.trim() === '') continue;
        segs.push({ start: w.from + seg.index, end: w.from + seg.index + seg.segment.length, word: seg.isWordLike === true });
      }
    }
    return segs;
  }
  WORD_OR_MARK.lastIndex = 0;
  for (let m = WORD_OR_MARK.exec(text); m; m = WORD_OR_MARK.exec(text)) {
    segs.push({ start: from + m.index, end: from + m.index + m[0].length, word: WORD_START.test(m[0]) });
  }
  return segs;
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
      if (sets.data.splitPossessive) {
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
