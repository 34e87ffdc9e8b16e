// Reading a sentence's lowercased tokens for the words around speech: titles before a name, a speech verb
// after its particles, an attribution marker. Shared by the quotation rules and the unnamed-speaker rules.
import type { LanguageSets } from '../lang/index.ts';

const at = (lows: readonly string[], i: number): string => lows[i] ?? '';

/** Past the titles at token i ("Mr", "dhr."): the token where the name would start. */
export function skipTitles(sets: LanguageSets, lows: readonly string[], i: number): number {
  let j = i;
  while (sets.honorifics.has(at(lows, j))) j += 1;
  return j;
}

// "heeft gisteren tegen journalisten in Tokio gezegd": words between a perfect's auxiliary and its participle.
const MAX_MIDDLE_FIELD = 8;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The speech verb at token i or after particles there ("also said", "voegde eraan toe"), or -1. A perfect
 * counts (`perfectAuxiliaries`, `speechPastParticiples`): "heeft (gisteren) gezegd" gives the participle,
 * "gezegd heeft" (a subordinate clause) the auxiliary.
 */
export function verbFrom(sets: LanguageSets, lows: readonly string[], i: number): number {
  let v = i;
  while (sets.speechParticles.has(at(lows, v))) v += 1;
  const w = at(lows, v);
  if (sets.speechVerbs.has(w)) return v;
  if (sets.perfectAuxiliaries.has(w)) return participleAfter(sets, lows, v);
  return sets.speechPastParticiples.has(w) && sets.perfectAuxiliaries.has(at(lows, v + 1)) ? v + 1 : -1;
}

/** The speech participle that completes the perfect whose auxiliary is token `aux`, past a few words of adverbial, or -1. */
export function participleAfter(sets: LanguageSets, lows: readonly string[], aux: number): number {
  for (let j = aux + 1; j < lows.length && j - aux <= MAX_MIDDLE_FIELD; j++) {
    const w = lows[j]!;
    if (sets.speechPastParticiples.has(w)) return j;
    if (!WORD.test(w) || sets.complementizers.has(w) || sets.clauseRelatives.has(w) || sets.speechVerbs.has(w)) return -1;
  }
  return -1;
}

/** Whether the speech verb at token v is a perfect (reached through its auxiliary): its statement needs a "that" or a colon. */
export function isPerfect(sets: LanguageSets, lows: readonly string[], v: number): boolean {
  return !sets.speechVerbs.has(at(lows, v)) && (sets.speechPastParticiples.has(at(lows, v)) || sets.perfectAuxiliaries.has(at(lows, v)));
}

/** The token after an attribution marker ("according to", "volgens") that starts at token i, or -1. */
export function markerEnd(sets: LanguageSets, lows: readonly string[], i: number): number {
  for (const words of sets.markerWords) {
    if (words.every((w, k) => at(lows, i + k) === w)) return i + words.length;
  }
  return -1;
}
