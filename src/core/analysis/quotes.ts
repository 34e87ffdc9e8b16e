import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import { spanAt } from '../text/span-search.ts';
import type { Sentence, TextSpan } from '../types.ts';
import type { NameMention } from './mentions.ts';
import { QUOTE_TOKEN, findQuoteSpans } from './quote-marks.ts';
import { isPerfect, markerEnd as markerEndAt, participleAfter, skipTitles as skipTitlesAt, verbFrom as verbFromAt } from './speech-cues.ts';
import { isPluralPersonNoun, isRoleModifier, isRoleNoun, roleGives } from './role-words.ts';
import { AGE, POSSESSIVE } from './roles.ts';
import { isPunctuation, startsWithUppercase } from '../text/letters.ts';
import { inverts, unnamedSpeakersIn, type UnnamedSentence, type UnnamedSpeaker } from './unnamed-speakers.ts';

/** A statement attributed to the entity (mention group) `group`. */
export interface FoundQuote {
  group: number;
  text: string;
  sentence: string;
  sentenceIndex: number;
  /** The last sentence the quote and its attribution reach into. */
  lastSentenceIndex: number;
  start: number;
  end: number;
  attribution: string;
  /** The attribution cut out of the middle of the statement, if any (see Quote.omitted). */
  omitted?: TextSpan;
  /** Reported speech, in the writer's words (see Quote.reported). */
  reported?: boolean;
}

export interface QuoteContext {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly NameMention[];
  /** The group of each mention. */
  groupOf: ArrayLike<number>;
  isPerson: (group: number) => boolean;
  /** The lowercased words of the roles the article gives a group ("amerikaanse", "vicepresident"). */
  roleWords: (group: number) => ReadonlySet<string>;
  sets: LanguageSets;
}

// One or two quoted words are scare quotes ("zij aan zij", “appalled”), not statements on their own.
const MIN_DIRECT_QUOTE_WORDS = 3;
// Reported speech shorter than this is a fragment, not a statement.
const MIN_REPORTED_TOKENS = 3;
// How far before an opening quote a "X said:" may stand ("X told reporters on Friday:").
const MAX_INTRO_GAP = 4;
// How many words of object may sit between a speech verb and its "that" ("told reporters that"); more
// and the "that" belongs to a clause inside the statement ("said he thought that …").
const MAX_OBJECT_TOKENS = 1;
// How long an adverbial between a speech verb and its "that" may be: "said in an interview on Friday that".
const MAX_ADJUNCT_TOKENS = 6;
// How far after a speech verb's object its determiner is looked past for the clause ("told a roaring labor
// rally of about 1,000 union workers that …").
const MAX_OBJECT_PHRASE = 12;
// "(SP)", "(CD&V)", "(45)": a bracket after a speaker's name.
const MAX_BRACKET_TOKENS = 4;
const DOUBLE_QUOTE = /^["“”„«»]$/u;
// afterVerb's answer when the words after a speech verb are a question or a request ("asked me if", "told him
// to"), or no clause of their own ("a plan that he says will fail"): no statement.
const NO_STATEMENT = -1;

// A role before a speaker's name, as in "Senate Majority Leader Chuck Schumer", is at most this many words.
const MAX_ROLE_BEFORE_SPEAKER = 6;
// "said the 26-year-old O'Brien", "said the Agriculture Department's Drazek": words between an article and
// the speaker's name; more and the name is no longer the article's head.
const MAX_WORDS_AFTER_ARTICLE = 4;
// How many person mentions back a pronoun may reach past people of the other gender.
const MAX_PRONOUN_LOOKBACK = 30;

type Gender = 'female' | 'male';

function genderOf(word: string, sets: LanguageSets): Gender | null {
  if (sets.femaleWords.has(word)) return 'female';
  if (sets.maleWords.has(word)) return 'male';
  return null;
}

/** Genders the article states by title ("Mrs", "de heer"); a group with contradicting titles has none. */
function genderOfGroups(mentions: readonly NameMention[], groupOf: ArrayLike<number>, sets: LanguageSets): Map<number, Gender | undefined> {
  const out = new Map<number, Gender | undefined>();
  mentions.forEach((m, i) => {
    const g = m.title === null ? null : genderOf(m.title, sets);
    if (g === null) return;
    const group = groupOf[i]!;
    out.set(group, out.has(group) && out.get(group) !== g ? undefined : g);
  });
  return out;
}

// A pronoun with no person before it that it can stand for.
const NO_PERSON = -1;
// The group of a speaker the article does not name ("One elderly man … said"), and of a pronoun that stands
// for one: the statement is nobody's, and it does not continue the previous speaker's quotation.
const UNNAMED = -2;

interface Speaker {
  /** A mention group, or UNNAMED. */
  group: number;
  from: number;
  to: number;
}

/** Words that make a sentence worth reading for speech: speech verbs, participles, the markers' first words. */
// Built once per language rather than per article: the lists run to hundreds of words.
const speechWordsCache = new WeakMap<LanguageSets, ReadonlySet<string>>();
function speechWordsOf(sets: LanguageSets): ReadonlySet<string> {
  let words = speechWordsCache.get(sets);
  if (words === undefined) {
    words = new Set([...sets.speechVerbs, ...sets.speechParticiples, ...sets.speechPastParticiples, ...sets.markerWords.map((m) => m[0]!)]);
    speechWordsCache.set(sets, words);
  }
  return words;
}

/** Entry point: direct quotes with an attribution, then reported speech in the remaining sentences. */
export function findQuotes(ctx: QuoteContext): FoundQuote[] {
  const { text, sentences, mentions, groupOf, sets } = ctx;
  // Person mentions by where they start and end, so a lookup costs the same in a sentence of any length.
  // Token i of sentence s is the key s * keyWidth + i (-1 outside the sentences).
  const keyWidth = sentences.reduce((w, x) => Math.max(w, x.tokens.length), 0) + 2;
  const tokenKey = (s: number, i: number): number => (i >= 0 && i < keyWidth ? s * keyWidth + i : -1);
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (!ctx.isPerson(groupOf[i]!)) return;
    startsAt.set(tokenKey(m.sentenceIndex, m.first), i);
    endsAt.set(tokenKey(m.sentenceIndex, m.last), i);
  });
  // Where names of any type start: asked only for languages that put the verb second.
  let nameStarts: Set<number> | null = null;
  const nameStartsAt = (s: number, i: number): boolean =>
    (nameStarts ??= new Set(mentions.map((m) => tokenKey(m.sentenceIndex, m.first)))).has(tokenKey(s, i));
  const personStarts: number[] = [];
  const personGroups: number[] = [];
  mentions.forEach((m, i) => {
    if (ctx.isPerson(groupOf[i]!)) { personStarts.push(m.start); personGroups.push(groupOf[i]!); }
  });
  const genders = genderOfGroups(mentions, groupOf, sets);
  const spans = findQuoteSpans(text);
  // Only an article with an unnamed speaker needs these (made on first use).
  let quoted: TextSpan[] | null = null;
  /** Whether `offset` lies between a pair of quotation marks. */
  const insideQuote = (offset: number): boolean => spanAt((quoted ??= spans.map((q) => ({ start: q.open, end: q.close }))), offset) >= 0;
  let outside: Int32Array | null = null;
  /** outsideQuotes()[k]: how many of the first k person mentions stand outside quotation marks. */
  const outsideQuotes = (): Int32Array => {
    if (outside === null) {
      outside = new Int32Array(personStarts.length + 1);
      for (let k = 0; k < personStarts.length; k++) outside[k + 1] = outside[k]! + (insideQuote(personStarts[k]!) ? 0 : 1);
    }
    return outside;
  };

  /** How many person mentions start before `offset`. */
  const personIndexBefore = (offset: number): number => {
    let lo = 0;
    let hi = personStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (personStarts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /**
   * The person mentioned last before `offset` whose roles include the word `noun`; else the only person named
   * before it whose role or title gives the noun ("the governor" after "Gov. Tommy Thompson", "de minister"
   * after "zorgminister Hugo de Jonge"); -1 when there is none, or more than one.
   */
  const personWithRoleBefore = (offset: number, noun: string): number => {
    const lo = personIndexBefore(offset);
    for (let k = lo - 1; k >= 0 && lo - k <= MAX_PRONOUN_LOOKBACK; k--) {
      if (ctx.roleWords(personGroups[k]!).has(noun)) return personGroups[k]!;
    }
    const first = holdersOf(noun);
    return first.length > 0 && first[0]! < lo && (first.length === 1 || first[1]! >= lo) ? personGroups[first[0]!]! : -1;
  };

  // The titles written before each person's name ("gov.", "prof."), made on first use.
  let titles: Map<number, Set<string>> | null = null;
  const titlesOf = (group: number): ReadonlySet<string> | undefined => {
    if (titles === null) {
      titles = new Map();
      mentions.forEach((m, i) => {
        if (m.title === null) return;
        const g = groupOf[i]!;
        if (!titles!.has(g)) titles!.set(g, new Set());
        titles!.get(g)!.add(m.title);
      });
    }
    return titles.get(group);
  };
  const holders = new Map<string, number[]>();
  /**
   * Where the people whose role or title gives the noun (roleGives) are first mentioned, as indexes into the
   * person mentions, in text order; made once per noun.
   */
  const holdersOf = (noun: string): readonly number[] => {
    let first = holders.get(noun);
    if (first === undefined) {
      first = [];
      const seen = new Set<number>();
      const gives = (w: string) => roleGives(w, noun, sets);
      personGroups.forEach((g, k) => {
        if (seen.has(g)) return;
        seen.add(g);
        if ([...ctx.roleWords(g)].some(gives) || [...(titlesOf(g) ?? [])].some(gives)) first!.push(k);
      });
      holders.set(noun, first);
    }
    return first;
  };

  /**
   * Unnamed speakers in text order: where each starts, where its sentence ends (a person named from there
   * on, outside quotation marks, is whom a later "he" stands for again), whether it is more than one
   * person ("two residents") and its gender when its noun has one ("a spokeswoman").
   */
  const unnamed: { from: number; until: number; plural: boolean; gender: Gender | null }[] = [];

  /**
   * Whether a pronoun at `offset` stands for the last unnamed speaker before it that it can stand for
   * rather than for the person mention `at` (the last of the `lo` before it; -1 for none): no person is
   * named outside quotation marks between that speaker's sentence and the pronoun, or the person was named
   * before the unnamed speaker.
   */
  const standsForUnnamed = (offset: number, pronoun: string, lo: number, at: number): boolean => {
    const wanted = genderOf(pronoun, sets);
    const plural = sets.pluralPronouns.has(pronoun);
    for (let u = unnamed.length - 1; u >= 0; u--) {
      const x = unnamed[u]!;
      if (x.from >= offset) continue;
      if (x.plural ? !plural : wanted !== null && x.gender !== null && x.gender !== wanted) continue;
      const from = personIndexBefore(x.until);
      return at < from || outsideQuotes()[lo] === outsideQuotes()[from];
    }
    return false;
  };

  /**
   * The person mentioned last before `offset` whom `pronoun` can stand for ("she" skips Mr Reeves), UNNAMED
   * when it stands for an unnamed speaker ("One elderly man said … He also said"), NO_PERSON when none.
   */
  const personBefore = (offset: number, pronoun: string): number => {
    const lo = personIndexBefore(offset);
    const wanted = genderOf(pronoun, sets);
    let at = -1;
    for (let k = lo - 1; k >= 0 && lo - k <= MAX_PRONOUN_LOOKBACK; k--) {
      const known = genders.get(personGroups[k]!);
      if (wanted === null || known === undefined || known === wanted) { at = k; break; }
    }
    if (unnamed.length > 0 && standsForUnnamed(offset, pronoun, lo, at)) return UNNAMED;
    return at < 0 ? NO_PERSON : personGroups[at]!;
  };

  // A sentence's tokens lowercased, once it is read: the rules below ask for the same words many times.
  const lows: (string[] | undefined)[] = [];
  const lowsOf = (s: number): string[] => (lows[s] ??= sentences[s]?.tokens.map((t) => t.text.toLowerCase()) ?? []);
  const lower = (s: number, i: number): string => lowsOf(s)[i] ?? '';
  const isVerb = (s: number, i: number): boolean => sets.speechVerbs.has(lower(s, i));
  /** The speech verb at token i, or after particles ("The president also admitted"); -1 if none. */
  const verbFrom = (s: number, i: number): number => verbFromAt(sets, lowsOf(s), i);
  const skipTitles = (s: number, i: number): number => skipTitlesAt(sets, lowsOf(s), i);

  /**
   * The person mention right after a role written before the name at token j ("Senate Majority Leader Chuck
   * Schumer told reporters", "Secretary of State Antony Blinken", "minister van Volksgezondheid Frank
   * Vandenbroucke"), or -1: a run of role words and capitalised words holding a role noun, a role's
   * preposition after it with the role's own words before the name.
   */
  const personAfterRole = (s: number, j: number): number => {
    const toks = sentences[s]!.tokens;
    let role = false;
    for (let k = j; k < toks.length && k - j < MAX_ROLE_BEFORE_SPEAKER; k++) {
      const t = toks[k]!.text;
      const mi = startsAt.get(tokenKey(s, k));
      // Not "a spokesman for Martin Indyk": the name right after the preposition is whom the role serves.
      if (mi !== undefined) return role && !sets.rolePrepositions.has(toks[k - 1]!.text) ? mi : -1;
      if (isRoleNoun(t, sets)) role = true;
      else if (!isRoleModifier(t, sets) && !startsWithUppercase(t) && !(role && sets.rolePrepositions.has(t))) return -1;
    }
    return -1;
  };

  /**
   * The person mention that heads a noun phrase opened by an article at token j ("the 26-year-old O'Brien",
   * "the Agriculture Department's Drazek", "the 104th-ranked Tarango"), or -1: only words that are no
   * function words and no punctuation (a possessive's "'s" aside) may stand between.
   */
  const personAfterArticle = (s: number, j: number): number => {
    const toks = sentences[s]!.tokens;
    for (let k = j + 1; k < toks.length && k - j <= MAX_WORDS_AFTER_ARTICLE; k++) {
      const t = toks[k]!.text;
      // Names start with a capital; the lookup is skipped for the other words.
      const mi = startsWithUppercase(t) ? startsAt.get(tokenKey(s, k)) : undefined;
      if (mi !== undefined) return k > j + 1 ? mi : -1;
      const w = lower(s, k);
      if ((isPunctuation(t) && !QUOTE_TOKEN.test(t)) || sets.stopWords.has(w) || sets.determiners.has(w) || isVerb(s, k)) return -1;
    }
    return -1;
  };

  /**
   * A person named (or a pronoun, or someone unnamed: "a spokesman for the ministry") starting at token i.
   * `before`: resolve a pronoun among people named before this offset (not inside the quote it closes).
   */
  const speakerAt = (s: number, i: number, before = Infinity): Speaker | null => {
    const j = skipTitles(s, i);
    const tok = sentences[s]?.tokens[j];
    if (!tok) return null;
    const mi = startsAt.get(tokenKey(s, j));
    if (mi !== undefined) return { group: groupOf[mi]!, from: i, to: mentions[mi]!.last };
    const titled = personAfterRole(s, j);
    if (titled >= 0) return { group: groupOf[titled]!, from: i, to: mentions[titled]!.last };
    if (sets.personPronouns.has(lower(s, j))) {
      const g = personBefore(Math.min(tok.start, before), lower(s, j));
      if (g !== NO_PERSON) return { group: g, from: i, to: j + 1 };
    }
    const u = unnamedAt.size > 0 ? unnamedAt.get(tokenKey(s, j)) : undefined;
    if (u !== undefined) return { group: UNNAMED, from: i, to: u.end };
    const sp = articleSpeakerAt(s, j, before);
    return sp && { ...sp, from: i };
  };

  /** A person a determiner at token j gives: "the president" (the role's holder), "the 26-year-old O'Brien". */
  function articleSpeakerAt(s: number, j: number, before: number): Speaker | null {
    const toks = sentences[s]!.tokens;
    const tok = toks[j]!;
    const det = lower(s, j);
    if (!sets.determiners.has(det)) return null;
    // "the president said": the person last mentioned who has that role in this article. Not "a spokesman
    // said": the article would not introduce someone it has named.
    const noun = j + 1 < toks.length ? lower(s, j + 1) : undefined;
    if (noun !== undefined && !sets.indefiniteDeterminers.has(det) && (isRoleNoun(noun, sets) || sets.titledNouns.has(noun))) {
      const g = personWithRoleBefore(Math.min(tok.start, before), noun);
      if (g >= 0) return { group: g, from: j, to: j + 2 };
    }
    const named = personAfterArticle(s, j);
    return named >= 0 ? { group: groupOf[named]!, from: j, to: mentions[named]!.last } : null;
  }

  /** A person (or pronoun) ending just before token i, or an unnamed subject of the verb at token i. */
  const speakerBefore = (s: number, i: number): Speaker | null => {
    // First: "A spokesman for Trump said" is not Trump.
    const u = unnamedByVerb.size > 0 ? unnamedByVerb.get(tokenKey(s, i)) : undefined;
    if (u !== undefined && !u.inverted) return { group: UNNAMED, from: u.first, to: i };
    const mi = endsAt.get(tokenKey(s, i));
    if (mi !== undefined) {
      let from = mentions[mi]!.first;
      while (from > 0 && sets.honorifics.has(lower(s, from - 1))) from -= 1;
      return { group: groupOf[mi]!, from, to: i };
    }
    const tok = sentences[s]?.tokens[i - 1];
    if (tok && sets.personPronouns.has(lower(s, i - 1))) {
      const g = personBefore(tok.start, lower(s, i - 1));
      if (g !== NO_PERSON) return { group: g, from: i - 1, to: i };
    }
    return null;
  };

  /** The speaker after the verb at token v: "zei Pence", "said he", "zei nog een buurtbewoner". */
  const speakerAfterVerb = (s: number, v: number, before = Infinity): Speaker | null => {
    const sp = speakerAt(s, v + 1, before);
    if (sp) return sp;
    const u = unnamedByVerb.size > 0 ? unnamedByVerb.get(tokenKey(s, v)) : undefined;
    return u?.inverted ? { group: UNNAMED, from: u.first, to: u.end } : null;
  };

  /** An attribution marker ("aldus", "according to") starting at token i: the index after it. */
  const speechWords = speechWordsOf(sets);
  const markerEnd = (s: number, i: number): number => markerEndAt(sets, lowsOf(s), i);

  /** "zei Pence", "aldus Pence", "Pence zei", "said Mr. Reeves" starting at token i. */
  const attributionAt = (s: number, i: number, before = Infinity): Speaker | null => {
    // "…, zo zei Pence": an adverb before the inverted verb.
    if (sets.attributionAdverbs.has(lower(s, i)) && isVerb(s, i + 1)) {
      const sp = attributionAt(s, i + 1, before);
      return sp && { ...sp, from: i };
    }
    if (isVerb(s, i)) {
      const sp = speakerAfterVerb(s, i, before);
      // An inverted pronoun closes the clause ("zei hij."); "said he was" makes "he" the next clause's subject.
      const pronoun = sp !== null && sp.to - sp.from === 1 && sets.personPronouns.has(lower(s, sp.from));
      // "…, said Cook is a good choice", "said Jobs' attention to detail": the name opens what was said.
      const next = lower(s, sp?.to ?? 0);
      const subject = sets.auxiliaries.has(next) || POSSESSIVE.test(next);
      if (sp && !subject && (!pronoun || isPunctuation(sentences[s]!.tokens[sp.to]?.text ?? '.'))) return { ...sp, from: i };
    }
    const m = markerEnd(s, i);
    if (m > 0) {
      const sp = speakerAt(s, m, before);
      if (sp) return { ...sp, from: i };
    }
    const sp = speakerAt(s, i, before);
    const verb = sp ? verbFrom(s, afterNameAppendix(s, sp.to)) : -1;
    if (sp && verb >= 0) return { ...sp, to: verb + 1 };
    return null;
  };

  /** Past a place or body after a name with its preposition ("of Kentucky", "van de PvdA"): the name's own complement. */
  function afterPlace(s: number, i: number): number {
    if (!sets.rolePrepositions.has(lower(s, i))) return i;
    const toks = sentences[s]!.tokens;
    let k = i + 1;
    while (k < toks.length && k - i <= MAX_BRACKET_TOKENS && startsWithUppercase(toks[k]!.text)) k += 1;
    return k > i + 1 ? k : i;
  }

  /** Past what may stand between a speaker's name and the verb: an age between commas ("X, 42, told") or a party or age in brackets ("Hoekstra (CDA) zei"). */
  function afterNameAppendix(s: number, i: number): number {
    if (lower(s, i) === ',' && AGE.test(lower(s, i + 1)) && lower(s, i + 2) === ',') return i + 3;
    if (lower(s, i) === '(') {
      for (let k = i + 1; k <= i + MAX_BRACKET_TOKENS; k++) if (lower(s, k) === ')') return k + 1;
    }
    return i;
  }

  const tokenAt = (s: number, offset: number): number => spanAt(sentences[s]!.tokens, offset);
  const sentenceOf = (offset: number): number => spanAt(sentences, offset);
  const slice = (a: number, b: number): string => visible(text.slice(a, b)).replace(/\s+/g, ' ').trim();
  const attributionText = (s: number, sp: Speaker): string => {
    const toks = sentences[s]!.tokens;
    return slice(toks[sp.from]!.start, toks[sp.to - 1]!.end);
  };

  /**
   * Whether the words between an attribution and an opening quote introduce it: nothing but punctuation
   * ('he said "…"', 'zei Pence: "…"'), or anything ending in a colon ('told reporters on Friday: "…"').
   * Otherwise the quotation sits inside reported speech ('zegt dat de VS "zij aan zij" staan').
   */
  const introducesQuote = (s: number, from: number, mark: number): boolean => {
    const toks = sentences[s]!.tokens.slice(from, mark);
    return toks.every((t) => isPunctuation(t.text)) || toks[toks.length - 1]?.text === ':';
  };

  // Most sentences have no speech verb and no marker: nothing to attribute. Every sentence is lowercased
  // here once (lowsOf keeps it), not again by the rules that read the sentences with speech.
  const hasSpeech = sentences.map((_, s) => lowsOf(s).some((w) => speechWords.has(w)));

  // The unnamed speakers, by their first token and by their verb; in text order for the pronouns after them.
  const unnamedAt = new Map<number, UnnamedSpeaker>();
  const unnamedByVerb = new Map<number, UnnamedSpeaker>();
  // One reader for every sentence, pointed at each in turn.
  let read = 0;
  const reader: UnnamedSentence = {
    sets,
    tokens: [],
    lows: [],
    personStartsAt: (i) => startsAt.has(tokenKey(read, i)),
    personEndsBefore: (i) => endsAt.has(tokenKey(read, i)),
    nameStartsAt: (i) => nameStartsAt(read, i),
    namedEnd: (i) => articleSpeakerAt(read, i, Infinity)?.to ?? -1,
  };
  /** The reader pointed at sentence s. */
  const readerAt = (s: number): UnnamedSentence => {
    read = s;
    reader.tokens = sentences[s]!.tokens;
    reader.lows = lowsOf(s);
    return reader;
  };
  for (let s = 0; s < sentences.length; s++) {
    if (!hasSpeech[s]) continue;
    readerAt(s);
    for (const u of unnamedSpeakersIn(reader)) {
      // '"My neighbour said it was over," Pence said': a speaker inside a quotation is not the article's.
      if (insideQuote(sentences[s]!.tokens[u.first]!.start)) continue;
      unnamedAt.set(tokenKey(s, u.first), u);
      unnamedByVerb.set(tokenKey(s, u.verb), u);
      const noun = lower(s, u.noun);
      unnamed.push({ from: sentences[s]!.tokens[u.first]!.start, until: sentences[s]!.end, plural: isPluralPersonNoun(noun, sets), gender: genderOf(noun, sets) });
    }
  }

  const out: FoundQuote[] = [];
  const used = new Set<number>();
  let previous: { line: number; lineEnd: number; group: number; attribution: string } | null = null;
  // The last quotation, when it ended its part with a comma and an attribution may split its sentence.
  let joinable: { sentence: number; close: number } | null = null;

  for (const q of spans) {
    const sa = sentenceOf(q.open);
    const sb = sentenceOf(q.close);
    if (sa < 0 || sb < 0) continue;
    // The quoted words without the comma that often closes them ('"…staan," zei Pence').
    let qs = q.open + 1;
    let qe = q.close;
    while (qe > qs && /[,\s]/u.test(text[qe - 1]!)) qe -= 1;
    while (qs < qe && /\s/u.test(text[qs]!)) qs += 1;
    const quoted = slice(qs, qe);
    if (quoted.split(' ').length < MIN_DIRECT_QUOTE_WORDS || isTitle(quoted)) continue;
    let speaker: Speaker | null = null;
    let at = -1;
    // After the closing mark: ', zei Steinmeier' / ', Mr Obama said'.
    const closeTok = tokenAt(sb, q.close);
    if (closeTok >= 0) {
      let i = closeTok + 1;
      while (lower(sb, i) === ',') i += 1;
      speaker = attributionAt(sb, i, q.open);
      at = sb;
    }
    const attributedAfter = speaker !== null;
    // Before the opening mark: 'X zei: "…"', 'he said "…"'.
    const openTok = tokenAt(sa, q.open);
    if (!speaker && openTok > 0) {
      for (let v = openTok - 1; v >= 0 && openTok - v <= MAX_INTRO_GAP; v--) {
        // "Emery retweeted the story, saying, “…”": the participle's subject said it.
        if (isParticiple(sa, v)) {
          const subject = subjectBefore(sa, v - 1);
          if (subject && introducesQuote(sa, v + 1, openTok)) { speaker = { ...subject, to: v + 1 }; at = sa; break; }
          continue;
        }
        if (!isVerb(sa, v)) continue;
        speaker = speakerBefore(sa, v);
        if (speaker) speaker = { ...speaker, to: v + 1 };
        else {
          const after = speakerAfterVerb(sa, v);
          if (after && after.to <= openTok) speaker = { ...after, from: v };
        }
        if (speaker && !introducesQuote(sa, speaker.to, openTok)) speaker = null;
        if (speaker) { at = sa; break; }
      }
    }
    // 'Steinmeier: "…"': a name and a colon, as headlines and interviews write it.
    if (!speaker && openTok > 1 && lower(sa, openTok - 1) === ':') {
      const named = speakerBefore(sa, openTok - 1);
      if (named && !sets.personPronouns.has(lower(sa, named.from))) { speaker = { ...named, to: openTok - 1 }; at = sa; }
    }
    const line = text.lastIndexOf('\n', q.open);
    let lineEnd = text.indexOf('\n', q.close);
    if (lineEnd < 0) lineEnd = text.length;
    let group = speaker?.group ?? -1;
    let attribution = speaker ? attributionText(at, speaker) : '';
    // With no attribution of its own, a quotation continues the previous speaker when it is in the same
    // paragraph, or when it is a whole paragraph right after the paragraph that quoted them.
    // (Evaluated at most once per paragraph: a failure clears `previous`.)
    const continues = (p: NonNullable<typeof previous>) =>
      p.line === line ||
      (text.slice(p.lineEnd, line + 1).trim() === '' && text.slice(line + 1, q.open).trim() === '' && /^[\s.,!?…]*$/u.test(text.slice(q.close + 1, lineEnd)));
    // A quotation that starts in lowercase inside the writer's own sentence ('Wiig has been getting "the new
    // Tina Fey" quite a lot') is a phrase the writer borrows, not the previous speaker going on.
    const opensSentence = openTok < 0 || sentences[sa]!.tokens.slice(0, openTok).every((t) => isPunctuation(t.text)) || /^[:.!?]$/u.test(lower(sa, openTok - 1));
    const borrowed = !opensSentence && /^\p{Ll}/u.test(quoted);
    if (!speaker && previous && !borrowed && continues(previous)) {
      group = previous.group;
      attribution = previous.attribution;
    }
    // '"It is very efficient," Page said approvingly, "and he saves time."': the second part finishes the
    // first one's statement.
    const last = out[out.length - 1];
    if (joinable && joinable.sentence === sa && last && (group < 0 || group === last.group) && /^\p{Ll}/u.test(quoted) && onlyAttribution(text.slice(joinable.close + 1, q.open), last.attribution)) {
      last.omitted = { start: last.end, end: qs };
      last.text = `${last.text} ${quoted}`;
      last.end = qe;
      last.lastSentenceIndex = Math.max(last.lastSentenceIndex, sb, at);
      for (let s = sa; s <= sb; s++) used.add(s);
      joinable = null;
      continue;
    }
    joinable = null;
    if (!speaker && borrowed && previous) continue;
    if (group < 0) { previous = null; continue; }
    previous = { line, lineEnd, group, attribution };
    for (let s = sa; s <= sb; s++) used.add(s);
    // 'The economy was "out of balance," Hoenig said.': the quoted words finish the writer's clause, which
    // is the statement, quotation marks and all.
    const partial = attributedAfter && sa === sb && !opensSentence && lower(sa, openTok - 1) !== '(';
    const from = partial ? sentences[sa]!.tokens[0]!.start : qs;
    out.push({
      group,
      text: partial ? slice(from, q.close + 1) : quoted,
      sentence: slice(sentences[sa]!.start, sentences[sb]!.end),
      sentenceIndex: sa,
      lastSentenceIndex: Math.max(sb, at),
      start: from,
      end: partial ? q.close + 1 : qe,
      attribution,
      ...(partial && { reported: true }),
    });
    // The comma inside the closing mark or, as Dutch writes it, after it ('"In dat tempo", zo zei X, "zou …"').
    if (!partial && speaker && at === sb && (text.slice(qe, q.close).includes(',') || text[q.close + 1] === ',')) joinable = { sentence: sb, close: q.close };
  }

  // Sentences whose words someone said (or someone unnamed): "Dat zegt Abe." after one attributes nothing more.
  const claimed = new Set(used);
  for (let s = 0; s < sentences.length; s++) {
    if (used.has(s) || !hasSpeech[s]) continue;
    const found = reportedSpeech(s) ?? previousSentenceSpeech(s);
    if (found) claimed.add(found.sentenceIndex);
    // An unnamed speaker's statement is nobody's.
    if (found && found.group >= 0) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);

  function quoteFrom(s: number, from: number, to: number, sp: Speaker, cut = true): FoundQuote | null {
    if (from === NO_STATEMENT) return null;
    const toks = sentences[s]!.tokens;
    while (from < to && (isPunctuation(toks[from]!.text) && !QUOTE_TOKEN.test(toks[from]!.text))) from += 1;
    if (cut) to = sourceCut(s, from, to);
    // Trailing punctuation goes, but a closing quotation mark stays with its opening one.
    while (to > from && isPunctuation(toks[to - 1]!.text) && !QUOTE_TOKEN.test(toks[to - 1]!.text)) to -= 1;
    if (to - from < MIN_REPORTED_TOKENS || sets.infinitiveMarkers.has(lower(s, from))) return null;
    // A statement whose first quotation mark closes a quotation (written against the word before it:
    // 'people.” ') starts inside someone's quoted words.
    for (let k = from; k < to; k++) {
      if (!DOUBLE_QUOTE.test(toks[k]!.text)) continue;
      const at = toks[k]!.start;
      if (at > 0 && !/\s/u.test(text[at - 1]!) && (at + 1 >= text.length || /[\s.,;:!?)]/u.test(text[at + 1]!))) return null;
      break;
    }
    let start = toks[from]!.start;
    let end = toks[to - 1]!.end;
    // Drop quotation marks that enclose the whole statement: then it is a quotation, not reported speech.
    const enclosed = QUOTE_TOKEN.test(toks[from]!.text) && QUOTE_TOKEN.test(toks[to - 1]!.text);
    if (enclosed) {
      start = toks[from + 1]!.start;
      end = toks[to - 2]?.end ?? end;
    }
    const sentence = sentences[s]!;
    return {
      group: sp.group,
      text: slice(start, end),
      sentence: slice(sentence.start, sentence.end),
      sentenceIndex: s,
      lastSentenceIndex: s,
      start,
      end,
      attribution: attributionText(s, sp),
      ...(!enclosed && { reported: true }),
    };
  }

  /**
   * A statement with its attribution in the middle: "Her dad, she says, tells a lot of jokes." is the words
   * before the comma (`to`) joined to the words after the comma that closes the attribution (`from`).
   */
  function joinedQuote(s: number, to: number, from: number, sp: Speaker): FoundQuote | null {
    const toks = sentences[s]!.tokens;
    // The whole sentence as one statement, then the attribution and its commas cut out of it.
    const whole = quoteFrom(s, 0, toks.length, sp, false);
    if (!whole || whole.start >= toks[to - 1]!.end || whole.end <= toks[from]!.start) return null;
    const joined = `${slice(whole.start, toks[to - 1]!.end)} ${slice(toks[from]!.start, whole.end)}`;
    return joined.split(' ').length < MIN_REPORTED_TOKENS ? null : { ...whole, text: joined, omitted: { start: toks[to - 1]!.end, end: toks[from]!.start } };
  }

  /** Whether the words between two parts of a quotation are its attribution and commas (", he said approvingly,"). */
  function onlyAttribution(between: string, attribution: string): boolean {
    const words = between.trim();
    return words.endsWith(',') && !/[.!?;:]/u.test(words) && words.split(/\s+/u).length <= attribution.split(' ').length + 2;
  }

  /** A quotation in title case ("Making the Corps", "Oil Spill Anxiety on the Bayou"): a title, not a statement. */
  function isTitle(quoted: string): boolean {
    const words = quoted.split(' ').filter((w) => /\p{L}/u.test(w));
    return words.length > 0 && words.every((w) => startsWithUppercase(w) || sets.stopWords.has(w.toLowerCase()) || sets.nameConnectors.has(w.toLowerCase()) || sets.determiners.has(w.toLowerCase()));
  }

  /**
   * Where a statement stops before a second source closing the sentence ("…, Yahoo Finance reported earlier
   * this year"): at the comma before capitalised words and a speech verb. `to` when there is none.
   */
  function sourceCut(s: number, from: number, to: number): number {
    const toks = sentences[s]!.tokens;
    for (let k = from + 1; k + 2 < to; k++) {
      if (toks[k]!.text !== ',' || !startsWithUppercase(toks[k + 1]!.text)) continue;
      let j = k + 1;
      while (j < to && j - k <= MAX_ROLE_BEFORE_SPEAKER && startsWithUppercase(toks[j]!.text)) j += 1;
      if (isVerb(s, j)) return k;
    }
    return to;
  }

  /**
   * Content after a speech verb: past an object of a few words and "that"/"dat"/":" if present, or past an
   * adverbial and its "that" ("said in a statement that", "zei donderdag dat").
   */
  function afterVerb(s: number, verb: number): number {
    // "asked", "vroeg": a question, not a statement.
    if (sets.questionVerbs.has(lower(s, verb))) return NO_STATEMENT;
    const k = clauseAfterVerb(s, verb);
    // "zei niet dat …": denied, not stated.
    for (let j = verb + 1; j < k; j++) if (sets.negations.has(lower(s, j))) return NO_STATEMENT;
    // "heeft een brief geschreven aan …": after a perfect, only a "that" or a colon opens the statement.
    if (k !== NO_STATEMENT && isPerfect(sets, lowsOf(s), verb) && !opensClause(s, k)) return NO_STATEMENT;
    // "a plan that he says will fail": the clause after the verb has lost its subject.
    return k !== NO_STATEMENT && sets.auxiliaries.has(lower(s, k)) ? NO_STATEMENT : k;
  }

  /** Whether the statement at token k follows a "that" or a colon. */
  function opensClause(s: number, k: number): boolean {
    const w = lower(s, k - 1);
    return sets.complementizers.has(w) || w === ':';
  }

  /** The object a speech verb's token i may start ("told him", "asked Obama"): the index after it, or i. */
  function objectEnd(s: number, i: number): number {
    if (sets.objectPronouns.has(lower(s, i))) return i + 1;
    const mi = startsAt.get(tokenKey(s, i));
    return mi === undefined ? i : mentions[mi]!.last;
  }

  /** The start of the statement after a speech verb whose words go on at token `from` (past an inverted speaker: "zei Pence dat"). */
  function clauseAfterVerb(s: number, verb: number, from = verb + 1): number {
    let v = from - 1;
    while (sets.speechParticles.has(lower(s, v + 1))) v += 1;
    // "asked me if", "told him to stop", "told Obama what": a question or a request.
    const o = objectEnd(s, v + 1);
    if (o > v + 1) {
      const w = lower(s, o);
      if (sets.questionWords.has(w) || sets.infinitiveMarkers.has(w)) return NO_STATEMENT;
      // 'told him, "There is money in it"': a pronoun, not a name ('said Trump, who …, had lied').
      if (sets.complementizers.has(w) || (w === ',' && sets.objectPronouns.has(lower(s, v + 1)))) return o + 1;
    }
    for (let k = v + 1; k <= v + 1 + MAX_OBJECT_TOKENS; k++) {
      const w = lower(s, k);
      if (sets.complementizers.has(w) || w === ':') return k + 1;
    }
    if (sets.speechAdjuncts.has(lower(s, v + 1))) {
      const toks = sentences[s]!.tokens;
      for (let k = v + 2; k < toks.length && k <= v + 1 + MAX_ADJUNCT_TOKENS; k++) {
        const w = lower(s, k);
        if (sets.complementizers.has(w)) return k + 1;
        if (isPunctuation(w)) break;
      }
    }
    const d = lower(s, v + 1);
    if (v !== from - 1) return v + 1;
    // "told Reuters the plan would fail", "told Helmut Kohl about efforts to …": past the listener, whatever it is.
    if (sets.listenerSpeechVerbs.has(lower(s, verb))) return afterObject(s, v + 1);
    if (sets.objectSpeechVerbs.has(lower(s, verb)) && (sets.determiners.has(d) || sets.indefiniteDeterminers.has(d)) && !sets.objectPronouns.has(d)) return afterObject(s, v + 1);
    return v + 1;
  }

  /**
   * Where the statement starts after the object a determiner at token d opens ("wrote a personal response …",
   * "told a news conference on Monday that …"): after a "that" or a colon (past a name in apposition: "told
   * his boss, Thomas Edison, that …"); at a quotation after a comma, a pronoun or a second
   * determiner that opens the clause ("told the committee he was …", "told a Googler his method … was");
   * no statement when the phrase runs to a comma or the sentence's end, a question word ("tells the story of
   * how …") or an infinitive ("wrote a response to …"). At d when an auxiliary shows the phrase is the
   * statement's subject ("wrote the plan would fail"), and when the phrase is too long to tell.
   */
  function afterObject(s: number, d: number): number {
    const toks = sentences[s]!.tokens;
    let clause = -1;
    for (let k = d + 1; k < toks.length && k - d <= MAX_OBJECT_PHRASE; k++) {
      const w = lower(s, k);
      if (sets.complementizers.has(w) || w === ':') return k + 1;
      if (sets.questionWords.has(w) || sets.infinitiveMarkers.has(w)) return NO_STATEMENT;
      // Not "about it": after a function word "it" and "you" are objects.
      if (sets.personPronouns.has(w) || (sets.subjectPronouns.has(w) && !sets.stopWords.has(lower(s, k - 1)))) return k;
      if (sets.auxiliaries.has(w)) return clause >= 0 ? clause : d;
      if (w === ',') {
        // 'told a crowd in Los Angeles, "Keep your eyes open"': the quotation is the statement.
        if (QUOTE_TOKEN.test(lower(s, k + 1))) return k + 1;
        // "told his boss, Thomas Edison, that …": a name in apposition to the object.
        const mi = startsAt.get(tokenKey(s, k + 1));
        if (mi !== undefined && lower(s, mentions[mi]!.last) === ',') { k = mentions[mi]!.last; continue; }
      }
      if (isPunctuation(toks[k]!.text) && !POSSESSIVE.test(toks[k]!.text)) return NO_STATEMENT;
      const before = lower(s, k - 1);
      if (clause < 0 && sets.determiners.has(w) && !sets.stopWords.has(before) && !sets.determiners.has(before)) clause = k;
    }
    return d;
  }

  /** The first person named (or pronoun) in sentence s before token `to`: the subject of a participle's clause. */
  function subjectBefore(s: number, to: number): Speaker | null {
    for (let j = 0; j < to; j++) {
      const sp = speakerAt(s, j);
      if (sp && sp.to <= to) return sp;
    }
    return null;
  }
  /** A speech participle after a comma at token i ("…, saying"). */
  function isParticiple(s: number, i: number): boolean {
    return i > 0 && lower(s, i - 1) === ',' && sets.speechParticiples.has(lower(s, i));
  }

  /**
   * Whether the words at token i, after "…, she says," resume the statement the attribution interrupts, rather
   * than describe the speaker ("…, said Tom Forte, who follows Amazon", "…, aldus Pence, die vrijdag vliegt",
   * "…, said Jeff Gamet, an analyst at …") or go on with what the speaker did ("…, he said, adding that …").
   */
  function resumes(s: number, i: number): boolean {
    const w = lower(s, i);
    const t = sentences[s]!.tokens[i]?.text ?? '';
    return !isParticiple(s, i) && !sets.clauseRelatives.has(w) && !sets.relativePronouns.has(w) && !sets.determiners.has(w) &&
      !sets.indefiniteDeterminers.has(w) && !isRoleNoun(t, sets) && !isRoleModifier(t, sets) && !AGE.test(w);
  }

  /**
   * Whether a relative word stands before the speaker at token i, past a role and a name ("which Amazon
   * founder Jeff Bezos said …", "about which he says …").
   */
  function relativeBefore(s: number, i: number): boolean {
    const toks = sentences[s]!.tokens;
    for (let k = i - 1; k >= 0 && i - k <= MAX_ROLE_BEFORE_SPEAKER; k--) {
      const t = toks[k]!.text;
      if (sets.clauseRelatives.has(lower(s, k))) return true;
      if (!startsWithUppercase(t) && !isRoleNoun(t, sets) && !isRoleModifier(t, sets) && t !== "'s" && t !== "’s") return false;
    }
    return false;
  }

  /** Reported speech whose attribution starts at token i, if the statement around it holds up. */
  function reportedAt(s: number, i: number): FoundQuote | null {
    const toks = sentences[s]!.tokens;
    const n = toks.length;
    const afterComma = i > 0 && toks[i - 1]!.text === ',';
    if (afterComma) {
      // "…, zei Pence …" / "…, aldus Pence" / "…, he added."
      const sp = attributionAt(s, i);
      if (sp) {
        const end = sp.to;
        const trailing = n - end;
        // "Her dad, she says, tells a lot of jokes": the statement is both halves; not "…, he said, adding".
        if (lower(s, end) === ',' && trailing > 2 && resumes(s, end + 1)) return joinedQuote(s, i - 1, end + 1, sp);
        // "The deal is dead, he said, adding that …": the statement is before the attribution.
        if (lower(s, end) === ',' && isParticiple(s, end + 1)) return quoteFrom(s, 0, i - 1, sp);
        if (isVerb(s, end - 1) && trailing > 2 && !isVerb(s, i)) return quoteFrom(s, afterVerb(s, end - 1), n, sp);
        // "In an interview, Obama also said:": what he said follows the colon, not the words before the comma.
        if (lower(s, end) === ':') return null;
        return quoteFrom(s, 0, i - 1, sp);
      }
      // "…, saying the deal was good": the subject of the clause before said it.
      if (isParticiple(s, i)) {
        const subject = subjectBefore(s, i - 1);
        if (subject) return quoteFrom(s, afterVerb(s, i), n, { ...subject, to: i + 1 });
      }
      // "Eric Reeves, one of the leading voices on Sudan, said he was …", "Sen. Mitch McConnell of Kentucky, the
      // Republican leader, said …".
      if (isVerb(s, i)) {
        const subject = speakerAt(s, 0);
        if (subject && lower(s, afterPlace(s, subject.to)) === ',') return quoteFrom(s, afterVerb(s, i), n, { ...subject, to: i + 1 });
      }
    }
    // "Jon Sopel said the president …", "He said that …".
    const sp = speakerAt(s, i);
    const verb = sp ? verbFrom(s, afterNameAppendix(s, sp.to)) : -1;
    if (sp && verb >= 0 && n - verb > MIN_REPORTED_TOKENS) {
      // "…, which he says serves as …", "wat hij zegt …": a speech verb inside a relative clause states nothing.
      if (relativeBefore(s, i)) return null;
      // '"Proud," she says, of the day …': the attribution belongs to the quotation before it, and what
      // follows its comma is the writer's (not so in 'the "Apple community," Jobs said he …').
      if (i > 1 && QUOTE_TOKEN.test(toks[i - 1]!.text) && isPunctuation(toks[i - 2]!.text) && lower(s, verb + 1) === ',') return null;
      return quoteFrom(s, afterVerb(s, verb), n, { ...sp, to: verb + 1 });
    }
    return null;
  }

  /** "Volgens haar is …", "According to him, …": the person an object pronoun after a marker stands for. */
  function objectPronounAt(s: number, i: number): Speaker | null {
    const w = lower(s, i);
    const subject = sets.data.personObjectPronouns?.find(([object]) => object === w)?.[1];
    if (subject === undefined) return null;
    const g = personBefore(sentences[s]!.tokens[i]!.start, subject);
    return g === NO_PERSON || g === UNNAMED ? null : { group: g, from: 0, to: i + 1 };
  }

  function reportedSpeech(s: number): FoundQuote | null {
    const n = sentences[s]!.tokens.length;
    // "Volgens Pence is …", "According to Mr X, …".
    const m0 = markerEnd(s, 0);
    if (m0 > 0) {
      const sp = speakerAt(s, m0) ?? objectPronounAt(s, m0);
      // "Volgens Pence en Abe is …": the second source is not what was said.
      const also = sp && sets.coordinators.has(lower(s, sp.to)) ? speakerAt(s, sp.to + 1) : null;
      // "Volgens minister X (Vooruit) moeten …": the party is no part of what was said.
      if (sp) return quoteFrom(s, afterNameAppendix(s, also?.to ?? sp.to), n, { ...sp, from: 0 });
    }
    const inverted = sets.data.verbSecond ? invertedSpeech(s) : null;
    if (inverted) return inverted.group === UNNAMED ? null : inverted;
    for (let i = 0; i < n; i++) {
      const found = reportedAt(s, i);
      if (found && found.group === UNNAMED) return wholeSentenceFrom(s, i + 1) ?? found;
      if (found) return found;
    }
    return null;
  }

  /**
   * Where main clauses put the verb second (`verbSecond`), an opening phrase without a subject puts the speech
   * verb before its speaker: "Gisteren zei Pence dat …", "In Tokio benadrukte Abe dat …", "Later heeft Pence
   * gezegd dat …", "Toen hij aankwam, zei Pence dat …". The statement is the clause after the "that" (or colon)
   * past the speaker and an adverbial; without one ("Gisteren zei Pence niets") or after a negation ("zei Pence
   * niet dat") there is none. A question ("Zei Pence dat …?") is none either.
   */
  function invertedSpeech(s: number): FoundQuote | null {
    const lows = lowsOf(s);
    const n = lows.length;
    if (lows[n - 1] === '?') return null;
    let v = 1;
    while (v < n && !isVerb(s, v) && !sets.perfectAuxiliaries.has(lows[v]!)) v += 1;
    if (v >= n - 1 || !inverts(readerAt(s), v)) return null;
    const sp = speakerAt(s, v + 1);
    if (!sp) return null;
    const verb = isVerb(s, v) ? v : participleAfter(sets, lows, sp.to - 1);
    if (verb < 0 || sets.questionVerbs.has(lows[verb]!)) return null;
    const to = Math.max(sp.to, verb + 1);
    const k = clauseAfterVerb(s, verb, to);
    if (k === NO_STATEMENT || !opensClause(s, k)) return null;
    for (let j = sp.to; j < k; j++) if (sets.negations.has(lows[j]!)) return null;
    return quoteFrom(s, k, n, { ...sp, from: v, to });
  }

  /**
   * "Dat zegt Abe." / "Dat heeft minister X gezegd.": a demonstrative (`statementPronouns`) as the object of an
   * inverted speech verb stands for the sentence before it in the paragraph, which is the statement. Not with a
   * negation ("Dat zei hij niet"), a question, a "that", or more after the speaker than a short adverbial, and
   * not when the sentence before is someone's statement already.
   */
  function previousSentenceSpeech(s: number): FoundQuote | null {
    const lows = lowsOf(s);
    const n = lows.length;
    if (s === 0 || !sets.statementPronouns.has(lows[0]!) || lows[n - 1] !== '.' || claimed.has(s - 1)) return null;
    const perfect = !isVerb(s, 1);
    if ((perfect && !sets.perfectAuxiliaries.has(lows[1]!)) || sets.questionVerbs.has(lows[1]!)) return null;
    const sp = speakerAt(s, 2);
    if (!sp || sp.group < 0) return null;
    // "Dat zegt regeringscommissaris Freddy Willockx (SP).": a party or an age in brackets after the name.
    const close = lows[sp.to] === '(' ? lows.indexOf(')', sp.to) : -1;
    const after = close > sp.to && close - sp.to <= MAX_BRACKET_TOKENS ? close + 1 : sp.to;
    const verb = perfect ? participleAfter(sets, lows, after - 1) : 1;
    if (verb < 0) return null;
    const rest = lows.slice(after, n - 1);
    if (rest.length > MAX_ADJUNCT_TOKENS || rest.some((w) => isPunctuation(w) || sets.negations.has(w) || sets.complementizers.has(w))) return null;
    const prev = sentences[s - 1]!;
    const cur = sentences[s]!;
    if (text.slice(prev.end, cur.start).includes('\n')) return null;
    const q = quoteFrom(s - 1, 0, prev.tokens.length, sp);
    const toks = cur.tokens;
    return q && { ...q, sentence: slice(prev.start, cur.end), lastSentenceIndex: s, attribution: slice(toks[0]!.start, toks[Math.max(after, verb + 1) - 1]!.end) };
  }

  /**
   * A named attribution that closes the sentence after token `from`: "The women said they went voluntarily,
   * Gajdos said (earlier this week)." reports what the women said, and it is Gajdos who reports it.
   */
  function wholeSentenceFrom(s: number, from: number): FoundQuote | null {
    const n = sentences[s]!.tokens.length;
    for (let i = from; i < n; i++) {
      if (lower(s, i - 1) !== ',') continue;
      const sp = attributionAt(s, i);
      if (!sp || sp.group < 0 || !isVerb(s, sp.to - 1)) continue;
      // Nothing after it but an adverbial ("earlier this week") and the full stop.
      let k = sp.to;
      if (sets.speechAdjuncts.has(lower(s, k))) {
        while (k < n && k - sp.to < MAX_ADJUNCT_TOKENS && !isPunctuation(lower(s, k)) && !sets.complementizers.has(lower(s, k)) && !isVerb(s, k)) k += 1;
      }
      if (k >= n - 1) return quoteFrom(s, 0, i - 1, sp);
    }
    return null;
  }
}
