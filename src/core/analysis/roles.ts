import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import type { Sentence, Token } from '../types.ts';
import { isRoleModifier, isRoleNoun } from './role-words.ts';

/** A role phrase found next to a name, with the sentence it came from. */
export interface FoundRole {
  text: string;
  sentenceIndex: number;
  start: number;
  end: number;
}

// A role before a name rarely runs longer than "BBC's North America editor"; longer runs are sentences.
const MAX_ROLE_WORDS_BEFORE = 6;
// "senior fellow at the François-Xavier Bagnoud Center for Health and Human Rights at Harvard University".
const MAX_ROLE_WORDS_AFTER = 18;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/u;
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', "'", '–', '—']);

function isCapitalisedName(tok: Token, sets: LanguageSets): boolean {
  const lower = tok.text.toLowerCase();
  return CAPITALISED.test(tok.text) && !sets.nonEntityWords.has(lower) && !sets.determiners.has(lower);
}

/** Walks left from the role noun at `head` over modifiers, nationalities and proper nouns. */
function extendLeft(toks: readonly Token[], head: number, sets: LanguageSets): number {
  let k = head;
  while (k > 0 && head - k + 1 < MAX_ROLE_WORDS_BEFORE) {
    const prev = toks[k - 1]!;
    if (sets.determiners.has(prev.text.toLowerCase())) break;
    // Any word is capitalised at the start of a sentence ("Later staff writer X"): there it must be a modifier.
    if (isRoleModifier(prev.text, sets) || (k - 1 > 0 && isCapitalisedName(prev, sets))) { k -= 1; continue; }
    // "the BBC's North America editor": a possessive with its owner.
    if (POSSESSIVE.test(prev.text) && k > 1 && isCapitalisedName(toks[k - 2]!, sets)) { k -= 2; continue; }
    break;
  }
  return k;
}

/**
 * The end of "van Volksgezondheid" / "of the Interior" after a name at [.., last): a role preposition, an
 * optional article and capitalised words; `last` itself when there is none.
 */
function nameComplement(toks: readonly Token[], last: number, sets: LanguageSets): number {
  if (!sets.rolePrepositions.has(toks[last]?.text.toLowerCase() ?? '')) return last;
  let i = last + 1;
  if (sets.determiners.has(toks[i]?.text.toLowerCase() ?? '')) i += 1;
  const from = i;
  while (i < toks.length && i - from < MAX_ROLE_WORDS_BEFORE && CAPITALISED.test(toks[i]!.text)) i += 1;
  return i > from ? i : last;
}

function span(text: string, sentence: Sentence, from: number, to: number, s: number): FoundRole {
  const start = sentence.tokens[from]!.start;
  const end = sentence.tokens[to - 1]!.end;
  return { text: visible(text.slice(start, end)).replace(/\s+/g, ' '), sentenceIndex: s, start, end };
}

/**
 * Roles written in apposition to the name at tokens [first, last) of sentence `s`:
 * before it ("de Amerikaanse vicepresident Mike Pence", "opposition leader Morgan Tsvangirai"),
 * after it ("Martin Indyk, executive vice president of the Brookings Institution", "Mike Pence, de
 * vicepresident van de VS"), or before it with a comma ("The priest, Fidelis Mukonori").
 */
export function findRoles(text: string, sentences: readonly Sentence[], s: number, first: number, last: number, sets: LanguageSets): FoundRole[] {
  const sentence = sentences[s];
  if (!sentence) return [];
  const toks = sentence.tokens;
  const out: FoundRole[] = [];
  // Before the name, skipping a title the tagger left out ("President Mr. X" is rare; "Mr." alone is no role).
  let head = first - 1;
  while (head >= 0 && sets.honorifics.has(toks[head]!.text.toLowerCase())) head -= 1;
  if (head >= 0 && isRoleNoun(toks[head]!.text, sets)) {
    const role = span(text, sentence, extendLeft(toks, head, sets), head + 1, s);
    // "Minister Hugo de Jonge van Volksgezondheid": the role's complement follows the name.
    const complement = nameComplement(toks, last, sets);
    if (complement > last) role.text += ` ${span(text, sentence, last, complement, s).text}`;
    out.push(role);
  } else if (head >= 1 && toks[head]!.text === ',' && isRoleNoun(toks[head - 1]!.text, sets)) {
    const from = extendLeft(toks, head - 1, sets);
    const before = toks[from - 1]?.text.toLowerCase();
    // Only after an article or at the start: "said the priest, X" but not a list "leaders, X and Y".
    const owned = toks.slice(from, head).some((t) => POSSESSIVE.test(t.text));
    if (from === 0 || owned || (before !== undefined && (sets.determiners.has(before) || POSSESSIVE.test(before)))) {
      out.push(span(text, sentence, from, head, s));
    }
  }
  // After the name: ", [article] modifiers* ROLE [preposition ...]", or the same after "is"/"was".
  const opener = toks[last]?.text;
  if (opener === ',' || (opener !== undefined && sets.copulas.has(opener.toLowerCase()))) {
    let i = last + 1;
    if (i < toks.length && sets.determiners.has(toks[i]!.text.toLowerCase())) i += 1;
    const from = i;
    let headAt = -1;
    while (i < toks.length && i - from < MAX_ROLE_WORDS_BEFORE) {
      const t = toks[i]!.text;
      // The head is the last role noun of the run: "executive vice president".
      if (isRoleNoun(t, sets)) { headAt = i; i += 1; continue; }
      if (isRoleModifier(t, sets)) { i += 1; continue; }
      break;
    }
    if (headAt >= 0) {
      let to = headAt + 1;
      const next = toks[to]?.text.toLowerCase();
      if (next !== undefined && sets.rolePrepositions.has(next)) {
        let j = to + 1;
        while (j < toks.length && j - to < MAX_ROLE_WORDS_AFTER && !CLAUSE_END.has(toks[j]!.text)) j += 1;
        if (j > to + 1) to = j;
      }
      const after = toks[to]?.text;
      if (after === undefined || CLAUSE_END.has(after)) out.push(span(text, sentence, from, to, s));
    }
  }
  return out;
}
