import type { LanguageSets } from '../lang/index.ts';
import { KNOWN_ORGANIZATIONS, LEGAL_SUFFIXES } from '../lang/names.ts';
import type { NerType, Sentence } from '../types.ts';
import { isSpace, startsWithUppercase } from '../text/letters.ts';
import type { NameMention } from './mentions.ts';

/** One written form of a name ("Pence", "Mike Pence") and where it occurs. */
interface Form {
  key: string;
  words: string[];
  mentions: number[];
  votes: Map<NerType, number>;
}

/** A group of mentions that name the same thing. Indices point into the mention list. */
export interface MentionGroup {
  mentions: number[];
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function majority(votes: Map<NerType, number>): NerType {
  let best: NerType = 'MISC';
  let n = -1;
  for (const t of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const v = votes.get(t) ?? 0;
    if (v > n) { best = t; n = v; }
  }
  return best;
}

/** Whether `short` is `long` shortened the way people shorten a person's name: its start, its end, or without middle names. */
function shortensPersonName(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const atStart = short.every((w, i) => long[i] === w);
  // The last word may carry a particle the short form drops: "al-Bashir" → "Bashir".
  const offset = long.length - short.length;
  const atEnd = short.every((w, i) => {
    const l = long[offset + i]!;
    return l === w || (i === short.length - 1 && l.endsWith(`-${w}`));
  });
  // "Te Kaurinui Parata" for "Te Kaurinui Robert Parata": middle names left out.
  const withoutMiddle = short.length >= 2 && short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
  return atStart || atEnd || withoutMiddle;
}

/** Whether `short` is the start or the end of `long`. */
function shortensName(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w) || short.every((w, i) => long[i] === w);
}

/** Whether `long` is `short` with only legal forms after it ("Apple" and "Apple Inc.", "Shell" and "Shell plc"). */
function withLegalForm(short: readonly string[], long: readonly string[]): boolean {
  return long.length > short.length && short.every((w, i) => long[i] === w) && long.slice(short.length).every((w) => LEGAL_SUFFIXES.has(w));
}

/**
 * Initials of a multi-word name, skipping lowercase function words ("Verenigde Staten" → "VS"): the first
 * character of each word (split at \s, and at "-" when `splitHyphens`) that starts with a capital. One pass
 * over the characters: splitting into word arrays per form showed in profiles of name grouping.
 */
function initials(form: string, splitHyphens: boolean): string {
  let out = '';
  let wordStart = true;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (isSpace(code) || (splitHyphens && code === 45)) {
      wordStart = true;
      continue;
    }
    // ASCII by code; otherwise the word's first character, a surrogate pair included, goes to \p{Lu}.
    if (wordStart && (code < 128 ? code >= 65 && code <= 90 : startsWithUppercase(form.slice(i, i + 2)))) out += form[i];
    wordStart = false;
  }
  return out;
}

function isAcronymOf(acronym: string, expansion: string, sets: LanguageSets): boolean {
  if (!ACRONYM.test(acronym) || !expansion.includes(' ')) return false;
  const letters = acronym.replace(/\./g, '');
  if (initials(expansion, false) === letters || initials(expansion, true) === letters) return true;
  return sets.data.acronymPairs.some(([a, e]) => a === acronym && e.toLowerCase() === expansion.toLowerCase());
}

/**
 * Whether the text writes "Expansion (ACRONYM)" somewhere. Not a news agency's ("SAN FRANCISCO (AP) —": a
 * dateline names its agency so), whose own name would spell it (isAcronymOf).
 */
function introducedInParentheses(acronym: string, expansion: Form, mentions: readonly NameMention[], sentences: readonly Sentence[]): boolean {
  if (KNOWN_ORGANIZATIONS.has(acronym.toLowerCase())) return false;
  return expansion.mentions.some((i) => {
    const m = mentions[i]!;
    const toks = sentences[m.sentenceIndex]!.tokens;
    return toks[m.last]?.text === '(' && toks[m.last + 1]?.text === acronym && toks[m.last + 2]?.text === ')';
  });
}

/**
 * The forms already grouped, indexed so that a short form meets only the long forms it could shorten
 * (those sharing its first or last word, or whose initials or parenthesised acronym it is) instead of all
 * of them: a page full of names stays linear.
 */
class LongFormIndex {
  private readonly byWord = new Map<string, Form[]>();
  private readonly byAcronym = new Map<string, Form[]>();
  private readonly byKey = new Map<string, Form>();

  constructor(private readonly sets: LanguageSets) {}

  private put(map: Map<string, Form[]>, key: string, form: Form): void {
    const list = map.get(key);
    if (!list) map.set(key, [form]);
    else if (list[list.length - 1] !== form) list.push(form);
  }

  add(form: Form, mentions: readonly NameMention[], sentences: readonly Sentence[]): void {
    this.byKey.set(form.key, form);
    for (const w of form.words) this.put(this.byWord, w, form);
    const last = form.words[form.words.length - 1]!;
    const hyphen = last.lastIndexOf('-');
    if (hyphen > 0) this.put(this.byWord, last.slice(hyphen + 1), form);
    const written = mentions[form.mentions[0]!]!.form;
    if (form.words.length > 1 || written.includes('-')) {
      this.put(this.byAcronym, initials(written, false), form);
      this.put(this.byAcronym, initials(written, true), form);
    }
    for (const i of form.mentions) {
      const m = mentions[i]!;
      const toks = sentences[m.sentenceIndex]!.tokens;
      const inParens = toks[m.last + 1]?.text;
      if (toks[m.last]?.text === '(' && toks[m.last + 2]?.text === ')' && inParens !== undefined) this.put(this.byAcronym, inParens, form);
    }
  }

  /** Long forms worth checking as expansions of `words` (written as `original`). */
  pool(words: readonly string[], original: string): Form[] {
    const out = new Set<Form>([...(this.byWord.get(words[0]!) ?? []), ...(this.byWord.get(words[words.length - 1]!) ?? [])]);
    if (ACRONYM.test(original)) {
      for (const f of this.byAcronym.get(original.replace(/\./g, '')) ?? []) out.add(f);
      for (const f of this.byAcronym.get(original) ?? []) out.add(f);
      for (const [a, e] of this.sets.data.acronymPairs) {
        const f = a === original ? this.byKey.get(e.toLowerCase()) : undefined;
        if (f) out.add(f);
      }
    }
    return [...out];
  }
}

/**
 * Groups mentions that name the same thing within one article. Identical forms always go together.
 * A shorter form joins a longer one when it is a person's name shortened at its start or end ("Pence" →
 * "Mike Pence") or an acronym of it ("VS" ↔ "Verenigde Staten": by initials, by "(VS)" after the expansion,
 * or by the language's table of well-known pairs) — in each case only when the article has the longer form.
 *
 * Two people sharing a surname: each bare "Clinton" goes to the candidate mentioned most recently before
 * it; a bare surname before any candidate stays an entity of its own rather than being guessed. A short
 * form that fits several organisations stays on its own.
 * Places and organisations never merge by containment: "Sudan" is not "South Sudan".
 */
export function groupMentions(mentions: readonly NameMention[], sentences: readonly Sentence[], sets: LanguageSets): MentionGroup[] {
  const forms = new Map<string, Form>();
  mentions.forEach((m, i) => {
    const key = m.words.join(' ');
    let f = forms.get(key);
    if (!f) {
      f = { key, words: m.words, mentions: [], votes: new Map() };
      forms.set(key, f);
    }
    f.mentions.push(i);
    const type = m.honorific ? 'PER' : m.cue ?? m.type;
    f.votes.set(type, (f.votes.get(type) ?? 0) + 1);
  });
  // Longest forms first, so a short form's candidates already have their groups.
  const ordered = [...forms.values()].sort((a, b) => b.words.length - a.words.length || a.mentions[0]! - b.mentions[0]!);
  const groupOf = new Int32Array(mentions.length).fill(-1);
  const groups: MentionGroup[] = [];
  const newGroup = (): number => groups.push({ mentions: [] }) - 1;
  const index = new LongFormIndex(sets);

  for (const form of ordered) {
    const type = majority(form.votes);
    const personLike = type === 'PER' || type === 'MISC' || (form.votes.get('PER') ?? 0) > 0;
    const original = mentions[form.mentions[0]!]!.form;
    // A surname the tagger read as a place ("said Washington" after "MaliVai Washington", "Pardon verwijst"
    // after "Leo Pardon"): the person's, but only after the full name, and never a well-known place.
    const placeLike = type === 'LOC' && form.words.length === 1 && !sets.knownPlaces.has(form.key);
    let surnameOnly = false;
    let candidates = index.pool(form.words, original).filter((long) => {
      if (long.words.length <= form.words.length) return false;
      const longType = majority(long.votes);
      if (longType === 'PER' && personLike && shortensPersonName(form.words, long.words)) return true;
      if (longType === 'PER' && placeLike && long.words[long.words.length - 1] === form.words[0]) return (surnameOnly = true);
      if (longType === 'PER') return false;
      // Organisations are shortened like people ("Whole Foods" → "Foods"); places are not ("South Sudan" is
      // not "Sudan"), and a person is no short form of an organisation named after them ("Clinton Foundation").
      if ((longType === 'ORG' || longType === 'MISC') && (type === 'ORG' || type === 'MISC') && shortensName(form.words, long.words)) {
        // A single word that is the long form's first and is read elsewhere as a place or a person is that
        // place ("US" of "US Congress", "Seattle" of "Seattle Times"), not the organisation.
        const atEnd = form.words.every((w, i) => long.words[long.words.length - form.words.length + i] === w);
        const placedElsewhere = (form.votes.get('LOC') ?? 0) > 0 || (form.votes.get('PER') ?? 0) > 0;
        if (atEnd || form.words.length > 1 || !placedElsewhere || withLegalForm(form.words, long.words)) return true;
      }
      const expansion = mentions[long.mentions[0]!]!.form;
      return isAcronymOf(original, expansion, sets) || (ACRONYM.test(original) && introducedInParentheses(original, long, mentions, sentences));
    });
    index.add(form, mentions, sentences);
    // "Apple" beside "Apple Inc." and "Apple II": the company that carries its legal form.
    if (candidates.length > 1) {
      const legal = candidates.filter((c) => withLegalForm(form.words, c.words));
      if (legal.length === 1) candidates = legal;
    }
    // Several people may share a surname, and the text tells which one by who came last; a bare
    // "Mozilla" among "Mozilla Foundation" and "Mozilla Corporation" has no such convention: left alone.
    const ambiguousNonPerson = candidates.length > 1 && candidates.some((c) => majority(c.votes) !== 'PER');
    if (candidates.length === 0 || ambiguousNonPerson) {
      const g = newGroup();
      for (const i of form.mentions) groupOf[i] = g;
      continue;
    }
    // Mentions of the candidates in text order, to find the one nearest before each short mention.
    const candidateMentions = candidates.flatMap((c) => c.mentions).sort((a, b) => a - b);
    let own = -1;
    for (const i of form.mentions) {
      let nearest = -1;
      for (const j of candidateMentions) {
        if (j < i) nearest = j;
        else break;
      }
      if (nearest < 0 && candidates.length === 1 && !surnameOnly) nearest = candidateMentions[0]!;
      if (nearest >= 0) {
        groupOf[i] = groupOf[nearest]!;
        // The full name decides: this "Washington" is the person, whatever the tagger read.
        if (surnameOnly) (mentions[i] as NameMention).type = 'PER';
      }
      else {
        if (own < 0) own = newGroup();
        groupOf[i] = own;
      }
    }
  }
  mentions.forEach((_, i) => groups[groupOf[i]!]!.mentions.push(i));
  return groups.filter((g) => g.mentions.length > 0);
}

export { majority as majorityType };
