import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
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

/** Whether a sentence names a date: a year or a month name. */
function hasDate(sentence: Sentence, sets: LanguageSets): boolean {
  return sentence.tokens.some((t) => YEAR.test(t.text) || sets.months.has(t.text.toLowerCase()));
}

/**
 * The sentences that mention an entity, most informative first; `kinds` says why each ranks where it does.
 * Ties keep the article's order.
 */
export function rankFacts(text: string, sentences: readonly Sentence[], mentioned: readonly number[], roleSentences: ReadonlySet<number>, quoteSentences: ReadonlySet<number>, sets: LanguageSets): Fact[] {
  const unique = [...new Set(mentioned)].sort((a, b) => a - b);
  const scored = unique.map((s, order) => {
    const sentence = sentences[s]!;
    const kinds: FactKind[] = [];
    if (order === 0) kinds.push('first-mention');
    if (roleSentences.has(s)) kinds.push('role');
    if (quoteSentences.has(s)) kinds.push('quote');
    if (sentence.tokens.some((t) => NUMBER.test(t.text))) kinds.push('number');
    if (hasDate(sentence, sets)) kinds.push('date');
    let score = kinds.reduce((sum, k) => sum + WEIGHT[k], 0);
    if (sentence.tokens.length < SHORT_SENTENCE_TOKENS) score -= SHORT_PENALTY;
    const body = visible(text.slice(sentence.start, sentence.end)).replace(/\s+/g, ' ');
    return { score, order, fact: { text: body, sentence: body, start: sentence.start, end: sentence.end, kinds } };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_FACTS).map((s) => s.fact);
}
