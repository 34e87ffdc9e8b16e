import type { LanguageSets } from '../lang/index.ts';
import { isPunctuation, startsWithLetter } from '../text/letters.ts';
import type { NerType, Sentence, Token } from '../types.ts';
import type { NameMention } from './mentions.ts';
import { isPersonNoun, MAX_EMPLOYER_ROLE_WORDS } from './role-words.ts';
import { KNOWN_ORGANIZATIONS } from '../lang/names.ts';

type Kind = 'ORG' | 'LOC' | 'MISC';

/** The language's context-cue words as lookups, built once per language. */
interface CueWords {
  nounsBefore: ReadonlyMap<string, Kind>;
  /** Nouns matched as a closed compound's end ("softwarebedrijf"), longest first. */
  compoundEnds: readonly (readonly [string, Kind])[];
  kinds: ReadonlyMap<string, Kind>;
  markers: readonly (readonly string[])[];
  openers: ReadonlySet<string>;
  any: boolean;
}

// A compound's end counts as a noun of its own from this length: "softwarebedrijf", not "-bank" in "databank".
const MIN_COMPOUND_END = 5;
// Modifiers between an apposition's article and its head noun ("a massively funded high-profile startup").
const MAX_APPOSITION_MODIFIERS = 4;

// Tokens between a dateline's place and its agency ("LONDON, Oct 3 (Reuters)").
const MAX_DATELINE_GAP = 4;
// An en or em dash: CoNLL's sports headlines put a hyphen after a topic in capitals ("RUGBY UNION - …").
const DASH = /^[\u2013\u2014]$/;

const cache = new WeakMap<LanguageSets, CueWords>();

function cueWords(sets: LanguageSets): CueWords {
  let w = cache.get(sets);
  if (w) return w;
  const d = sets.data;
  const nounsBefore = new Map<string, Kind>();
  for (const n of d.organizationNounsBefore ?? []) nounsBefore.set(n, 'ORG');
  for (const n of d.workNounsBefore ?? []) nounsBefore.set(n, 'MISC');
  const compoundEnds = d.compoundRoles ? [...nounsBefore].filter(([n]) => n.length >= MIN_COMPOUND_END).sort((a, b) => b[0].length - a[0].length) : [];
  const kinds = new Map<string, Kind>((d.kindNouns ?? []).map(([n, t]) => [n, t]));
  w = {
    nounsBefore, compoundEnds, kinds,
    markers: (d.listMarkers ?? []).map((m) => m.split(' ')),
    openers: new Set([...sets.determiners, ...(d.indefiniteDeterminers ?? [])]),
    any: nounsBefore.size > 0 || kinds.size > 0 || (sets.employerRoles.size > 0 && sets.employerPrepositions.size > 0),
  };
  cache.set(sets, w);
  return w;
}

/** A word written in lowercase, hyphens allowed ("start-up", "computer-animation"). */
function isLower(t: string | undefined): t is string {
  return t !== undefined && startsWithLetter(t) && t === t.toLowerCase();
}

/** The kind a lowercase noun before a name or heading an apposition gives it ("company", "softwarebedrijf"). */
function nounKind(t: string | undefined, w: CueWords): Kind | null {
  if (!isLower(t)) return null;
  const k = w.nounsBefore.get(t);
  if (k) return k;
  for (const [end, kind] of w.compoundEnds) if (t.length > end.length && t.endsWith(end)) return kind;
  return null;
}

const POSSESSIVE = /^['’]s?$/u;

/** Whether a possessive follows the mention ("Britain's BT"): then it modifies the next name. */
function possessiveAfter(m: NameMention, toks: readonly Token[], text: string): boolean {
  const next = toks[m.last]?.text;
  if (next !== undefined && POSSESSIVE.test(next)) return true;
  const c = text[m.end];
  return c === "'" || c === '’';
}

/** "CEO of Novell", "chief executive of the X", "topman van Philips": the role noun's words before the preposition. */
function employerBefore(m: NameMention, toks: readonly Token[], sets: LanguageSets): boolean {
  let p = m.first - 1;
  // "editor of the X", "editor of The Mac Observer".
  if (toks[p] !== undefined && (sets.determiners.has(toks[p]!.text) || (sets.data.titleArticles?.includes(toks[p]!.text.toLowerCase()) ?? false))) p -= 1;
  if (p < 1 || !sets.employerPrepositions.has(toks[p]!.text)) return false;
  let words = '';
  for (let k = p - 1; k >= 0 && k >= p - MAX_EMPLOYER_ROLE_WORDS; k--) {
    words = words === '' ? toks[k]!.text.toLowerCase() : `${toks[k]!.text.toLowerCase()} ${words}`;
    if (sets.employerRoles.has(words)) return true;
  }
  return false;
}

/**
 * An apposition after the name whose head is a kind's noun: "Novell, a software company,", "Pixar, the
 * computer-animation company", "X, the maker of Y", "Chuck, an NBC series". The noun must end the phrase
 * (punctuation or a function word after it): "Smith, a company spokesman" and "the company's CEO" are people.
 */
function appositionKind(m: NameMention, toks: readonly Token[], w: CueWords, sets: LanguageSets): Kind | null {
  if (toks[m.last]?.text !== ',' || !isLower(toks[m.last + 1]?.text) || !w.openers.has(toks[m.last + 1]!.text)) return null;
  const from = m.last + 2;
  for (let k = from; k < toks.length && k <= from + MAX_APPOSITION_MODIFIERS; k++) {
    const t = toks[k]!.text;
    if (isPunctuation(t) || w.openers.has(t) || sets.stopWords.has(t)) return null;
    const kind = nounKind(t, w);
    if (kind) {
      const after = toks[k + 1]?.text;
      // Not a verb after it: in "Tianjin, the newspaper said" the noun is the next clause's subject.
      const verb = after !== undefined && (sets.speechVerbs.has(after) || sets.copulas.has(after) || sets.auxiliaries.has(after));
      const ends = after === undefined || (isPunctuation(after) && !POSSESSIVE.test(after)) || ((sets.stopWords.has(after) || sets.nameConnectors.has(after)) && !verb);
      return ends ? kind : null;
    }
    if (isPersonNoun(t, sets) || sets.speechVerbs.has(t)) return null;
  }
  return null;
}

/**
 * A noun before the name, set off by commas ("another payments company, Stripe, raised", "her first book,
 * Suck It, Wonder Woman!"): the name is in apposition to it.
 */
function kindBeforeComma(m: NameMention, toks: readonly Token[], w: CueWords, sets: LanguageSets): Kind | null {
  if (m.first < 2 || toks[m.first - 1]!.text !== ',' || toks[m.last]?.text !== ',') return null;
  const kind = nounKind(toks[m.first - 2]!.text, w);
  if (!kind) return null;
  // Not the complement of a role ("Een woordvoerder van de universiteit, Barry Windeat, zei"): the name is the person's.
  for (let k = m.first - 3; k >= 1 && k >= m.first - 3 - MAX_APPOSITION_MODIFIERS; k--) {
    const t = toks[k]!.text;
    if (sets.rolePrepositions.has(t) && isPersonNoun(toks[k - 1]!.text, sets)) return null;
    if (isPunctuation(t)) break;
  }
  return kind;
}

/** Whether the words of `marker` end right before token `at`. */
function markerEndsAt(marker: readonly string[], toks: readonly Token[], at: number): boolean {
  const start = at - marker.length;
  if (start < 0) return false;
  for (let i = 0; i < marker.length; i++) if (toks[start + i]!.text.toLowerCase() !== marker[i]) return false;
  return true;
}

/**
 * "companies such as Google", "landen zoals België": the kind a list opened here gets. Not without the marker:
 * "the biggest states Obama carried" is a relative clause.
 */
function listKind(m: NameMention, toks: readonly Token[], w: CueWords): Kind | null {
  if (w.kinds.size === 0) return null;
  for (const marker of w.markers) {
    if (!markerEndsAt(marker, toks, m.first)) continue;
    const noun = toks[m.first - marker.length - 1]?.text;
    const kind = isLower(noun) ? w.kinds.get(noun) : undefined;
    if (kind) return kind;
  }
  return null;
}

/** Whether only commas and coordinators stand between two mentions of one sentence, and whether a coordinator did. */
function listLink(a: NameMention, b: NameMention, toks: readonly Token[], sets: LanguageSets): 'comma' | 'coordinator' | null {
  if (a.sentenceIndex !== b.sentenceIndex || b.first <= a.last) return null;
  let link: 'comma' | 'coordinator' = 'comma';
  for (let k = a.last; k < b.first; k++) {
    const t = toks[k]!.text;
    if (sets.coordinators.has(t.toLowerCase())) link = 'coordinator';
    else if (t !== ',' && !POSSESSIVE.test(t)) return null;
  }
  return link;
}

/**
 * What the article's own wording around a name says it is, beyond the tagger, as each mention's `hint`:
 * a kind's noun right before it ("the company Novell", "retailer Walmart", "the film Avatar", "de krant
 * NRC"), in apposition after it ("Novell, a software company") or before it between commas ("another
 * payments company, Stripe,"), a role held at an organisation before it ("CEO of Novell", "topman van X"),
 * or a list after a plural kind ("companies such as Google, Yahoo and Microsoft"). A hint is weaker than a
 * cue: it decides an entity's type only where nothing says it is a person (see voteType). Mentions with a
 * cue keep it. `text` is the article text the mentions' offsets refer to.
 */
export function markContextCues(mentions: readonly NameMention[], sentences: readonly Sentence[], text: string, sets: LanguageSets): void {
  const w = cueWords(sets);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const toks = sentences[m.sentenceIndex]!.tokens;
    if (isDateline(m, toks)) {
      setHint(m, 'LOC');
      continue;
    }
    if (!w.any) continue;
    const listed = listKind(m, toks, w);
    if (listed) {
      // The list runs over names joined by commas and ends after the one a coordinator joins.
      for (let j = i; j < mentions.length; j++) {
        const link = j === i ? 'comma' : listLink(mentions[j - 1]!, mentions[j]!, toks, sets);
        if (link === null) break;
        setHint(mentions[j]!, listed);
        if (link === 'coordinator') break;
      }
      continue;
    }
    if (m.cue !== null || m.hint !== null) continue;
    const kind = nounKind(toks[m.first - 1]?.text, w)
      ?? (sets.employerRoles.size > 0 && !possessiveAfter(m, toks, text) && employerBefore(m, toks, sets) ? 'ORG' : null)
      ?? appositionKind(m, toks, w, sets)
      ?? kindBeforeComma(m, toks, w, sets);
    if (kind) m.hint = kind;
  }
}

/**
 * A dateline's place: a name that opens its sentence and is followed by a news agency in brackets ("SAN
 * FRANCISCO (AP) —", "LONDON, Oct 3 (Reuters) -", "DEN HAAG (ANP) -") or, written in capitals, by an en or em
 * dash ("BERLIN —") or a hyphen that ends the dateline ("BRUSSEL - Volgens …", split off by segmentText).
 * Taggers read such capitals as an organisation as often as a place; the agency becomes no short form of the
 * place (resolve.ts).
 */
/** Letters, all of them capitals. */
function inCapitals(form: string): boolean {
  return form === form.toUpperCase() && form !== form.toLowerCase();
}

function isDateline(m: NameMention, toks: readonly Token[]): boolean {
  if (m.first !== 0) return false;
  const next = toks[m.last]?.text;
  // A hyphen only where it ends the sentence (the segmenter split a dateline off: "BRUSSEL - Volgens …"), and
  // only against a reading as a person: CoNLL's "RTRS - Sydney Newsroom" and "RUGBY LEAGUE - Wigan …" look
  // the same, and the tagger reads them as the organisations and events they are.
  if (next === '-' && m.last === toks.length - 1) return m.type === 'PER' && inCapitals(m.form);
  if (next !== undefined && DASH.test(next)) return inCapitals(m.form);
  for (let k = m.last; k < toks.length && k - m.last <= MAX_DATELINE_GAP; k++) {
    if (toks[k]!.text === '(') return toks[k + 2]?.text === ')' && KNOWN_ORGANIZATIONS.has(toks[k + 1]!.text.toLowerCase());
  }
  return false;
}

function setHint(m: NameMention, kind: NerType): void {
  if (m.cue === null && m.hint === null) m.hint = kind;
}
