import type { LanguageSets } from '../lang/index.ts';
import { startsWithUppercase } from '../text/letters.ts';

// Compound matching ("bondspresident" ends in "president") is limited to heads this long, so that short
// nouns do not match inside unrelated words.
const MIN_COMPOUND_HEAD = 5;
const NATIONALITY_MIN_LENGTH = 4;

const compoundHeads = new Map<string, string[]>();
const personCompoundHeads = new Map<string, string[]>();
const pluralCompoundHeads = new Map<string, string[]>();

function compoundHeadsOf(words: readonly string[] | undefined, cache: Map<string, string[]>, sets: LanguageSets): string[] {
  let h = cache.get(sets.data.code);
  if (!h) {
    h = (words ?? []).filter((n) => n.length >= MIN_COMPOUND_HEAD);
    cache.set(sets.data.code, h);
  }
  return h;
}
const heads = (sets: LanguageSets) => compoundHeadsOf(sets.data.roleNouns, compoundHeads, sets);

// Quote and role finding ask about the same words many times per sentence, and a compound check scans
// every role noun: answers are kept per language (a profile showed these checks at a sixth of the analysis).
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<LanguageSets, Map<string, number>>();
const ROLE_NOUN = 1;
const ROLE_MODIFIER = 2;
// Whether a word names a person is asked only after a determiner in a sentence with a speech verb: it is
// worked out then, not for every word.
const PERSON_KNOWN = 4;
const PERSON_NOUN = 8;
const PLURAL = 16;

function classify(word: string, sets: LanguageSets): number {
  let memo = memos.get(sets);
  if (memo === undefined) memos.set(sets, (memo = new Map()));
  let kind = memo.get(word);
  if (kind === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const noun = roleNoun(word, sets);
    kind = (noun ? ROLE_NOUN : 0) | (noun || sets.roleModifiers.has(word.toLowerCase()) || isNationality(word, sets) ? ROLE_MODIFIER : 0);
    memo.set(word, kind);
  }
  return kind;
}

function classifyPerson(word: string, sets: LanguageSets): number {
  let kind = classify(word, sets);
  if ((kind & PERSON_KNOWN) === 0) {
    const noun = (kind & ROLE_NOUN) !== 0;
    const lower = word.toLowerCase();
    const plural = !noun && compoundOf(lower, sets.pluralPersonNouns, sets.data.pluralPersonNouns, pluralCompoundHeads, sets);
    const person = noun || plural || compoundOf(lower, sets.personNouns, sets.data.personNouns, personCompoundHeads, sets);
    kind |= PERSON_KNOWN | (person ? PERSON_NOUN : 0) | (plural ? PLURAL : 0);
    memos.get(sets)!.set(word, kind);
  }
  return kind;
}

// Words an employer role may have ("chief executive officer"): `employerRoles` in the language data.
export const MAX_EMPLOYER_ROLE_WORDS = 3;

/** "president", "Premier", "vicepresident", "oud-premier", "President-elect". */
export function isRoleNoun(word: string, sets: LanguageSets): boolean {
  return (classify(word, sets) & ROLE_NOUN) !== 0;
}

function roleNoun(word: string, sets: LanguageSets): boolean {
  const lower = word.toLowerCase();
  if (sets.roleNouns.has(lower)) return true;
  const parts = lower.split('-');
  if (parts.length > 1 && (sets.roleNouns.has(parts[parts.length - 1]!) || sets.roleNouns.has(parts[0]!))) return true;
  return sets.data.compoundRoles && heads(sets).some((h) => lower.endsWith(h));
}

/** A noun for a person: a role, or one of the language's person nouns ("resident", "buurtbewoner", "officials"). */
export function isPersonNoun(word: string, sets: LanguageSets): boolean {
  return (classifyPerson(word, sets) & PERSON_NOUN) !== 0;
}

/** A noun for more than one person ("officials", "buurtbewoners"). */
export function isPluralPersonNoun(word: string, sets: LanguageSets): boolean {
  return (classifyPerson(word, sets) & PLURAL) !== 0;
}

/** `lower` is in `words`, or with closed compounds ends in one of them. */
function compoundOf(lower: string, set: ReadonlySet<string>, words: readonly string[] | undefined, cache: Map<string, string[]>, sets: LanguageSets): boolean {
  if (set.has(lower)) return true;
  return sets.data.compoundRoles && compoundHeadsOf(words, cache, sets).some((h) => lower.endsWith(h));
}

/** "Amerikaanse", "Zuid-Koreaanse", "Tunisian": a capitalised word with a nationality ending. */
export function isNationality(word: string, sets: LanguageSets): boolean {
  if (word.length < NATIONALITY_MIN_LENGTH || !startsWithUppercase(word)) return false;
  const lower = word.toLowerCase();
  return sets.data.nationalitySuffixes.some((s) => lower.endsWith(s));
}

/** A word that may stand inside a role phrase before its head noun. */
export function isRoleModifier(word: string, sets: LanguageSets): boolean {
  return (classify(word, sets) & ROLE_MODIFIER) !== 0;
}

/**
 * Whether the word `word` of a person's role or title gives them the noun `noun` ("the governor" of "Gov.",
 * "de minister" of "zorgminister", "the spokesman" of "Navo-woordvoerder"): the noun itself, a title that
 * stands for it (`titleNouns`), or a compound role ending in it whose first part is no modifier and no role
 * of its own ("vicepresident", "oud-premier" and "minister-president" are no president, premier or president).
 */
export function roleGives(word: string, noun: string, sets: LanguageSets): boolean {
  if (word === noun || sets.titleNouns.get(word)?.includes(noun)) return true;
  if (word.length <= noun.length || !word.endsWith(noun) || !isRoleNoun(word, sets)) return false;
  const hyphen = word[word.length - noun.length - 1] === '-';
  if (!hyphen && !sets.data.compoundRoles) return false;
  const first = word.slice(0, word.length - noun.length - (hyphen ? 1 : 0));
  return first.length > 0 && !sets.roleModifiers.has(first) && !sets.roleModifiers.has(`${first}-`) && !isRoleNoun(first, sets);
}
