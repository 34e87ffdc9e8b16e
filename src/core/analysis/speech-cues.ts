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

/** The speech verb at token i or after particles there ("also said", "voegde eraan toe"), or -1. */
export function verbFrom(sets: LanguageSets, lows: readonly string[], i: number): number {
  let v = i;
  while (sets.speechParticles.has(at(lows, v))) v += 1;
  return sets.speechVerbs.has(at(lows, v)) ? v : -1;
}

/** The token after an attribution marker ("according to", "volgens") that starts at token i, or -1. */
export function markerEnd(sets: LanguageSets, lows: readonly string[], i: number): number {
  for (const words of sets.markerWords) {
    if (words.every((w, k) => at(lows, i + k) === w)) return i + words.length;
  }
  return -1;
}
