import { detectLanguage } from '../lang/detect.ts';
import { getLanguageSets, type LanguageSets } from '../lang/index.ts';
import { visible } from '../text/invisible.ts';
import { segmentText } from '../text/segment.ts';
import type { Analysis, ArticleInput, Entity, Quote, Sentence } from '../types.ts';
import { rankFacts, sentenceTraits } from './facts.ts';
import { mentionsFromTags, type NameMention } from './mentions.ts';
import { findQuotes } from './quotes.ts';
import { relatedEntities } from './related.ts';
import { canonicalName, voteType } from './naming.ts';
import { markContextCues } from './context-cues.ts';
import { groupMentions } from './resolve.ts';
import { findRoles } from './roles.ts';
import { articleTitle, creditInTitleLine, titleWithoutCredit } from './title.ts';
import { refineTypes } from './type-context.ts';

/** What the analysis needs from a named-entity tagger (NerTagger in src/core/ner fits). */
export interface SequenceTagger {
  tagDocument(sentences: string[][]): string[][];
}

/** The distinct roles written next to any of the mentions, and the sentences they stand in. */
function rolesOf(text: string, sentences: readonly Sentence[], ms: readonly NameMention[], sets: LanguageSets): { roles: string[]; sentences: Set<number> } {
  const roles: string[] = [];
  const where = new Set<number>();
  for (const m of ms) {
    for (const r of findRoles(text, sentences, m.sentenceIndex, m.first, m.last, sets)) {
      where.add(r.sentenceIndex);
      // Keep the fullest wording of a role: "writer" gives way to "staff writer", not the reverse.
      const lower = r.text.toLowerCase();
      const known = roles.findIndex((x) => lower.includes(x.toLowerCase()) || x.toLowerCase().includes(lower));
      if (known < 0) roles.push(r.text);
      else if (r.text.length > roles[known]!.length) roles[known] = r.text;
    }
  }
  return { roles, sentences: where };
}

// The input crosses a message boundary in the extension: what the types promise is not guaranteed.
function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function safeTags(getTagger: () => SequenceTagger | null, sentences: string[][]): string[][] {
  try {
    return getTagger()?.tagDocument(sentences) ?? [];
  } catch {
    // A broken model must not take the page down: no tags means no cards, not an error.
    return [];
  }
}

/**
 * Finds the people, places, organisations and other names in an article and gathers what the article says
 * about each: aliases, roles, quotes, the most informative sentences, and the entities it appears with.
 * Entities are ordered by first mention and numbered e1, e2, …. Without a tagger for the article's
 * language the analysis has no entities.
 */
export function analyzeArticle(input: ArticleInput, getTagger: (lang: string) => SequenceTagger | null): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const language = detectLanguage(text, input.language);
  const sets = getLanguageSets(language);
  const sentences = segmentText(text, language);
  const tags = safeTags(() => getTagger(language), sentences.map((s) => s.tokens.map((t) => t.text)));
  const credits = [stringOrNull(input.byline), stringOrNull(input.source)];
  const credit = creditInTitleLine(text, credits);
  const mentions = mentionsFromTags(text, sentences, tags, sets).filter((m) => credit === null || m.end <= credit[0] || m.start >= credit[1]);
  markContextCues(mentions, sentences, text, sets);
  const groups = groupMentions(mentions, sentences, sets)
    .map((g) => g.mentions.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);

  const entityOf = new Int32Array(mentions.length);
  groups.forEach((g, e) => { for (const i of g) entityOf[i] = e; });
  const ids = groups.map((_, e) => `e${e + 1}`);
  const names = groups.map((g) => canonicalName(g.map((i) => mentions[i]!)));
  const types = groups.map((g) => voteType(g.map((i) => mentions[i]!)));
  const sentenceTexts = sentences.map((s) => visible(text.slice(s.start, s.end)).replace(/\s+/g, ' '));
  const traits = sentenceTraits(sentences, sentenceTexts, sets);
  // Roles are looked for on people and on names of unknown type: a role ("de Zuid-Koreaanse president
  // Moon Jae In") makes an untyped name a person.
  const roles = groups.map((g, e) => (types[e] === 'person' || types[e] === 'other' ? rolesOf(text, sentences, g.map((i) => mentions[i]!), sets) : null));
  roles.forEach((r, e) => { if (r && r.roles.length > 0) types[e] = 'person'; });
  refineTypes(types, groups, mentions, sentences, sets, (e) => (roles[e]?.roles.length ?? 0) > 0);
  const roleWords = roles.map((r) => new Set((r?.roles ?? []).flatMap((x) => x.toLowerCase().split(/\s+/))));
  const quotes = findQuotes({ text, sentences, mentions, groupOf: entityOf, isPerson: (e) => types[e] === 'person', roleWords: (e) => roleWords[e]!, sets });
  const quotesOf: Quote[][] = groups.map(() => []);
  const quoteSentences = groups.map(() => new Set<number>());
  for (const q of quotes) {
    quotesOf[q.group]!.push({ text: q.text, sentence: q.sentence, start: q.start, end: q.end, attribution: q.attribution, ...(q.omitted && { omitted: q.omitted }), ...(q.reported && { reported: true }) });
    for (let s = q.sentenceIndex; s <= q.lastSentenceIndex; s++) quoteSentences[q.group]!.add(s);
  }

  const entitiesBySentence: number[][] = sentences.map(() => []);
  for (let i = 0; i < mentions.length; i++) entitiesBySentence[mentions[i]!.sentenceIndex]!.push(entityOf[i]!);
  const related = relatedEntities(entitiesBySentence, ids, names);

  const entities: Entity[] = groups.map((g, e) => {
    const ms = g.map((i) => mentions[i]!);
    const aliases: string[] = [];
    for (const m of ms) if (m.form !== names[e] && !aliases.includes(m.form)) aliases.push(m.form);
    return {
      id: ids[e]!,
      name: names[e]!,
      type: types[e]!,
      aliases,
      mentions: ms.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), sentence: sentenceTexts[m.sentenceIndex]!, sentenceIndex: m.sentenceIndex })),
      roles: roles[e]?.roles ?? [],
      quotes: quotesOf[e]!,
      facts: rankFacts(sentences, traits, ms.map((m) => m.sentenceIndex), roles[e]?.sentences ?? new Set(), quoteSentences[e]!),
      related: related[e]!,
    };
  });

  return {
    language,
    title: titleWithoutCredit(articleTitle(stringOrNull(input.title), text), credits),
    published: stringOrNull(input.published),
    source: stringOrNull(input.source),
    byline: stringOrNull(input.byline),
    text,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    entities,
  };
}
