import type { LanguageSets } from '../lang/index.ts';
import { isLowercaseWord } from '../text/letters.ts';
import type { EntityType, Sentence } from '../types.ts';
import type { NameMention } from './mentions.ts';

const COMMA = ',';

/**
 * What an entity's own mentions say beyond the tagger: a cue in the text ("Amazon-owned", a title, a known
 * organisation), a role, or, for a person, a full name of two or more words. Such an entity keeps its type.
 */
function hasOwnEvidence(ms: readonly NameMention[], type: EntityType, hasRole: boolean): boolean {
  return hasRole || ms.some((m) => m.cue !== null || m.hint !== null || m.honorific || (type === 'person' && m.words.length > 1));
}

/**
 * For each mention, the other names in its list: a run of names in one sentence with only commas and
 * coordinators between them, the last two joined by a coordinator ("Walmart, Kroger and Costco", "ABC News
 * and Politifact"). Commas alone are an apposition ("Jon Sopel, BBC News, Washington"), and a determiner
 * between names ("Japan and the EU") ends the list.
 */
function listNeighbours(mentions: readonly NameMention[], sentences: readonly Sentence[], sets: LanguageSets): number[][] {
  const out: number[][] = mentions.map(() => []);
  let run: number[] = [];
  const close = (lastJoinedByCoordinator: boolean): void => {
    if (lastJoinedByCoordinator && run.length > 1) for (const i of run) out[i] = run.filter((j) => j !== i);
  };
  let coordinated = false;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i]!;
    let link: 'comma' | 'coordinator' | null = null;
    if (a && a.sentenceIndex === b.sentenceIndex && b.first > a.last) {
      const toks = sentences[a.sentenceIndex]!.tokens;
      link = 'comma';
      for (let k = a.last; k < b.first && link !== null; k++) {
        const t = toks[k]!.text;
        if (sets.coordinators.has(t.toLowerCase())) link = 'coordinator';
        else if (t !== COMMA) link = null;
      }
    }
    if (link === null) {
      close(coordinated);
      run = [i];
    } else run.push(i);
    coordinated = link === 'coordinator';
  }
  close(coordinated);
  return out;
}

const isContentWord = (w: string | undefined, sets: LanguageSets): boolean => w !== undefined && isLowercaseWord(w)
  && !sets.stopWords.has(w) && !sets.nonEntityWords.has(w) && !sets.speechVerbs.has(w) && !sets.copulas.has(w);

/**
 * How many of the mentions stand between an article or adjective and a lowercase noun, as a modifier does
 * ("the Māori people", "a traditional Māori design"): the use of a people's or a thing's name. A person's
 * name is followed by a verb, but is not preceded by an article or adjective ("when Messi scored").
 */
function modifierUses(ms: readonly NameMention[], sentences: readonly Sentence[], sets: LanguageSets): number {
  let n = 0;
  for (const m of ms) {
    const toks = sentences[m.sentenceIndex]!.tokens;
    const prev = toks[m.first - 1]?.text;
    if (isContentWord(toks[m.last]?.text, sets) && prev !== undefined && (sets.determiners.has(prev) || isContentWord(prev, sets))) n++;
  }
  return n;
}

// A people's name used as a modifier once may be a person's; twice and in most mentions it is not.
const MIN_MODIFIER_USES = 2;

/**
 * Corrects the tagger's types where the article's own wording disagrees, for entities without evidence
 * of their own (see hasOwnEvidence):
 * - names in one list are of one kind: a name listed only with organisations, in at least half its
 *   mentions, is one ("ABC News and Politifact", "Walmart, Kroger and Costco"), likewise with places.
 *   Names the tagger could not place (other: peoples, events) stay as they are. Not a person: a list may
 *   end in a person's name after a place's ("Marcia Dunn in Cape Canaveral, Florida, and Vladimir
 *   Isachenkov").
 * - a one-word "person" used mostly as a modifier ("Māori tribes", "a Māori design") is a people or a
 *   thing named after one: other.
 * `types` is changed in place.
 */
export function refineTypes(types: EntityType[], groups: readonly (readonly number[])[], mentions: readonly NameMention[], sentences: readonly Sentence[], sets: LanguageSets, hasRole: (e: number) => boolean): void {
  if (groups.length === 0) return;
  const entityOf = new Int32Array(mentions.length);
  groups.forEach((g, e) => { for (const i of g) entityOf[i] = e; });
  const neighbours = sets.coordinators.size > 0 ? listNeighbours(mentions, sentences, sets) : null;
  const before = types.slice();
  const firm = groups.map((g, e) => hasOwnEvidence(g.map((i) => mentions[i]!), before[e]!, hasRole(e)));
  groups.forEach((g, e) => {
    if (firm[e]) return;
    const ms = g.map((i) => mentions[i]!);
    const oneWord = ms.every((m) => m.words.length === 1);
    // A one-word "person" without a first name, title or role is the tagger's weakest reading: any listed
    // name outweighs it. Otherwise only names whose type is not in doubt themselves count.
    const weakPerson = before[e] === 'person' && oneWord;
    if (neighbours) {
      const listed = new Map<EntityType, number>();
      for (const i of g) {
        for (const j of neighbours[i]!) {
          const other = entityOf[j]!;
          const t = before[other]!;
          if (other !== e && t !== 'other' && (firm[other] || weakPerson)) listed.set(t, (listed.get(t) ?? 0) + 1);
        }
      }
      const [only] = listed.keys();
      // A name listed once among many mentions may be paired across kinds ("Israel and Hizbollah"); one
      // listed in at least half its mentions is of the list's kind.
      const often = weakPerson || 2 * (listed.get(only!) ?? 0) >= ms.length;
      if (listed.size === 1 && often && only !== before[e] && only !== 'person' && before[e] !== 'other') {
        types[e] = only!;
        return;
      }
    }
    const uses = weakPerson ? modifierUses(ms, sentences, sets) : 0;
    if (uses >= MIN_MODIFIER_USES && 2 * uses > ms.length) types[e] = 'other';
  });
}
