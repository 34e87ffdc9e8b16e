import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import { isLowercaseWord } from '../text/letters.ts';
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
/** A possessive token ("'s", "’s") or a bare apostrophe ("Jobs' "). */
export const POSSESSIVE = /^['’]s?$/u;
/** An age written beside a name (", 45,"). */
export const AGE = /^\d{1,3}$/;
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
    // Any word is capitalised at the start of a sentence ("Later staff writer X"): there it must be a
    // modifier, or a name before a capitalised word ("Whole Foods co-founder", "Tesla CEO").
    const initialName = k - 1 === 0 && isCapitalisedName(prev, sets) && !sets.stopWords.has(prev.text.toLowerCase()) && CAPITALISED.test(toks[k]!.text);
    if (isRoleModifier(prev.text, sets) || (k - 1 > 0 && isCapitalisedName(prev, sets)) || initialName) { k -= 1; continue; }
    // "co-founder and CEO": two roles joined.
    if (k > 1 && sets.coordinators.has(prev.text) && isRoleNoun(toks[k - 2]!.text, sets)) { k -= 2; continue; }
    // "the BBC's North America editor": a possessive with its owner.
    if (POSSESSIVE.test(prev.text) && k > 1 && isCapitalisedName(toks[k - 2]!, sets)) { k -= 2; continue; }
    break;
  }
  return k;
}

/**
 * Where a role's complement that starts at token `at` ends: a role preposition and then a name, possibly
 * with articles and connecting words ("of the Brookings Institution", "van Volksgezondheid", "at the Center
 * for Health and Human Rights at Harvard University"). It stops at the first word that is no part of a
 * name ("whose research…", "covering…"). `at` itself when there is no such complement.
 */
function complementEnd(toks: readonly Token[], at: number, sets: LanguageSets): number {
  if (!sets.rolePrepositions.has(toks[at]?.text.toLowerCase() ?? '')) return at;
  const joins = (t: Token | undefined) => t !== undefined && (sets.determiners.has(t.text.toLowerCase()) || sets.nameConnectors.has(t.text.toLowerCase()));
  let end = at;
  for (let i = at + 1; i < toks.length && i - at <= MAX_ROLE_WORDS_AFTER; i++) {
    const t = toks[i]!;
    if (CAPITALISED.test(t.text)) { end = i + 1; continue; }
    // "member of Hori Parata's whale recovery team": a possessive name owns the noun phrase after it.
    if (POSSESSIVE.test(t.text) && end === i) {
      let k = i + 1;
      while (k < toks.length && k - at <= MAX_ROLE_WORDS_AFTER && isLowercaseWord(toks[k]!.text) && !sets.stopWords.has(toks[k]!.text)) k += 1;
      if (k > i + 1) end = k;
      break;
    }
    // An article or connector only counts when a name follows it.
    if (joins(t) && (CAPITALISED.test(toks[i + 1]?.text ?? '') || joins(toks[i + 1]))) continue;
    break;
  }
  return end;
}

// "minister van Binnenlandse Zaken": a role's complement before the name is at most this many words.
const MAX_COMPLEMENT_BEFORE = 3;

/**
 * The role noun before a complement that ends at token `end` just before a name ("Secretary" of "Secretary
 * of State X"), or -1: capitalised words and connectors back to a role preposition, a role noun before it.
 */
function complementBefore(toks: readonly Token[], end: number, sets: LanguageSets): number {
  for (let k = end; k > 0 && end - k < MAX_COMPLEMENT_BEFORE; k--) {
    const w = toks[k]!.text;
    if (!CAPITALISED.test(w) && !sets.nameConnectors.has(w)) return -1;
    const prep = toks[k - 1]!.text;
    if (sets.rolePrepositions.has(prep) && k >= 2 && isRoleNoun(toks[k - 2]!.text, sets)) return k - 2;
  }
  return -1;
}

// ", who follows Amazon as a managing director at": the verb's object is at most this many words.
const MAX_WORDS_BEFORE_AS = 4;

/** In a relative clause from token `from`, the token after its "as" ("who works as a …"), or `from` when none comes first. */
function afterRoleAs(toks: readonly Token[], from: number, sets: LanguageSets): number {
  for (let k = from; k < toks.length && k - from <= MAX_WORDS_BEFORE_AS; k++) {
    const w = toks[k]!.text.toLowerCase();
    if (sets.roleAs.has(w)) return k + 1;
    if (CLAUSE_END.has(w)) break;
  }
  return from;
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
  const roleNounAtHead = head >= 0 && isRoleNoun(toks[head]!.text, sets);
  // Else the role noun before a complement that ends at `head` ("Secretary" of "Secretary of State X").
  const nounBeforeComplement = !roleNounAtHead && head >= 2 && CAPITALISED.test(toks[head]!.text) ? complementBefore(toks, head, sets) : -1;
  // Past a complement after the name ("Sen. Mitch McConnell of Kentucky, the Republican leader,"): where an
  // apposition after the name would start.
  let afterName = last;
  if (roleNounAtHead) {
    const role = span(text, sentence, extendLeft(toks, head, sets), head + 1, s);
    // "Minister Hugo de Jonge van Volksgezondheid": the role's complement follows the name. Not after an
    // abbreviated title: "Sen. X of Kentucky" names the senator's state, and "Sen. of Kentucky" is no role.
    const complement = complementEnd(toks, last, sets);
    if (complement > last && !role.text.endsWith('.')) role.text += ` ${span(text, sentence, last, complement, s).text}`;
    afterName = complement;
    out.push(role);
  } else if (nounBeforeComplement >= 0) {
    // "Secretary of State John Kornblum", "minister van Binnenlandse Zaken Otto Schily".
    out.push(span(text, sentence, extendLeft(toks, nounBeforeComplement, sets), head + 1, s));
  } else if (head >= 1 && toks[head]!.text === ',' && isRoleNoun(toks[head - 1]!.text, sets)) {
    const from = extendLeft(toks, head - 1, sets);
    const before = toks[from - 1]?.text.toLowerCase();
    // Only after an article or at the start: "said the priest, X" but not a list "leaders, X and Y".
    const owned = toks.slice(from, head).some((t) => POSSESSIVE.test(t.text));
    if (from === 0 || owned || (before !== undefined && (sets.determiners.has(before) || POSSESSIVE.test(before)))) {
      out.push(span(text, sentence, from, head, s));
    }
  }
  // After the name: ", [article] modifiers* ROLE [preposition ...]", or the same after "is"/"was", after an
  // age (", 45, a teacher") or in a relative clause (", who is a professor at …").
  const opener = toks[afterName]?.text;
  if (opener === ',' || (opener !== undefined && sets.copulas.has(opener.toLowerCase()))) {
    let i = afterName + 1;
    if (opener === ',' && AGE.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',') i += 2;
    if (opener === ',' && sets.relativePronouns.has(toks[i]?.text.toLowerCase() ?? '')) {
      if (sets.copulas.has(toks[i + 1]?.text.toLowerCase() ?? '')) i += 2;
      else i = afterRoleAs(toks, i + 1, sets);
    }
    if (i < toks.length && sets.determiners.has(toks[i]!.text.toLowerCase())) i += 1;
    const from = i;
    let headAt = -1;
    while (i < toks.length && i - from < MAX_ROLE_WORDS_BEFORE) {
      const t = toks[i]!.text;
      // The head is the last role noun of the run: "executive vice president".
      if (isRoleNoun(t, sets)) { headAt = i; i += 1; continue; }
      if (isRoleModifier(t, sets)) { i += 1; continue; }
      // "senior Treasury strategist at", "a White House spokesman": a name inside the role, which again
      // counts only when a role noun follows within the run.
      if (isCapitalisedName(toks[i]!, sets)) { i += 1; continue; }
      // "chief technical analyst at", "senior trade advisor to": a noun or adjective inside the role, when a
      // role noun follows within the run (without one, nothing is taken).
      if (isLowercaseWord(t) && !sets.stopWords.has(t) && !sets.nonEntityWords.has(t) && !sets.speechVerbs.has(t) && !sets.relativePronouns.has(t)) { i += 1; continue; }
      break;
    }
    if (headAt >= 0) {
      const to = complementEnd(toks, headAt + 1, sets);
      const after = toks[to]?.text;
      // Without a complement the role must end its clause: "Obama is the first president to visit" has none.
      if (to > headAt + 1 || after === undefined || CLAUSE_END.has(after)) out.push(span(text, sentence, from, to, s));
    }
  }
  return out;
}
