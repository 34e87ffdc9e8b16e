import { hashString, mix } from './hash';

/** What the features need to know about one word form, computed once per distinct form. */
export interface TokenInfo {
  /** The form after normalising typography (quotes, dashes, soft hyphens). */
  form: string;
  word: number;
  lower: number;
  /** Hash of the title-cased form, for looking up all-caps words in the gazetteer. */
  title: number;
  shape: number;
  /** Hashes of the lowercased prefixes and suffixes of length 1..4; 0 where the word is shorter. */
  affixes: Int32Array;
  initialCapital: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  /** The features that depend on this word alone, filled in by the feature extractor on first use. */
  own: Int32Array | null;
  /**
   * The tagger's weight sums for this word at each offset from a token (see word-scores.ts), filled in on
   * first use. Model-specific: a TokenInfoCache serves one tagger.
   */
  scores: Int32Array | null;
}

export const AFFIX_LENGTHS = 4;

// Typography that web text uses and the CoNLL corpora do not: map it to the corpora's form.
const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ',
};
// Soft hyphens and zero-width characters are invisible on the page; drop them.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u2032\u00b4`\u201c\u201d\u201e\u00ab\u00bb\u2033\u2010-\u2014\u2212\u00a0]/g;

export function normalizeToken(token: string): string {
  let s = token.replace(INVISIBLE, '');
  s = s.replace(TYPOGRAPHIC, (c) => TYPOGRAPHY[c] ?? c);
  // "Amerika's" with a typographic apostrophe becomes the corpus form; "''" (LaTeX-style) becomes one quote.
  if (s === "''") s = '"';
  return s.length > 0 ? s : token;
}

const enum CharClass { Upper = 1, Lower = 2, Digit = 3 }

function charClass(c: string, code: number): number {
  if (code >= 48 && code <= 57) return CharClass.Digit;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper) return c === upper ? CharClass.Upper : CharClass.Lower;
  // Punctuation and symbols stand for themselves in the shape.
  return 16 + code;
}

export function computeTokenInfo(raw: string): TokenInfo {
  const form = normalizeToken(raw);
  const lowerForm = form.toLowerCase();
  let shape = 0x2f3a1b7;
  let previousClass = 0;
  let uppers = 0;
  let lowers = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form[i] as string;
    const cls = charClass(c, form.charCodeAt(i));
    if (cls === CharClass.Upper) uppers++;
    else if (cls === CharClass.Lower) lowers++;
    // Runs of one class collapse: "Noord-Korea" -> Xx-Xx, "1.000" -> d.d.
    if (cls !== previousClass) shape = mix(shape, cls);
    previousClass = cls;
  }
  const affixes = new Int32Array(AFFIX_LENGTHS * 2);
  for (let n = 1; n <= AFFIX_LENGTHS && n <= lowerForm.length; n++) {
    affixes[n - 1] = mix(n, hashString(lowerForm.slice(0, n))) | 1;
    affixes[AFFIX_LENGTHS + n - 1] = mix(n + 8, hashString(lowerForm.slice(lowerForm.length - n))) | 1;
  }
  const first = form.charAt(0);
  const initialCapital = first !== first.toLowerCase();
  const allCaps = uppers > 0 && lowers === 0;
  const title = allCaps && form.length > 1 ? form.charAt(0) + lowerForm.slice(1) : form;
  return {
    form,
    word: hashString(form),
    lower: hashString(lowerForm),
    title: hashString(title),
    shape,
    affixes,
    initialCapital,
    allCaps,
    hasLetter: uppers + lowers > 0,
    own: null,
    scores: null,
  };
}

/** Caches TokenInfo per raw form; articles repeat most of their words. */
export class TokenInfoCache {
  private readonly cache = new Map<string, TokenInfo>();
  constructor(private readonly limit = 200_000) {}

  get(raw: string): TokenInfo {
    let info = this.cache.get(raw);
    if (info === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      info = computeTokenInfo(raw);
      this.cache.set(raw, info);
    }
    return info;
  }
}
