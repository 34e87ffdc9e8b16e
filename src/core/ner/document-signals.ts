import type { DocumentSignals } from './features';
import { labelType } from './labels';
import { computeMentionContexts } from './mention-contexts';
import type { TokenInfo } from './token-info';

const TYPE_SLOTS = 5;

/**
 * Two-pass document evidence: after a first tagging pass, what the same word got elsewhere in the
 * document, and how it is capitalised elsewhere. Each token's own occurrence is left out.
 * Sentences are flattened: token j of the document is signals[j].
 */
export function computeDocumentSignals(sentences: readonly (readonly TokenInfo[])[], labels: readonly ArrayLike<number>[], capsSentences: readonly boolean[], mentionContexts = false): DocumentSignals {
  const typeCounts = new Map<number, Int32Array>();
  const caseCounts = new Map<number, Int32Array>();
  let total = 0;
  const countsFor = (map: Map<number, Int32Array>, key: number, size: number): Int32Array => {
    let c = map.get(key);
    if (c === undefined) {
      c = new Int32Array(size);
      map.set(key, c);
    }
    return c;
  };
  const caseClass = (info: TokenInfo, position: number, caps: boolean): number => {
    if (!info.hasLetter || caps) return 0;
    if (!info.initialCapital) return 2;
    return position > 0 ? 1 : 0;
  };
  sentences.forEach((infos, s) => {
    const sentenceLabels = labels[s] as ArrayLike<number>;
    const caps = capsSentences[s] === true;
    infos.forEach((info, i) => {
      total++;
      countsFor(typeCounts, info.lower, TYPE_SLOTS)[labelType(sentenceLabels[i] as number)]! += 1;
      const cls = caseClass(info, i, caps);
      if (cls !== 0) countsFor(caseCounts, info.lower, 3)[cls]! += 1;
    });
  });
  const majorityType = new Int8Array(total);
  const caseElsewhere = new Uint8Array(total);
  let j = 0;
  sentences.forEach((infos, s) => {
    const sentenceLabels = labels[s] as ArrayLike<number>;
    const caps = capsSentences[s] === true;
    infos.forEach((info, i) => {
      const counts = typeCounts.get(info.lower) as Int32Array;
      const own = labelType(sentenceLabels[i] as number);
      let best = -1;
      let bestCount = 0;
      for (let t = 0; t < TYPE_SLOTS; t++) {
        const c = (counts[t] as number) - (t === own ? 1 : 0);
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
      majorityType[j] = best;
      const cases = caseCounts.get(info.lower);
      if (cases !== undefined) {
        const cls = caseClass(info, i, caps);
        const capitalised = (cases[1] as number) - (cls === 1 ? 1 : 0);
        const lowercase = (cases[2] as number) - (cls === 2 ? 1 : 0);
        caseElsewhere[j] = (capitalised > 0 ? 1 : 0) | (lowercase > 0 ? 2 : 0);
      }
      j++;
    });
  });
  const mentions = mentionContexts ? computeMentionContexts(sentences) : { offsets: new Int32Array(total + 1), contexts: new Int32Array(0) };
  return { majorityType, caseElsewhere, mentions };
}
