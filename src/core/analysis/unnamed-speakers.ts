import type { LanguageSets } from '../lang/index.ts';
import { isPunctuation, startsWithUppercase } from '../text/letters.ts';
import type { Token } from '../types.ts';
import { isPersonNoun, isPluralPersonNoun } from './role-words.ts';
import { markerEnd, participleAfter, skipTitles, verbFrom } from './speech-cues.ts';
import { AGE, POSSESSIVE } from './roles.ts';
import { QUOTE_TOKEN } from './quote-marks.ts';

/**
 * A speaker the article describes but does not name: "One elderly man, who declined to give his name, said",
 * "A spokeswoman for the ministry said", "zei een buurtbewoner", "volgens een woordvoerder".
 */
export interface UnnamedSpeaker {
  /** The token of the determiner that opens the noun phrase ("One" of "One elderly man"). */
  first: number;
  /** The token of the noun for the person ("man"). */
  noun: number;
  /**
   * Before its verb: the token after the phrase and a clause in commas after it, where the verb (or a
   * particle before it) stands. After its verb or marker: the token after the noun and its complement.
   */
  end: number;
  /** The speech verb or the attribution marker's first token. */
  verb: number;
  /** After its verb or marker ("said a spokesman", "volgens een woordvoerder") rather than before it. */
  inverted: boolean;
}

/** One sentence and what is known about its tokens. */
export interface UnnamedSentence {
  sets: LanguageSets;
  tokens: readonly Token[];
  /** The tokens lowercased. */
  lows: readonly string[];
  /** Whether a person mention starts at token i; whether one ends just before token i. */
  personStartsAt: (i: number) => boolean;
  personEndsBefore: (i: number) => boolean;
  /** Whether a name of any type starts at token i. */
  nameStartsAt: (i: number) => boolean;
  /**
   * Where the person the determiner at token i gives a name ends ("the president" of an article that calls
   * Trump the president, "the 26-year-old O'Brien"), or -1 when it gives none.
   */
  namedEnd: (i: number) => number;
}

type Reader = UnnamedSentence;

// "a senior White House official": words between the determiner and the noun for the person.
const MAX_MODIFIERS = 4;
// "a spokeswoman for the Ministry of Foreign Affairs said": words between that noun and the verb.
const MAX_AFTER_NOUN = 8;
// "One elderly man, who declined to give his name, said": the clause in commas before the verb.
const MAX_CLAUSE = 10;
// A clause in commas ends at its comma; these marks end the sentence's clause or open a quotation.
const CLAUSE_BREAK = /^[.;:!?"“”„«»]$/u;

/** The words an unnamed speaker is looked for at: determiners, speech verbs and the markers' first words. */
const cuesCache = new WeakMap<LanguageSets, ReadonlySet<string>>();
function cuesOf(sets: LanguageSets): ReadonlySet<string> {
  let cues = cuesCache.get(sets);
  if (cues === undefined) {
    cues = new Set([...sets.determiners, ...sets.indefiniteDeterminers, ...sets.speechVerbs, ...sets.perfectAuxiliaries, ...sets.markerWords.map((m) => m[0]!)]);
    cuesCache.set(sets, cues);
  }
  return cues;
}

const lower = (r: Reader, i: number): string => r.lows[i] ?? '';
const opens = (r: Reader, i: number): boolean => r.sets.determiners.has(lower(r, i)) || r.sets.indefiniteDeterminers.has(lower(r, i));

/**
 * The noun for a person in the phrase the determiner at token d opens ("man" of "one elderly man",
 * "spokesman" of "the ministry's spokesman", "bewoners" of "een van de bewoners"), or -1: a phrase with a
 * person's name, a pronoun or punctuation before its noun is none, and a noun written with a capital is a
 * name ("De Boer", "de Visser"). Of two nouns in a row the last ("chief spokesman"), and the one after a
 * possessive ("the president's wife"). Without a determiner, the plural noun of a bare phrase (bareNounAt).
 */
function nounAt(r: Reader, d: number): number {
  const { sets, tokens } = r;
  if (r.personStartsAt(d)) return -1;
  if (!opens(r, d)) return bareNounAt(r, d);
  let k = d + 1;
  // "one of the protesters", "een van de bewoners".
  if (sets.rolePrepositions.has(lower(r, k)) && sets.determiners.has(lower(r, k + 1))) k += 2;
  for (; k < tokens.length && k - d <= MAX_MODIFIERS + 1; k++) {
    const t = tokens[k]!.text;
    if (POSSESSIVE.test(t)) continue;
    if (endsPhrase(r, k)) return -1;
    // A name: "the 26-year-old O'Brien"; a noun written with a capital is one too.
    if (startsWithUppercase(t)) {
      if (r.personStartsAt(k)) return -1;
      continue;
    }
    if (isPersonNoun(t, sets) && !nounGoesOn(r, k)) return k;
  }
  return -1;
}

/** A word no noun phrase for a person goes on over: a function word, a determiner, a speech verb, a pronoun, punctuation. */
function endsPhrase(r: Reader, k: number): boolean {
  const { sets } = r;
  const w = r.lows[k]!;
  return sets.stopWords.has(w) || sets.determiners.has(w) || sets.speechVerbs.has(w) || sets.personPronouns.has(w) || isPunctuation(r.tokens[k]!.text);
}

/** Whether the noun at token k is not the phrase's head: a possessive follows ("the president's wife") or a second noun ("chief spokesman"). */
function nounGoesOn(r: Reader, k: number): boolean {
  const next = r.tokens[k + 1]?.text ?? '';
  return POSSESSIVE.test(next) || (!startsWithUppercase(next) && isPersonNoun(next, r.sets));
}

/**
 * The noun of a phrase without a determiner for more than one person at token d ("Officials", "Israeli
 * officials", "Police", "Getuigen", "Analisten"), or -1: at most four modifiers (capitalised or not) and a
 * plural noun for people, capitalised or not. A singular noun there is a title before a name ("Police
 * spokesman Roger Grimwade"), not an unnamed speaker.
 */
function bareNounAt(r: Reader, d: number): number {
  const { sets, tokens } = r;
  for (let k = d; k < tokens.length && k - d <= MAX_MODIFIERS; k++) {
    const t = tokens[k]!.text;
    // Most words here are function words: asked first, as this is asked at every comma of a sentence with speech.
    if (sets.stopWords.has(r.lows[k]!)) return -1;
    if (POSSESSIVE.test(t)) continue;
    if (isPluralPersonNoun(t, sets) && !nounGoesOn(r, k)) return k;
    if (endsPhrase(r, k)) return -1;
    if (startsWithUppercase(t)) {
      if (r.personStartsAt(k)) return -1;
      continue;
    }
    if (isPersonNoun(t, sets) && !nounGoesOn(r, k)) return -1;
  }
  return -1;
}

/**
 * Whether a phrase without a determiner may start at token i: at the sentence's start, or after punctuation
 * (a quotation's comma: '"…," officials said'), a coordinator or a complementizer.
 */
function bareStart(r: Reader, i: number): boolean {
  if (i === 0) return true;
  const w = r.lows[i - 1]!;
  // Not after a possessive's bare apostrophe ("Jobs' aides").
  return (isPunctuation(w) && w !== "'" && w !== '’') || r.sets.coordinators.has(w) || r.sets.complementizers.has(w);
}

/**
 * Whether a name at token j, after the noun, is the speaker's own: right after a word of the phrase ("the
 * director of the camp Lajos Horvath told") rather than inside a complement ("a spokesman for Trump").
 */
function namesSpeaker(r: Reader, j: number): boolean {
  const before = lower(r, j - 1);
  return !r.sets.stopWords.has(before) && !r.sets.rolePrepositions.has(before) && !r.sets.determiners.has(before);
}

/**
 * After the verb, the end of the noun at token h and its complement ("said a spokeswoman for the ministry"),
 * or -1 when the phrase names the speaker: "said the director of the camp Lajos Horvath", "said a
 * spokesman, John Smith".
 */
function phraseEnd(r: Reader, h: number): number {
  const n = r.tokens.length;
  let j = h + 1;
  for (; j < n && j - h <= MAX_AFTER_NOUN; j++) {
    const t = r.tokens[j]!.text;
    if (r.personStartsAt(j) && namesSpeaker(r, j)) return -1;
    if (t === ',') return r.personStartsAt(skipTitles(r.sets, r.lows, j + 1)) ? -1 : j;
    if ((isPunctuation(t) && !POSSESSIVE.test(t)) || r.sets.complementizers.has(lower(r, j))) break;
  }
  return j;
}

/** The phrase at d is named when the determiner gives a person for all of it ("the president said"). */
const named = (r: Reader, d: number, noun: number): boolean => r.namedEnd(d) > noun;

/** The end of a clause in commas that opens at the comma at token c, or -1. */
function clauseEnd(r: Reader, c: number): number {
  for (let j = c + 1; j < r.tokens.length && j - c <= MAX_CLAUSE; j++) {
    const t = r.tokens[j]!.text;
    if (t === ',') return j;
    if (CLAUSE_BREAK.test(t)) return -1;
  }
  return -1;
}

/** The subject of the verb that follows: "A spokeswoman for the ministry said", "Een buurtbewoner zei". */
function subjectAt(r: Reader, d: number, noun: number): UnnamedSpeaker | null {
  const { sets } = r;
  // "Eric Reeves, a professor at Harvard, said", "Ahmed, 45, a teacher, said": an apposition to a name.
  if (d > 0 && lower(r, d - 1) === ',' && (r.personEndsBefore(d - 1) || (AGE.test(lower(r, d - 2)) && lower(r, d - 3) === ',' && r.personEndsBefore(d - 3)))) return null;
  // "a man the police said": the noun is not the subject's head.
  if (sets.determiners.has(lower(r, noun + 1))) return null;
  for (let j = noun + 1; j < r.tokens.length && j - noun <= MAX_AFTER_NOUN; j++) {
    // "the resident Smith said", "the director of the camp Lajos Horvath told": named.
    if (r.personStartsAt(j) && namesSpeaker(r, j)) return null;
    const verb = verbFrom(r.sets, r.lows, j);
    if (verb >= 0) return { first: d, noun, end: j, verb, inverted: false };
    const t = r.tokens[j]!.text;
    if (t === ',') {
      const close = clauseEnd(r, j);
      // "A man, John Smith, said": the clause names him.
      if (close < 0 || r.personStartsAt(skipTitles(r.sets, r.lows, j + 1))) return null;
      const after = verbFrom(r.sets, r.lows, close + 1);
      return after >= 0 ? { first: d, noun, end: close + 1, verb: after, inverted: false } : null;
    }
    const w = lower(r, j);
    if ((isPunctuation(t) && !POSSESSIVE.test(t)) || sets.personPronouns.has(w) || sets.coordinators.has(w) || sets.complementizers.has(w)) return null;
  }
  return null;
}

/**
 * Whether the verb at token v comes before its subject: after a quotation or a comma ('"…," said a
 * spokesman', "The deal is off, said a spokesman"), at the sentence's start, or, where main clauses put the
 * verb second, after an opening phrase that holds no subject ("Donderdag zei een woordvoerder"; not "Rutte
 * vertelde een journalist"). Not after a clause in commas after a name: "Ejup Ganic, a Moslem, told the
 * refugees", "Pinas, showing cuts, told reporters".
 */
export function inverts(r: Reader, v: number): boolean {
  if (v === 0) return true;
  const prev = r.tokens[v - 1]!.text;
  if (prev === ',' && !QUOTE_TOKEN.test(lower(r, v - 2))) {
    for (let c = v - 2; c > 0 && v - c <= MAX_CLAUSE + 1; c--) {
      if (lower(r, c) === ',') return !r.personEndsBefore(c) && !r.sets.personPronouns.has(lower(r, c - 1));
    }
    return true;
  }
  if (isPunctuation(prev)) return true;
  if (!r.sets.data.verbSecond) return false;
  let c = v - 1;
  while (c > 0 && !isPunctuation(r.tokens[c - 1]!.text)) c -= 1;
  for (let k = c; k < v; k++) if (r.personStartsAt(k) || r.sets.personPronouns.has(lower(r, k))) return false;
  return !opens(r, c) && !r.nameStartsAt(c) && bareNounAt(r, c) < 0;
}

/** After a verb or a marker that ends at token `from`: "said a spokesman", "volgens een woordvoerder". */
function afterAt(r: Reader, verb: number, from: number): UnnamedSpeaker | null {
  let d = from;
  while (r.sets.speechParticles.has(lower(r, d))) d += 1;
  const noun = nounAt(r, d);
  const end = noun >= 0 && !named(r, d, noun) ? phraseEnd(r, noun) : -1;
  return end >= 0 ? { first: d, noun, end, verb, inverted: true } : null;
}

/** The unnamed speakers of a sentence (one with a speech verb or an attribution marker). */
export function unnamedSpeakersIn(r: UnnamedSentence): UnnamedSpeaker[] {
  const { sets, lows } = r;
  const cues = cuesOf(sets);
  const out: UnnamedSpeaker[] = [];
  // A phrase without a determiner is looked for only as a subject, before the last speech verb.
  let lastVerb = lows.length - 1;
  while (lastVerb >= 0 && !sets.speechVerbs.has(lows[lastVerb]!) && !sets.speechPastParticiples.has(lows[lastVerb]!)) lastVerb -= 1;
  for (let i = 0; i < lows.length; i++) {
    const cue = cues.has(lows[i]!);
    // "Officials said", "Getuigen zeiden": a phrase without a determiner starts at a boundary.
    if (!cue && (i >= lastVerb || !bareStart(r, i))) continue;
    const verb = cue && sets.speechVerbs.has(lows[i]!);
    // "Eerder had een woordvoerder gezegd dat …": a perfect's auxiliary before the subject, its participle after.
    const aux = cue && !verb && sets.perfectAuxiliaries.has(lows[i]!);
    const m = !cue || verb || aux ? -1 : markerEnd(r.sets, r.lows, i);
    const after = m > 0 ? afterAt(r, i, m) : (verb || aux) && inverts(r, i) ? afterAt(r, i, i + 1) : null;
    if (after && (!aux || participleAfter(sets, lows, after.noun) >= 0)) out.push(after);
    const noun = !cue ? bareNounAt(r, i) : opens(r, i) ? nounAt(r, i) : -1;
    // Whether the article names the phrase is asked last: it looks through the article's people.
    const subject = noun >= 0 ? subjectAt(r, i, noun) : null;
    if (subject && !named(r, i, noun)) out.push(subject);
  }
  return out;
}
