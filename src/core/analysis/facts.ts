import type { LanguageSets } from '../lang/index.ts';
import type { Fact, Sentence } from '../types.ts';

// Weights of what makes a sentence informative on a card. The first mention usually introduces the
// entity, a role says who it is, a quote what it said; numbers and dates make a sentence concrete.
const WEIGHT = { 'first-mention': 3, role: 3, quote: 2, number: 1, date: 1 } as const;
// Headlines, datelines and labels ("Bron: DPA") say little; sentences this short rank last.
const SHORT_SENTENCE_TOKENS = 5;
const SHORT_PENALTY = 4;
/** Facts per entity: a card shows a handful, and the rest only costs memory. */
export const MAX_FACTS = 12;
const NUMBER = /\p{N}/u;
const YEAR = /\b(1[6-9]|20)\d\d\b/;

export type FactKind = keyof typeof WEIGHT;

/** What a sentence offers whichever entity it mentions: numbers, dates, enough words to say something. */
export interface SentenceTraits {
  text: string;
  number: boolean;
  date: boolean;
  short: boolean;
}

/** Computed once per article, not once per entity. `texts` are the sentences' visible texts. */
export function sentenceTraits(sentences: readonly Sentence[], texts: readonly string[], sets: LanguageSets): SentenceTraits[] {
  const month = monthPattern(sets);
  return sentences.map((sentence, i) => {
    const text = texts[i]!;
    const number = NUMBER.test(text);
    return {
      text,
      number,
      date: number && (YEAR.test(text) || (month !== null && month.test(text))),
      short: sentence.tokens.length < SHORT_SENTENCE_TOKENS,
    };
  });
}

const monthPatterns = new Map<string, RegExp | null>();

/**
 * One pattern for a month name next to a day or year ("7 februari", "May 5", "March 2017"): one scan per
 * sentence. A month name alone is no date ("he may go").
 */
function monthPattern(sets: LanguageSets): RegExp | null {
  if (!monthPatterns.has(sets.data.code)) {
    const months = sets.data.months;
    monthPatterns.set(sets.data.code, months.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.?\\s+(?:${months.join('|')})|(?:${months.join('|')})\\.?\\s+\\d{1,4})(?![\\p{L}\\p{N}])`, 'iu'));
  }
  return monthPatterns.get(sets.data.code) ?? null;
}

/**
 * The sentences that mention an entity, most informative first; `kinds` says why each ranks where it does.
 * Ties keep the article's order.
 */
export function rankFacts(sentences: readonly Sentence[], traits: readonly SentenceTraits[], mentioned: readonly number[], roleSentences: ReadonlySet<number>, quoteSentences: ReadonlySet<number>): Fact[] {
  const unique = [...new Set(mentioned)].sort((a, b) => a - b);
  const scored = unique.map((s, order) => {
    const sentence = sentences[s]!;
    const trait = traits[s]!;
    const kinds: FactKind[] = [];
    if (order === 0) kinds.push('first-mention');
    if (roleSentences.has(s)) kinds.push('role');
    if (quoteSentences.has(s)) kinds.push('quote');
    if (trait.number) kinds.push('number');
    if (trait.date) kinds.push('date');
    let score = kinds.reduce((sum, k) => sum + WEIGHT[k], 0);
    if (trait.short) score -= SHORT_PENALTY;
    return { score, order, fact: { text: trait.text, sentence: trait.text, start: sentence.start, end: sentence.end, kinds } };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_FACTS).map((s) => s.fact);
}
