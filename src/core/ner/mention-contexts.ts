import { mix } from './hash';
import type { TokenInfo } from './token-info';

/** Per token, the words next to the same capitalised word elsewhere in the document. */
export interface MentionContexts {
  /** Token j's contexts are contexts[offsets[j] .. offsets[j+1]). */
  offsets: Int32Array;
  /** hash(side, lowercased neighbour). */
  contexts: Int32Array;
}

// Enough for the telling neighbours ("bedrijf", "minister", "in") without flooding frequent names.
const MAX_CONTEXTS = 8;
const LEFT = 0x1e57;
const RIGHT = 0x4197;

/**
 * Aggregated context of the other mentions (Ratinov & Roth 2009's non-local features): "Swissair"
 * in "de luchtvaartmaatschappij Swissair" tells what "Swissair" is in a sentence that does not say.
 * Only capitalised words get them; each token's own neighbours are left out (they are features already).
 */
export function computeMentionContexts(sentences: readonly (readonly TokenInfo[])[]): MentionContexts {
  const byWord = new Map<number, number[]>();
  const contextAt = (infos: readonly TokenInfo[], i: number, side: number): number => mix(side, infos[i]?.lower ?? 0x5eed);
  let total = 0;
  for (const infos of sentences) {
    infos.forEach((info, i) => {
      total++;
      if (!info.initialCapital || !info.hasLetter) return;
      let list = byWord.get(info.word);
      if (list === undefined) byWord.set(info.word, (list = []));
      list.push(contextAt(infos, i - 1, LEFT), contextAt(infos, i + 1, RIGHT));
    });
  }
  const offsets = new Int32Array(total + 1);
  const out: number[] = [];
  let j = 0;
  for (const infos of sentences) {
    infos.forEach((info, i) => {
      offsets[j++] = out.length;
      const list = info.initialCapital ? byWord.get(info.word) : undefined;
      if (list === undefined || list.length <= 2) return;
      const ownLeft = contextAt(infos, i - 1, LEFT);
      const ownRight = contextAt(infos, i + 1, RIGHT);
      const start = out.length;
      for (const c of list) {
        if (c === ownLeft || c === ownRight || out.indexOf(c, start) >= 0) continue;
        out.push(c);
        if (out.length - start === MAX_CONTEXTS) break;
      }
    });
  }
  offsets[j] = out.length;
  return { offsets, contexts: Int32Array.from(out) };
}
