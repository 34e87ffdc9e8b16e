import type { LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import { NAME_PARTICLES } from '../lang/names.ts';
import type { NerType, Sentence, Token } from '../types.ts';
import { isNationality, isRoleNoun } from './role-words.ts';

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
}

type Chunk = { first: number; last: number; type: NerType };

const NER_TYPES = new Set<string>(['PER', 'LOC', 'ORG', 'MISC']);
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONLY_DIGITS = /^[\p{N}\p{P}\s]*$/u;
const CASED_LOWER = /\p{Ll}/u;
const LONE_INITIAL = /^\p{L}\.$/u;
const UPPER = /\p{Lu}/u;
const TRAILING_POSSESSIVE = /['’][sS]?$/u;
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
const POSSESSIVE_TOKEN = /^['’][sS]$/u;

/** Spans [first, last) of each BIO chunk; an I- without its B- opens a chunk, as CoNLL scoring does. */
export function chunksFromTags(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
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
function joinSplitNames(chunks: Chunk[], toks: readonly Token[], sets: LanguageSets): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    if (prev && !isNationalityChunk(prev, toks, sets) && !isNationalityChunk(c, toks, sets)) {
      if (c.first === prev.last) { out[out.length - 1] = { first: prev.first, last: c.last, type: c.type }; continue; }
      if (c.first === prev.last + 1 && NAME_PARTICLES.has(toks[prev.last]!.text)) {
        out[out.length - 1] = { first: prev.first, last: c.last, type: 'PER' };
        continue;
      }
    }
    out.push(c);
  }
  return out;
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
  const words = toks.filter((t) => /^\p{L}/u.test(t.text));
  return words.length > 2 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > TITLE_CASE_SHARE;
}

/**
 * A capitalised function word right after a person's name, inside a sentence, is part of the name the
 * tagger cut short ("Moon Jae In"): in running text "In" is only capitalised as a name.
 */
function continuesPersonName(next: Token | undefined, sets: LanguageSets): boolean {
  return next !== undefined && CAPITALISED_WORD.test(next.text) && sets.stopWords.has(next.text.toLowerCase());
}

/**
 * Turns the tagger's chunks into clean name mentions: titles ("Mr", "dhr.", "de heer") and sentence-initial
 * function words are trimmed off, possessives ("Mugabe's", "Pence'") too, and what is left is dropped when
 * it cannot be a name: a function word on its own, a single character, digits, or all-lowercase words.
 */
export function mentionsFromTags(text: string, sentences: readonly Sentence[], tags: readonly (readonly string[])[], sets: LanguageSets): NameMention[] {
  const out: NameMention[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const toks = sentence.tokens;
    const sentTags = tags[s] ?? [];
    const titleCase = isTitleCase(toks);
    for (const chunk of joinSplitNames(chunksFromTags(sentTags.slice(0, toks.length)), toks, sets)) {
      if (isNationalityChunk(chunk, toks, sets)) continue;
      let { first, last } = chunk;
      if (chunk.type === 'PER' && !titleCase && continuesPersonName(toks[last], sets)) last += 1;
      let title: string | null = null;
      // Leading titles and leading function words ("De VS", "Mr Obama"); a two-word title ("de heer") too.
      for (;;) {
        if (first >= last) break;
        const w = toks[first]!.text;
        const two = first + 1 < last ? `${w} ${toks[first + 1]!.text}`.toLowerCase() : '';
        if (two && sets.honorifics.has(two)) { title = two; first += 2; continue; }
        if (isTitleWord(w, sets)) { title = w.toLowerCase(); first += 1; continue; }
        // "President Barack Obama" tagged as one name: the title is a role, found by findRoles.
        if (chunk.type === 'PER' && last - first > 1 && isRoleNoun(w, sets)) { first += 1; continue; }
        const lower = w.toLowerCase();
        // "De VS" at the start of a sentence loses its article; "De Jonge" and "Van Dijk" in a person's
        // name keep it, as does any capitalised article inside a sentence.
        const article = sets.determiners.has(lower);
        const strip = article ? lower === w || (first === 0 && chunk.type !== 'PER') : sets.nonEntityWords.has(lower);
        if (last - first > 1 && strip) { first += 1; continue; }
        break;
      }
      while (last > first && (PUNCT_ONLY.test(toks[last - 1]!.text) || POSSESSIVE_TOKEN.test(toks[last - 1]!.text))) last -= 1;
      if (first >= last) continue;
      // A title just before the chunk counts as well ("Mr" left out of the tagged span).
      if (title === null && first > 0) {
        const prev = toks[first - 1]!.text;
        const prev2 = first > 1 ? `${toks[first - 2]!.text} ${prev}`.toLowerCase() : '';
        if (prev2 !== '' && sets.honorifics.has(prev2)) title = prev2;
        else if (isTitleWord(prev, sets)) title = prev.toLowerCase();
      }
      const start = toks[first]!.start;
      let end = toks[last - 1]!.end;
      const lastRaw = text.slice(toks[last - 1]!.start, end);
      const possessive = TRAILING_POSSESSIVE.exec(lastRaw);
      if (possessive && possessive.index > 0) end -= possessive[0].length;
      let form = visible(text.slice(start, end)).replace(/\s+/g, ' ').trim();
      if (form.endsWith('-')) {
        const completed = completeSuspendedHyphen(form, toks, last);
        if (!completed) continue;
        form = completed;
      }
      if (form.length < 2 || !HAS_LETTER_OR_DIGIT.test(form) || ONLY_DIGITS.test(form) || LONE_INITIAL.test(form)) continue;
      if (CASED_LOWER.test(form) && !UPPER.test(form)) continue;
      const words = form.toLowerCase().split(' ');
      if (words.length === 1 && (sets.nonEntityWords.has(words[0]!) || sets.stopWords.has(words[0]!))) continue;
      // A title on its own ("President", "Vice-president") is a role, not a name.
      if (last - first === 1 && isRoleNoun(form, sets)) continue;
      // A person's name does not follow a bare article ("de Winterspelen", "the Obama administration"):
      // there the tagger's PER counts only as an unplaced name, outvoted by any confident reading elsewhere.
      const prevWord = toks[first - 1]?.text;
      const afterArticle = prevWord !== undefined && prevWord === prevWord.toLowerCase() && sets.determiners.has(prevWord);
      const type = chunk.type === 'PER' && title === null && afterArticle ? 'MISC' : chunk.type;
      out.push({ sentenceIndex: s, first, last, start, end, type, form, words, honorific: title !== null, title });
    }
  }
  return out;
}
