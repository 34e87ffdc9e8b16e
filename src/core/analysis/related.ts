import type { RelatedEntity } from '../types.ts';

/** Related entities per card: a card shows a few, ranked by how often they share a sentence. */
export const MAX_RELATED = 8;
// A sentence that lists hundreds of names (a table flattened into text) would make pairing quadratic;
// beyond this many entities a sentence says nothing about any pair anyway.
const MAX_ENTITIES_PER_SENTENCE = 40;

/**
 * For each entity, the entities that share sentences with it, by number of shared sentences (ties: the one
 * mentioned first). `entitiesBySentence[s]` lists the entity indices mentioned in sentence s.
 */
export function relatedEntities(entitiesBySentence: readonly (readonly number[])[], ids: readonly string[], names: readonly string[]): RelatedEntity[][] {
  const counts = ids.map(() => new Map<number, number>());
  for (const list of entitiesBySentence) {
    const unique = [...new Set(list)].slice(0, MAX_ENTITIES_PER_SENTENCE);
    for (const a of unique) for (const b of unique) if (a !== b) counts[a]!.set(b, (counts[a]!.get(b) ?? 0) + 1);
  }
  return counts.map((m) =>
    [...m.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_RELATED)
      .map(([e, count]) => ({ id: ids[e]!, name: names[e]!, count })));
}
