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

let wordIndex: Map<string, number[]> | null = null;

/** Stop word → the languages it belongs to (indices into LANGUAGES), built once. */
function languagesOfWord(): Map<string, number[]> {
  if (!wordIndex) {
    wordIndex = new Map();
    LANGUAGES.forEach((lang, l) => {
      for (const w of new Set(lang.stopWords)) wordIndex!.set(w, [...(wordIndex!.get(w) ?? []), l]);
    });
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
  // Scores by index into LANGUAGES: a Map keyed by language code cost two lookups per stop word read.
  const scores = new Int32Array(LANGUAGES.length);
  const index = languagesOfWord();
  for (const word of words) {
    const langs = index.get(word);
    if (langs !== undefined) for (const l of langs) scores[l]! += 1;
  }
  let best = 'und';
  let bestScore = 0;
  LANGUAGES.forEach((lang, l) => {
    const s = scores[l]!;
    if (s > bestScore) { best = lang.code; bestScore = s; }
  });
  const fits = words.length > 0 && bestScore / words.length >= MIN_STOPWORD_SHARE;
  if (hinted) {
    if (words.length < MIN_WORDS_TO_OVERRULE) return hinted;
    const h = LANGUAGES.findIndex((lang) => lang.code === hinted);
    if (h < 0) return fits ? best : hinted;
    if (scores[h]! >= HINT_AGREEMENT * bestScore) return hinted;
  }
  return fits ? best : 'und';
}
