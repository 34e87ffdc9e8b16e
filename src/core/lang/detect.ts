import { LANGUAGES } from './index.ts';

// About 500 words tell the languages apart reliably (a sixth of them are stop words); reading further only
// costs time on long pages.
const SAMPLE_CHARS = 3_000;
// Below this share of stop words no language's profile fits: the text is in some other language.
const MIN_STOPWORD_SHARE = 0.08;
// A hint is trusted when its language scores at least this fraction of the best language's score:
// short bilingual snippets ("EU", "Brexit") should not overrule a page's own declaration.
const HINT_AGREEMENT = 0.6;
// Texts shorter than this many words carry too little evidence to overrule a hint.
const MIN_WORDS_TO_OVERRULE = 5;

let wordIndex: Map<string, string[]> | null = null;

/** Stop word → the languages it belongs to, built once. */
function languagesOfWord(): Map<string, string[]> {
  if (!wordIndex) {
    wordIndex = new Map();
    for (const lang of LANGUAGES) {
      for (const w of new Set(lang.stopWords)) wordIndex.set(w, [...(wordIndex.get(w) ?? []), lang.code]);
    }
  }
  return wordIndex;
}

function primaryTag(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const p = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) ? p : null;
}

/**
 * The primary language subtag of `text` ("nl", "en", "de", "fr", "es"), or "und" when the text fits none
 * of the known languages and there is no hint. A hint (from the page's lang attribute) is trusted when the
 * text agrees with it or is too short to judge; languages we have no word list for are trusted as given.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const hinted = primaryTag(hint);
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const scores = new Map<string, number>();
  for (const lang of LANGUAGES) scores.set(lang.code, 0);
  for (const word of words) {
    for (const code of languagesOfWord().get(word) ?? []) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  let best = 'und';
  let bestScore = 0;
  for (const lang of LANGUAGES) {
    const s = scores.get(lang.code) ?? 0;
    if (s > bestScore) { best = lang.code; bestScore = s; }
  }
  const fits = words.length > 0 && bestScore / words.length >= MIN_STOPWORD_SHARE;
  if (hinted) {
    if (words.length < MIN_WORDS_TO_OVERRULE) return hinted;
    if (!scores.has(hinted)) return fits ? best : hinted;
    if ((scores.get(hinted) ?? 0) >= HINT_AGREEMENT * bestScore) return hinted;
  }
  return fits ? best : 'und';
}
