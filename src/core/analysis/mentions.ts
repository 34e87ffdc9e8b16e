import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import { isLowercaseWord, isPunctuation, startsWithLetter, startsWithUppercase } from '../text/letters.ts';
import { KNOWN_DISEASES, KNOWN_ORGANIZATIONS, KNOWN_PRODUCTS, NAME_PARTICLES, NOT_NAMES, PRODUCT_MAKERS } from '../lang/names.ts';
import type { NerType, Sentence, Token } from '../types.ts';
import { isNationality, isRoleNoun, MAX_EMPLOYER_ROLE_WORDS } from './role-words.ts';

/** A name as the tagger found it, trimmed to the name itself. Token ranges are [first, last). */
export interface NameMention {
  sentenceIndex: number;
  first: number;
  last: number;
  start: number;
  end: number;
  type: NerType;
  /** The name as written, without invisible characters ("Mike Pence", "VS"). */
  form: string;
  /** The name's words, lowercased, for matching. */
  words: string[];
  /** A title such as "Mr" or "de heer" preceded the name: a strong sign of a person. */
  honorific: boolean;
  /** That title, lowercased ("mr.", "de heer"), or null. */
  title: string | null;
  /**
   * The type the text itself gives the name, beyond the tagger: "Amazon-owned" says Amazon owns something,
   * "Seattle-based" that Seattle is a place, a title that it is a person. Null when the text says nothing.
   */
  cue: NerType | null;
  /**
   * The type the wording around the name suggests ("the company Novell", "CEO of Novell", "Novell, a software
   * company"; see context-cues.ts): weaker than a cue, it decides only where nothing says the name is a person.
   */
  hint: NerType | null;
}

type Chunk = { first: number; last: number; type: NerType };

const NER_TYPES = new Set<string>(['PER', 'LOC', 'ORG', 'MISC']);
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONLY_DIGITS = /^[\p{N}\p{P}\s]*$/u;
const CASED_LOWER = /\p{Ll}/u;
const LONE_INITIAL = /^\p{L}\.$/u;
const UPPER = /\p{Lu}/u;
const TRAILING_POSSESSIVE = /['’][sS]?$/u;
const POSSESSIVE_TOKEN = /^['’][sS]$/u;

/**
 * Spans [first, last) of each BIO chunk in the first `length` tags; an I- without its B- opens a chunk, as
 * CoNLL scoring does.
 */
export function chunksFromTags(tags: readonly string[], length = tags.length): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  const n = Math.min(length, tags.length);
  for (let i = 0; i < n; i++) {
    const tag = tags[i] ?? 'O';
    // Most tokens are outside any name: no prefix and type to cut out of the tag.
    if (tag === 'O') {
      if (open) out.push(open);
      open = null;
      continue;
    }
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    const known = (prefix === 'B-' || prefix === 'I-') && NER_TYPES.has(type);
    if (open && known && prefix === 'I-' && type === open.type) {
      open.last = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = known ? { first: i, last: i + 1, type: type as NerType } : null;
  }
  if (open) out.push(open);
  return out;
}

function isTitleWord(word: string, sets: LanguageSets): boolean {
  const lower = word.toLowerCase();
  return sets.honorifics.has(lower) || sets.honorifics.has(lower.replace(/\.$/, ''));
}

/** A lone nationality adjective ("Amerikaanse", "Sudanese"): MISC in CoNLL, but no name for a card. */
function isNationalityChunk(c: Chunk, toks: readonly Token[], sets: LanguageSets): boolean {
  if (c.type !== 'MISC' || c.last - c.first !== 1) return false;
  const word = toks[c.first]!.text;
  // Also the people: "Americans", "Sudanese".
  return isNationality(word, sets) || (word.endsWith('s') && isNationality(word.slice(0, -1), sets));
}

/**
 * Joins chunks the tagger split inside one name: directly adjacent ones ("François-Xavier" + "Bagnoud
 * Center", typed by the last, the head) and ones around a name particle ("Osama" bin "Laden", a person).
 */
function joinSplitNames(chunks: Chunk[], toks: readonly Token[], sets: LanguageSets, titleCase: boolean): Chunk[] {
  const out: Chunk[] = [];
  const possessiveHeads = sets.possessiveHeads;
  const orgHeads = sets.organizationHeads;
  const personStarts = new Set(chunks.filter((c) => c.type === 'PER').map((c) => c.first));
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // Swallowed by the name before it ("Center on Poverty" took "Poverty").
    if (prev && c.first < prev.last) {
      if (c.last > prev.last) prev.last = c.last;
      continue;
    }
    // "Fisherman's Terminal", "Sam's Club": a possessive inside one name, before a head noun of places and shops.
    if (prev && c.first === prev.last + 1 && c.last === c.first + 1 && POSSESSIVE_TOKEN.test(toks[prev.last]!.text)
      && possessiveHeads.has(toks[c.first]!.text.toLowerCase()) && !isNationalityChunk(prev, toks, sets)) {
      out[out.length - 1] = { first: prev.first, last: c.last, type: c.type };
      continue;
    }
    if (prev && !isNationalityChunk(prev, toks, sets) && !isNationalityChunk(c, toks, sets)) {
      if (c.first === prev.last) { out[out.length - 1] = { first: prev.first, last: c.last, type: c.type }; continue; }
      if (c.first === prev.last + 1 && NAME_PARTICLES.has(toks[prev.last]!.text)) {
        out[out.length - 1] = { first: prev.first, last: c.last, type: 'PER' };
        continue;
      }
    }
    out.push(titleCase ? c : extendOrganization(c, toks, sets, orgHeads, personStarts));
  }
  return out;
}

const CONNECTOR_AFTER_HEAD = new Set(['of', 'on', 'for', 'van', 'voor']);

/**
 * An organisation's head noun followed by a connector and capitalised words is one name the tagger cut
 * short: "Center" + on + "Poverty" and "Inequality". The chunk grows over them (an organisation);
 * a later connector ("and") continues it, but not before a person's name.
 */
function extendOrganization(c: Chunk, toks: readonly Token[], sets: LanguageSets, heads: ReadonlySet<string>, personStarts: ReadonlySet<number>): Chunk {
  if (c.type === 'PER' || !heads.has(toks[c.last - 1]!.text.toLowerCase())) return c;
  const connector = toks[c.last]?.text;
  if (connector === undefined || !CONNECTOR_AFTER_HEAD.has(connector) || !sets.nameConnectors.has(connector)) return c;
  let end = c.last;
  for (let i = c.last; i < toks.length; i++) {
    const t = toks[i]!.text;
    // Not a weekday ("the Security Council on Monday voted") nor another word that names nothing.
    if (CAPITALISED_WORD.test(t) && !isFunctionWord(t.toLowerCase(), sets)) { end = i + 1; continue; }
    const and = i > c.last && !CONNECTOR_AFTER_HEAD.has(t);
    if (i === end && sets.nameConnectors.has(t) && CAPITALISED_WORD.test(toks[i + 1]?.text ?? '') && !(and && personStarts.has(i + 1))) continue;
    break;
  }
  return end > c.last + 1 ? { first: c.first, last: end, type: 'ORG' } : c;
}

/** "Noord-" in "Noord- en Zuid-Korea" is short for "Noord-Korea": the completed words, or null. */
function completeSuspendedHyphen(form: string, toks: readonly Token[], last: number): string | null {
  const conj = toks[last];
  const next = toks[last + 1];
  if (!conj || !next || /^\p{Lu}/u.test(conj.text)) return null;
  const hyphen = next.text.indexOf('-');
  return hyphen > 0 ? form + next.text.slice(hyphen + 1) : null;
}

// Headlines in title case capitalise every word; there a capital says nothing about names.
const TITLE_CASE_SHARE = 0.5;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;

function isTitleCase(toks: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of toks) {
    if (!startsWithLetter(t.text)) continue;
    words++;
    if (startsWithUppercase(t.text)) capitalised++;
  }
  return words > 2 && capitalised / words > TITLE_CASE_SHARE;
}

/**
 * A capitalised function word right after a person's name, inside a sentence, is part of the name the
 * tagger cut short ("Moon Jae In"): in running text "In" is only capitalised as a name.
 */
function continuesPersonName(next: Token | undefined, sets: LanguageSets): boolean {
  return next !== undefined && CAPITALISED_WORD.test(next.text) && sets.stopWords.has(next.text.toLowerCase());
}

/**
 * Where a person's name starts when the words before it are a surname's prefix (`surnamePrefixes`) that
 * opens with a capital: "Van Halst", "Van der Sar", "De Wever", "Ter Stegen". A lowercase "van" or "de"
 * before a name is a preposition or an article ("van Ajax", "de Amsterdammers").
 */
function withSurnamePrefix(toks: readonly Token[], first: number, sets: LanguageSets): number {
  let start = first;
  for (let k = first - 1; k >= 0 && first - k <= MAX_SURNAME_PREFIX_WORDS && sets.surnamePrefixes.has(toks[k]!.text.toLowerCase()); k--) {
    // "De" opening a sentence is its article ("De Braziliaan Jean Magalhaes").
    if (CAPITALISED_WORD.test(toks[k]!.text) && !(k === 0 && sets.determiners.has(toks[k]!.text.toLowerCase()))) start = k;
  }
  return start;
}
// "Van der", "van den": the words a surname's prefix may have.
const MAX_SURNAME_PREFIX_WORDS = 2;

/** How many tokens at `first` are an employer role and its preposition ("CEO of", "topman van"), leaving a name after them; 0 if none. */
function leadingEmployerRole(toks: readonly Token[], first: number, last: number, sets: LanguageSets): number {
  let words = '';
  for (let k = first; k < last - 2 && k - first < MAX_EMPLOYER_ROLE_WORDS; k++) {
    words = words === '' ? toks[k]!.text.toLowerCase() : `${words} ${toks[k]!.text.toLowerCase()}`;
    if (sets.employerRoles.has(words) && sets.employerPrepositions.has(toks[k + 1]!.text)) return k + 2 - first;
  }
  return 0;
}

/** A token "X-owned"/"X-based" (per the language's name modifiers) in [from, to): where, the type it gives X, and how many characters to cut. */
function modifierIn(toks: readonly Token[], from: number, to: number, sets: LanguageSets): { at: number; type: NerType; cut: number } | null {
  const modifiers = sets.data.nameModifiers;
  if (!modifiers || modifiers.length === 0) return null;
  for (let k = from; k < to; k++) {
    const t = toks[k]!.text;
    const hyphen = t.lastIndexOf('-');
    if (hyphen < 1 || !UPPER.test(t[0]!)) continue;
    const suffix = t.slice(hyphen + 1).toLowerCase();
    const found = modifiers.find(([m]) => m === suffix);
    // "Windows-based PCs": what a known product is the base of is no place.
    if (found) return { at: k, type: KNOWN_PRODUCTS.has(t.slice(0, hyphen).toLowerCase()) ? 'MISC' : found[1], cut: t.length - hyphen };
  }
  return null;
}

/**
 * The mention for tokens [first, last) of sentence `s`, cutting `cut` characters off its end (the "-owned"
 * of a modifier), or null when what is left cannot be a name: a function word on its own, a single
 * character, digits, all-lowercase words or a lone role word.
 */
function makeMention(text: string, toks: readonly Token[], s: number, first: number, last: number, type: NerType, title: string | null, cue: NerType | null, sets: LanguageSets, cut: number): NameMention | null {
  const start = toks[first]!.start;
  let end = toks[last - 1]!.end - cut;
  const lastRaw = text.slice(toks[last - 1]!.start, end);
  const possessive = TRAILING_POSSESSIVE.exec(lastRaw);
  if (possessive && possessive.index > 0) end -= possessive[0].length;
  let form = visible(text.slice(start, end)).replace(/\s+/g, ' ').trim();
  if (form.endsWith('-')) {
    const completed = completeSuspendedHyphen(form, toks, last);
    if (!completed) return null;
    form = completed;
  }
  if (form.length < 2 || !HAS_LETTER_OR_DIGIT.test(form) || ONLY_DIGITS.test(form) || LONE_INITIAL.test(form)) return null;
  if (CASED_LOWER.test(form) && !UPPER.test(form)) return null;
  const words = form.toLowerCase().split(' ');
  if (words.length === 1 && (isFunctionWord(words[0]!, sets) || NOT_NAMES.has(words[0]!) || isContraction(words[0]!, sets) || isDateWord(words[0]!, toks, first, last, sets))) return null;
  // A title on its own ("President", "Vice-president") is a role, not a name.
  if (last - first === 1 && cut === 0 && isRoleNoun(form, sets)) return null;
  return { sentenceIndex: s, first, last, start, end, type, form, words, honorific: title !== null, title, cue: cue ?? knownCue(words, toks[first - 1], toks[last], sets), hint: null };
}

/** A capitalised article that opens titles of works and publications ("The" of "The Verge"; `titleArticles`). */
function isTitleArticle(word: string | undefined, sets: LanguageSets): boolean {
  return word !== undefined && startsWithUppercase(word) && (sets.data.titleArticles?.includes(word.toLowerCase()) ?? false);
}

function isFunctionWord(word: string, sets: LanguageSets): boolean {
  return sets.nonEntityWords.has(word) || sets.stopWords.has(word);
}

const CONTRACTION = /^(\p{L}+)['’]\p{L}{1,2}$/u;

/** "I’m", "It's", "We’ve": a pronoun with its verb, capitalised at a sentence's start, not a name. */
function isContraction(word: string, sets: LanguageSets): boolean {
  const m = CONTRACTION.exec(word);
  return m !== null && isFunctionWord(m[1]!, sets);
}

// "Nov", "Sept." and "Dec" are months cut to three or four letters.
const MIN_MONTH_ABBREVIATION = 3;
const MAX_MONTH_ABBREVIATION = 4;
const DIGIT_START = /^\d/;

/**
 * A month, written out or cut short, next to a day or year ("Nov. 29, 2016", "22 Dec, 2016"): part of a date,
 * not a name. A month without a number beside it may be one ("Theresa May", "April Ryan").
 */
function isDateWord(word: string, toks: readonly Token[], first: number, last: number, sets: LanguageSets): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  const month = sets.months.has(bare) || (bare.length >= MIN_MONTH_ABBREVIATION && bare.length <= MAX_MONTH_ABBREVIATION
    && sets.data.months.some((m) => m.startsWith(bare)));
  if (!month) return false;
  let next = last;
  while (toks[next] !== undefined && (toks[next]!.text === '.' || toks[next]!.text === ',')) next += 1;
  return DIGIT_START.test(toks[next]?.text ?? '') || DIGIT_START.test(toks[first - 1]?.text ?? '');
}

// A compound's end counts as an organisation's noun from this length ("…vereniging", "…dienst"), so that
// short nouns ("bond") do not match inside unrelated words.
const MIN_COMPOUND_PREFIX = 6;

function isOrganizationPrefix(word: string, sets: LanguageSets): boolean {
  if (sets.organizationPrefixes.has(word)) return true;
  if (!sets.data.compoundRoles) return false;
  for (const p of sets.organizationPrefixes) if (p.length >= MIN_COMPOUND_PREFIX && word.endsWith(p)) return true;
  return false;
}

/**
 * What the language data say a name is: a well-known organisation or place, an organisation by its last
 * word ("Acme Inc.", "Purdue University"), a place by its last word ("Attu Island"), or an organisation by
 * the noun after it ("Vulture magazine").
 */
function knownCue(words: readonly string[], prev: Token | undefined, next: Token | undefined, sets: LanguageSets): NerType | null {
  const key = words.join(' ');
  if (sets.holidays.has(key) || KNOWN_PRODUCTS.has(key) || KNOWN_DISEASES.has(key)) return 'MISC';
  if (KNOWN_ORGANIZATIONS.has(key)) return 'ORG';
  if (sets.knownPlaces.has(key)) return 'LOC';
  if (words.length > 1 && sets.organizationSuffixes.has(words[words.length - 1]!)) return 'ORG';
  if (words.length > 1 && (isOrganizationPrefix(words[0]!, sets) || (sets.organizationHeads.has(words[0]!) && CONNECTOR_AFTER_HEAD.has(words[1]!)))) return 'ORG';
  if (words.length > 1 && sets.placeSuffixes.has(words[words.length - 1]!)) return 'LOC';
  if (isProductName(words, prev, sets)) return 'MISC';
  if (next !== undefined && sets.organizationNounsAfter.has(next.text)) return 'ORG';
  return null;
}

/**
 * A known product with an edition after it ("Kindle Fire HD", "Xbox Live", "Windows Mobile") or its maker
 * before it ("Google Android", "Microsoft Windows", "Nintendo Wii U"): one name, of type other. Not after a
 * capitalised "The" ("The Mac Observer" is a publication), and not "Mac" first: also a first name.
 */
function isProductName(words: readonly string[], prev: Token | undefined, sets: LanguageSets): boolean {
  if (words.length < 2 || isTitleArticle(prev?.text, sets)) return false;
  if (KNOWN_PRODUCTS.has(words[0]!) && words[0] !== 'mac') return true;
  return (PRODUCT_MAKERS.has(words[0]!) || KNOWN_ORGANIZATIONS.has(words[0]!)) && KNOWN_PRODUCTS.has(words.slice(1).join(' '));
}

// A title before a name is followed by one to three words of it; longer runs are names of their own.
const MAX_NAME_AFTER_TITLE = 3;

/**
 * How many tokens at `first` are a title before a person's name inside a name the tagger did not read as a
 * person ("President-elect Trump", "Prime Minister X"), or 0. Not when the name ends in an organisation's
 * head noun ("President Hotel"), nor for words that are also modifiers of other names ("General Motors").
 */
function leadingTitle(toks: readonly Token[], first: number, last: number, sets: LanguageSets): number {
  const w = toks[first]!.text;
  const lower = w.toLowerCase();
  let n = 0;
  if (isRoleNoun(w, sets) && !sets.roleModifiers.has(lower)) n = 1;
  else if (sets.roleModifiers.has(lower) && !isRoleNoun(w, sets) && first + 1 < last && isRoleNoun(toks[first + 1]!.text, sets) && !sets.roleModifiers.has(toks[first + 1]!.text.toLowerCase())) n = 2;
  if (n === 0 || !CAPITALISED_WORD.test(w.split('-')[0]!)) return 0;
  const rest = last - first - n;
  if (rest < 1 || rest > MAX_NAME_AFTER_TITLE) return 0;
  const next = toks[first + n]!.text;
  const end = toks[last - 1]!.text.toLowerCase();
  if (!startsWithUppercase(next) || sets.organizationHeads.has(end) || sets.possessiveHeads.has(end)) return 0;
  return n;
}

/**
 * The type a fact box's label gives the name after it ("Publisher Yacht Club Games", "Platform Win, Wii U,
 * 3DS"; `factLabels`), when the label opens a line that reads as a fact, not a sentence: no lowercase word
 * but function words. Null otherwise.
 */
function factLabel(toks: readonly Token[], text: string, start: number, sets: LanguageSets): NerType | null {
  const labels = sets.data.factLabels;
  if (!labels || !startsWithUppercase(toks[0]!.text)) return null;
  const lower = toks[0]!.text.toLowerCase();
  const found = labels.find(([l]) => l === lower);
  return found && blankToLineEdge(text, start - 1, -1) && isHeadline(toks, sets) ? found[1] : null;
}

/**
 * Turns the tagger's chunks into clean name mentions: titles ("Mr", "dhr.", "de heer") and sentence-initial
 * function words are trimmed off, possessives ("Mugabe's", "Pence'") too, and what is left is dropped when
 * it cannot be a name: a function word on its own, a single character, digits, or all-lowercase words.
 */
export function mentionsFromTags(text: string, sentences: readonly Sentence[], tags: readonly (readonly string[])[], sets: LanguageSets): NameMention[] {
  const out: NameMention[] = [];
  const headline = new Set<NameMention>();
  // Surnames of people the tagger read into an organisation's name: its reading of them alone is suspect too.
  let misreadSurnames: Set<string> | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const toks = sentence.tokens;
    const sentTags = tags[s] ?? [];
    const chunks = chunksFromTags(sentTags, toks.length);
    // Most sentences hold no name: nothing to join, and their case need not be read.
    if (chunks.length === 0) continue;
    const titleCase = isTitleCase(toks);
    for (const chunk of joinSplitNames(chunks, toks, sets, titleCase)) {
      if (isNationalityChunk(chunk, toks, sets)) continue;
      let { first, last } = chunk;
      if (chunk.type === 'PER' && !titleCase && continuesPersonName(toks[last], sets)) last += 1;
      // "aldus Van Halst", "Van der Sar": a surname's capitalised prefix the tagger left out.
      if (chunk.type === 'PER' && !titleCase) first = withSurnamePrefix(toks, first, sets);
      let title: string | null = null;
      let roleTitle = false;
      // "Publisher Yacht Club Games" opening a fact box's line: the label is no part of the name, and says its type.
      const label = first === 0 && last - first > 1 ? factLabel(toks, text, sentence.start, sets) : null;
      if (label) first += 1;
      // Leading titles and leading function words ("De VS", "Mr Obama"); a two-word title ("de heer") too.
      for (;;) {
        if (first >= last) break;
        const w = toks[first]!.text;
        // A separator the tagger took in ("· Bron", "| Reuters") is no part of a name.
        if (isPunctuation(w)) { first += 1; continue; }
        const two = first + 1 < last ? `${w} ${toks[first + 1]!.text}`.toLowerCase() : '';
        if (two && sets.honorifics.has(two)) { title = two; first += 2; continue; }
        if (isTitleWord(w, sets)) { title = w.toLowerCase(); first += 1; continue; }
        // "President Barack Obama" tagged as one name: the title is a role, found by findRoles.
        if (chunk.type === 'PER' && last - first > 1 && isRoleNoun(w, sets)) { first += 1; continue; }
        // "minister van Binnenlandse Zaken Otto Schily" read as one name from "Binnenlandse": the words
        // before the last two are the role's complement.
        if (chunk.type === 'PER' && last - first > 2 && first >= 2 && sets.rolePrepositions.has(toks[first - 1]!.text) && isRoleNoun(toks[first - 2]!.text, sets)) {
          first = last - 2;
          continue;
        }
        // "Minister van Financiën Wopke Hoekstra (CDA) zei" read as one organisation, the ministry's: when a
        // party in brackets or a speech verb follows two capitalised words, they are the minister. Not "the
        // governor of the Bank of Israel", "official at Woodlands Nursing Home said": a function word, the
        // name's one capitalised word before them, or an organisation's head noun last.
        if (chunk.type !== 'PER' && !roleTitle && last - first > 2 && first >= 2 && sets.rolePrepositions.has(toks[first - 1]!.text) && isRoleNoun(toks[first - 2]!.text, sets)
          && (toks[last]?.text === '(' || sets.speechVerbs.has(toks[last]?.text ?? ''))
          && [last - 3, last - 2, last - 1].every((k) => CAPITALISED_WORD.test(toks[k]!.text) && !isFunctionWord(toks[k]!.text.toLowerCase(), sets))
          && !sets.organizationHeads.has(toks[last - 1]!.text.toLowerCase()) && !sets.possessiveHeads.has(toks[last - 1]!.text.toLowerCase())) {
          first = last - 2;
          roleTitle = true;
          (misreadSurnames ??= new Set()).add(toks[last - 1]!.text.toLowerCase());
          continue;
        }
        // "CEO of Vail Resorts" read as one organisation or place ("Cofounder of Square"): the role is no
        // part of its name (and, left before it, says it is an employer: context-cues.ts). Not in a name of
        // type other: "Founder of the Year" is an award's.
        const employer = chunk.type === 'ORG' || chunk.type === 'LOC' ? leadingEmployerRole(toks, first, last, sets) : 0;
        if (employer > 0) { first += employer; continue; }
        // "President-elect Trump", "Prime Minister X" read as one other name: the title is a role and
        // the rest a person.
        const role = chunk.type === 'PER' ? 0 : leadingTitle(toks, first, last, sets);
        if (role > 0) { first += role; roleTitle = true; continue; }
        const lower = w.toLowerCase();
        // "De VS" at the start of a sentence loses its article; "De Jonge" and "Van Dijk" in a person's
        // name keep it, as does any capitalised article inside a sentence.
        const article = sets.determiners.has(lower);
        // A capitalised surname prefix opens a person's name ("Van Halst"), whatever else the word is.
        const prefix = chunk.type === 'PER' && lower !== w && sets.surnamePrefixes.has(lower);
        const strip = !prefix && (article ? lower === w || (first === 0 && chunk.type !== 'PER') : sets.nonEntityWords.has(lower));
        if (last - first > 1 && strip) { first += 1; continue; }
        break;
      }
      while (last > first && (isPunctuation(toks[last - 1]!.text) || POSSESSIVE_TOKEN.test(toks[last - 1]!.text))) last -= 1;
      if (first >= last) continue;
      // "Dallas Ebola patient": a disease the tagger read into the name before it is a name of its own.
      let disease: NameMention | null = null;
      if (last - first > 1 && chunk.type !== 'ORG' && KNOWN_DISEASES.has(toks[last - 1]!.text.toLowerCase())) {
        disease = makeMention(text, toks, s, last - 1, last, 'MISC', null, 'MISC', sets, 0);
        last -= 1;
      }
      // "Verizon CIO Shaygan Kheradpir", "Labour MP X" read as one name: the organisation before the
      // abbreviated title is a name of its own, the title a role, and the rest a person.
      const inner = innerTitle(toks, first, last, sets);
      if (inner > 0) {
        const m = makeMention(text, toks, s, first, inner, chunk.type === 'PER' ? 'MISC' : chunk.type, null, null, sets, 0);
        if (m) out.push(m);
        first = inner + 1;
        roleTitle = true;
        title = null;
      }
      // "Mother" + "'s" + "Day": a holiday the tagger cut at its possessive is one name of type other.
      if (POSSESSIVE_TOKEN.test(toks[last]?.text ?? '') && toks[last + 1] !== undefined && sets.holidays.size > 0
        && sets.holidays.has(`${text.slice(toks[first]!.start, toks[last - 1]!.end)}'s ${toks[last + 1]!.text}`.toLowerCase())) {
        const m = makeMention(text, toks, s, first, last + 2, 'MISC', null, 'MISC', sets, 0);
        if (m) out.push(m);
        continue;
      }
      // "Amazon-owned Whole Foods Market", "Mercer Island-based X", or a lone "Washington-based": the
      // modifier names something of its own, with the type it says; the name proper follows it.
      const modifier = modifierIn(toks, first, last, sets);
      if (modifier) {
        const m = makeMention(text, toks, s, first, modifier.at + 1, modifier.type, null, modifier.type, sets, modifier.cut);
        if (m) out.push(m);
        first = modifier.at + 1;
        if (first >= last) continue;
        title = null;
      } else if (first > 0 && !titleCase) {
        // The same modifier left out of the tagged name ("Kroger-owned" before "QFC").
        const before = modifierIn(toks, first - 1, first, sets);
        if (before && !CAPITALISED_WORD.test(toks[first - 2]?.text ?? '')) {
          const m = makeMention(text, toks, s, first - 1, first, before.type, null, before.type, sets, before.cut);
          if (m) out.push(m);
        }
      }
      // A title just before the chunk counts as well ("Mr" left out of the tagged span).
      if (title === null && first > 0) {
        const prev = toks[first - 1]!.text;
        const prev2 = first > 1 ? `${toks[first - 2]!.text} ${prev}`.toLowerCase() : '';
        if (prev2 !== '' && sets.honorifics.has(prev2)) title = prev2;
        else if (isTitleWord(prev, sets)) title = prev.toLowerCase();
      }
      // A person's name does not follow a bare article ("de Winterspelen", "the Obama administration"):
      // there the tagger's PER counts only as an unplaced name, outvoted by any confident reading elsewhere.
      const prevWord = toks[first - 1]?.text;
      const afterArticle = prevWord !== undefined && prevWord === prevWord.toLowerCase() && sets.determiners.has(prevWord);
      // Nor a capitalised "The" inside a sentence, or one the tagger took into the name: that opens a title
      // ("The Verge", "even The Phantom Menace", "The Hangover"), never a person's name.
      const titled = (first > 1 && isTitleArticle(prevWord, sets)) || (last - first > 1 && isTitleArticle(toks[first]!.text, sets));
      const type = roleTitle ? 'PER' : chunk.type === 'PER' && title === null && (afterArticle || titled) ? 'MISC' : chunk.type;
      const m = makeMention(text, toks, s, first, last, type, title, title !== null || roleTitle ? 'PER' : label, sets, 0);
      if (m) out.push(m);
      if (m && titleCase) headline.add(m);
      if (disease) out.push(disease);
    }
  }
  // "Hoekstra wees erop": the tagger, having read "Financiën Wopke Hoekstra" as one organisation, reads the
  // surname alone as one too.
  if (misreadSurnames) for (const m of out) if (m.words.length === 1 && m.cue === null && m.type !== 'PER' && misreadSurnames.has(m.words[0]!)) m.type = 'PER';
  markPhotographers(out, sentences);
  markProducts(out, sentences);
  // Counted on first use: only headlines and lone one-word persons ask, and many articles have neither.
  let lowerCounts: Map<string, number> | null = null;
  const lower = (): ReadonlyMap<string, number> => (lowerCounts ??= lowercaseWords(sentences));
  let kept = out;
  if (headline.size > 0) {
    // The names the article writes in running text; dropping headline phrases leaves them as they are.
    const running = new Set(out.filter((m) => !headline.has(m)).map((m) => m.words.join(' ')));
    kept = trimHeadlineWords(dropHeadlinePhrases(out, headline, running, sentences, sets, lower), headline, running, text, sentences, sets, lower);
  }
  return dropLoneLabels(dropCommonNouns(trimSentenceOpeners(kept, text, sentences, sets, lower), lower), text, sentences);
}

/** Where a sentence or a quotation opens: its first token, or one right after an opening quotation mark. */
function opensClause(toks: readonly Token[], i: number): boolean {
  return i === 0 || (i === 1 && OPENING_QUOTE.test(toks[0]!.text));
}
const OPENING_QUOTE = /^["'\u201c\u201e\u2018\u00ab]$/u;

/**
 * A word capitalised only because it opens a sentence or a quotation, which the tagger read into the name
 * after it ('"All Apple really has done is …"'): cut off when the article writes that word in lowercase
 * elsewhere and names the rest on its own ("Apple"). "All Nippon Airways" stays unless "Nippon Airways" does,
 * and so do people: a first name is often a word too ("Frank Vandenbroucke" beside "de Belgische frank").
 */
function trimSentenceOpeners(mentions: NameMention[], text: string, sentences: readonly Sentence[], sets: LanguageSets, lower: () => ReadonlyMap<string, number>): NameMention[] {
  const candidate = (m: NameMention): boolean => m.type !== 'PER' && m.words.length > 1 && m.cue === null && !m.honorific
    && opensClause(sentences[m.sentenceIndex]!.tokens, m.first) && !sets.determiners.has(m.words[0]!) && !NAME_PARTICLES.has(m.words[0]!);
  if (!mentions.some(candidate)) return mentions;
  const named = new Set(mentions.map((m) => m.words.join(' ')));
  return mentions.map((m) => {
    if (!candidate(m) || !named.has(m.words.slice(1).join(' ')) || !lower().has(m.words[0]!)) return m;
    return makeMention(text, sentences[m.sentenceIndex]!.tokens, m.sentenceIndex, m.first + 1, m.last, m.type, m.title, m.cue, sets, 0) ?? m;
  });
}

/**
 * A photo credit names the photographer before a slash and the agency ("Ashraf Shazly/Agence France-Presse",
 * "Foto: Jan Jansen/ANP"): a name of two or more words right before "/" and a known agency is a person.
 */
function markPhotographers(mentions: NameMention[], sentences: readonly Sentence[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.cue !== null || m.words.length < 2 || next.sentenceIndex !== m.sentenceIndex || next.first !== m.last + 1) continue;
    if (sentences[m.sentenceIndex]!.tokens[m.last]!.text === '/' && KNOWN_ORGANIZATIONS.has(next.words.join(' '))) {
      m.cue = 'PER';
      m.type = 'PER';
    }
  }
}

// "(free - Android)" is a list; "(Corrects the paragraph to show the Wii is from Nintendo)" is a sentence.
const MAX_LOWERCASE_IN_LIST = 1;

/**
 * A parenthesis that lists a known platform ("Evernote (Android, iOS, Win, Mac)", "Text Expander ($5 iOS,
 * Mac)") is a list of platforms and prices: the names in it are products ("Win"), and so is the name right
 * before it (an app), unless the text says otherwise.
 */
function markProducts(mentions: NameMention[], sentences: readonly Sentence[]): void {
  let sentenceIndex = -1;
  let spans: [number, number][] = [];
  for (const m of mentions) {
    if (m.sentenceIndex !== sentenceIndex) {
      sentenceIndex = m.sentenceIndex;
      spans = productParentheses(sentences[sentenceIndex]!.tokens);
    }
    if (m.cue !== null || spans.length === 0) continue;
    if (spans.some(([open, close]) => m.last === open || (m.first > open && m.last <= close))) {
      m.cue = 'MISC';
      m.type = 'MISC';
    }
  }
}

/** Token spans [open, close] of the parentheses in a sentence that hold a known product's name. */
function productParentheses(toks: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let product = false;
  let lowercase = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (t === '(') { open = i; product = false; lowercase = 0; } else if (t === ')' && open >= 0) {
      if (product && lowercase <= MAX_LOWERCASE_IN_LIST) out.push([open, i]);
      open = -1;
    } else if (open >= 0) {
      if (KNOWN_PRODUCTS.has(t.toLowerCase())) product = true;
      else if (isLowercaseWord(t)) lowercase += 1;
    }
  }
  return out;
}

// A title written in capitals inside a tagged name: "CEO", "CIO", "MP" ("Verizon CIO Shaygan Kheradpir").
const ABBREVIATED_TITLE = /^\p{Lu}{2,4}$/u;

/**
 * Where a title written in capitals ("CEO", "CIO", "MP") stands inside a tagged name, between the name of
 * what the person works for and the person's name ("Google CEO Sundar Pichai"): its token index, or 0.
 */
function innerTitle(toks: readonly Token[], first: number, last: number, sets: LanguageSets): number {
  for (let k = first + 1; k < last - 1; k++) {
    const w = toks[k]!.text;
    if (!ABBREVIATED_TITLE.test(w) || !isRoleNoun(w, sets)) continue;
    if (last - k - 1 > MAX_NAME_AFTER_TITLE) return 0;
    for (let i = k + 1; i < last; i++) if (!startsWithUppercase(toks[i]!.text)) return 0;
    return k;
  }
  return 0;
}

/** Whether only blanks stand between `from` and the line break (or the text's end) in direction `step`. */
function blankToLineEdge(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** Whether mention `m` is all its line holds, but for punctuation: a heading, a kicker, a label. */
function standsAlone(m: NameMention, text: string, sentences: readonly Sentence[]): boolean {
  const sentence = sentences[m.sentenceIndex]!;
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) if ((i < m.first || i >= m.last) && !isPunctuation(toks[i]!.text)) return false;
  return blankToLineEdge(text, sentence.start - 1, -1) && blankToLineEdge(text, sentence.end, 1);
}

/**
 * A single capitalised word alone on its line that the tagger cannot place ("Buitenland", "Opinie",
 * "Politics" above a headline) is a section label: a name only when the article names it in running text
 * too ("Pence" of "Mike Pence"). A person, place or organisation alone on its line (a dateline "BRUSSEL")
 * stays.
 */
function dropLoneLabels(mentions: NameMention[], text: string, sentences: readonly Sentence[]): NameMention[] {
  const alone = mentions.map((m) => m.words.length === 1 && m.type === 'MISC' && m.cue === null && standsAlone(m, text, sentences));
  if (!alone.includes(true)) return mentions;
  const used = new Set<string>();
  mentions.forEach((m, i) => { if (!alone[i]) for (const w of m.words) used.add(w); });
  return mentions.filter((m, i) => !alone[i] || used.has(m.words[0]!));
}

/** How often each word is written all in lowercase in the sentences: as a common noun, not a name. */
function lowercaseWords(sentences: readonly Sentence[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) for (const t of s.tokens) if (isLowercaseWord(t.text)) out.set(t.text, (out.get(t.text) ?? 0) + 1);
  return out;
}


// Words this short may stay lowercase in a headline ("Zuckerberg Didn't Want To Take Over the World").
const MAX_LOWERCASE_HEADLINE_WORD = 3;

/** A headline proper: every longer word capitalised but function words ("Survive the Next Semester"). */
function isHeadline(toks: readonly Token[], sets: LanguageSets): boolean {
  for (const t of toks) {
    const w = t.text;
    if (isLowercaseWord(w) && w.length > MAX_LOWERCASE_HEADLINE_WORD && !sets.stopWords.has(w) && !sets.nameConnectors.has(w)) return false;
  }
  return true;
}

/**
 * A headline capitalises every word, so the tagger reads phrases of common words there as names ("Survive
 * the Next Semester", "Five Social Media Lessons for Business", "Spill"): a name found only in headlines,
 * without a cue, is dropped when most of its words (but for connectors) are written in lowercase
 * elsewhere in the article. A name the article also writes in running text stays ("White House"), and so
 * does one written in capitals ("RUGBY UNION"), where case says nothing.
 */
function dropHeadlinePhrases(
  mentions: NameMention[], headline: ReadonlySet<NameMention>, running: ReadonlySet<string>, sentences: readonly Sentence[], sets: LanguageSets,
  lower: () => ReadonlyMap<string, number>,
): NameMention[] {
  const headlines = new Map<number, boolean>();
  const inHeadline = (s: number): boolean => {
    let verdict = headlines.get(s);
    if (verdict === undefined) headlines.set(s, verdict = isHeadline(sentences[s]!.tokens, sets));
    return verdict;
  };
  const common = (m: NameMention): boolean => {
    if (!headline.has(m) || m.cue !== null || running.has(m.words.join(' ')) || !CASED_LOWER.test(m.form)) return false;
    if (!inHeadline(m.sentenceIndex)) return false;
    const content = m.words.filter((w) => !sets.nameConnectors.has(w) && !sets.determiners.has(w));
    return 2 * content.filter((w) => lower().has(w)).length > content.length;
  };
  return mentions.filter((m) => !common(m));
}

/**
 * A headline capitalises every word, so a name there may carry a common noun ("Are There Any Un-Angry
 * Trump Supporters?"): its last word is cut when the article writes that word in lowercase elsewhere and
 * names what is left, but never the whole, in running text ("Mozilla Summit" stays).
 */
function trimHeadlineWords(
  mentions: NameMention[], headline: ReadonlySet<NameMention>, running: ReadonlySet<string>, text: string, sentences: readonly Sentence[],
  sets: LanguageSets, lower: () => ReadonlyMap<string, number>,
): NameMention[] {
  return mentions.map((m) => {
    const lastWord = m.words[m.words.length - 1]!;
    const toks = sentences[m.sentenceIndex]!.tokens;
    if (!headline.has(m) || m.words.length < 2 || m.last - m.first < 2 || toks[m.last - 1]!.text.toLowerCase() !== lastWord) return m;
    if (!lower().has(lastWord) || running.has(m.words.join(' ')) || !running.has(m.words.slice(0, -1).join(' '))) return m;
    return makeMention(text, toks, m.sentenceIndex, m.first, m.last - 1, 'MISC', m.title, m.cue, sets, 0) ?? m;
  });
}

/**
 * A single capitalised word the tagger read as a person, with no title or other sign of one, that the
 * article writes in lowercase at least as often ("Poverty" beside "poverty") is a common noun, unless it is
 * part of a person's full name in the article ("May" of "Theresa May"). A nickname that is also a noun
 * ("Kauri" three times, "kauri trees" once) stays.
 */
function dropCommonNouns(mentions: NameMention[], lower: () => ReadonlyMap<string, number>): NameMention[] {
  const isLone = (m: NameMention): boolean => m.type === 'PER' && m.words.length === 1 && m.cue === null && lower().has(m.words[0]!);
  if (!mentions.some(isLone)) return mentions;
  const personWords = new Set(mentions.filter((m) => m.type === 'PER' && m.words.length > 1).flatMap((m) => m.words));
  const asName = new Map<string, number>();
  for (const m of mentions) if (isLone(m)) asName.set(m.words[0]!, (asName.get(m.words[0]!) ?? 0) + 1);
  const common = (m: NameMention): boolean => isLone(m) && !personWords.has(m.words[0]!) && (lower().get(m.words[0]!) ?? 0) >= asName.get(m.words[0]!)!;
  return mentions.filter((m) => !common(m));
}
