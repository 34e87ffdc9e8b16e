import type { LanguageSets } from '../lang/index.ts';

// Compound matching ("bondspresident" ends in "president") is limited to heads this long, so that short
// nouns do not match inside unrelated words.
const MIN_COMPOUND_HEAD = 5;
const NATIONALITY_MIN_LENGTH = 4;
const CAPITALISED = /^\p{Lu}/u;

const compoundHeads = new Map<string, string[]>();

function heads(sets: LanguageSets): string[] {
  let h = compoundHeads.get(sets.data.code);
  if (!h) {
    h = sets.data.roleNouns.filter((n) => n.length >= MIN_COMPOUND_HEAD);
    compoundHeads.set(sets.data.code, h);
  }
  return h;
}

/** "president", "Premier", "vicepresident", "oud-premier", "President-elect". */
export function isRoleNoun(word: string, sets: LanguageSets): boolean {
  const lower = word.toLowerCase();
  if (sets.roleNouns.has(lower)) return true;
  const parts = lower.split('-');
  if (parts.length > 1 && (sets.roleNouns.has(parts[parts.length - 1]!) || sets.roleNouns.has(parts[0]!))) return true;
  return sets.data.compoundRoles && heads(sets).some((h) => lower.endsWith(h));
}

/** "Amerikaanse", "Zuid-Koreaanse", "Tunisian": a capitalised word with a nationality ending. */
export function isNationality(word: string, sets: LanguageSets): boolean {
  if (word.length < NATIONALITY_MIN_LENGTH || !CAPITALISED.test(word)) return false;
  const lower = word.toLowerCase();
  return sets.data.nationalitySuffixes.some((s) => lower.endsWith(s));
}

/** A word that may stand inside a role phrase before its head noun. */
export function isRoleModifier(word: string, sets: LanguageSets): boolean {
  const lower = word.toLowerCase();
  return sets.roleModifiers.has(lower) || isNationality(word, sets) || isRoleNoun(word, sets);
}
