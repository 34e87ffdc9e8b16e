import type { DocumentSignals } from './features';
import { labelType } from './labels';
import { computeMentionContexts } from './mention-contexts';
import type { TokenInfo } from './token-info';

const TYPE_SLOTS = 5;
const CASE_SLOTS = 3;

/**
 * Two-pass document evidence: after a first tagging pass, what the same word got elsewhere in the
 * document, and how it is capitalised elsewhere. Each token's own occurrence is left out.
 * Sentences are flattened: token j of the document is signals[j].
 */
export function computeDocumentSignals(sentences: readonly (readonly TokenInfo[])[], labels: readonly ArrayLike<number>[], capsSentences: readonly boolean[], mentionContexts = false): DocumentSignals {
  // Each distinct lowercased word gets a dense index; its counts live in flat arrays (one Map lookup a token).
  const indexOf = new Map<number, number>();
  let total = 0;
  for (const infos of sentences) total += infos.length;
  const wordAt = new Int32Array(total);
  let j = 0;
  for (const infos of sentences) {
    for (const info of infos) {
      let w = indexOf.get(info.lower);
      if (w === undefined) indexOf.set(info.lower, (w = indexOf.size));
      wordAt[j++] = w;
    }
  }
  const typeCounts = new Int32Array(indexOf.size * TYPE_SLOTS);
  const caseCounts = new Int32Array(indexOf.size * CASE_SLOTS);
  const ownType = new Int8Array(total);
  const ownCase = new Int8Array(total);
  j = 0;
  sentences.forEach((infos, s) => {
    const sentenceLabels = labels[s] as ArrayLike<number>;
    const caps = capsSentences[s] === true;
    for (let i = 0; i < infos.length; i++, j++) {
      const w = wordAt[j] as number;
      const type = labelType(sentenceLabels[i] as number);
      ownType[j] = type;
      typeCounts[w * TYPE_SLOTS + type]! += 1;
      const cls = caseClass(infos[i] as TokenInfo, i, caps);
      ownCase[j] = cls;
      if (cls !== 0) caseCounts[w * CASE_SLOTS + cls]! += 1;
    }
  });
  const majorityType = new Int8Array(total);
  const caseElsewhere = new Uint8Array(total);
  for (j = 0; j < total; j++) {
    const w = wordAt[j] as number;
    const own = ownType[j] as number;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < TYPE_SLOTS; t++) {
      const c = (typeCounts[w * TYPE_SLOTS + t] as number) - (t === own ? 1 : 0);
      if (c > bestCount) {
        best = t;
        bestCount = c;
      }
    }
    majorityType[j] = best;
    const cls = ownCase[j] as number;
    const capitalised = (caseCounts[w * CASE_SLOTS + 1] as number) - (cls === 1 ? 1 : 0);
    const lowercase = (caseCounts[w * CASE_SLOTS + 2] as number) - (cls === 2 ? 1 : 0);
    caseElsewhere[j] = (capitalised > 0 ? 1 : 0) | (lowercase > 0 ? 2 : 0);
  }
  const mentions = mentionContexts ? computeMentionContexts(sentences) : { offsets: new Int32Array(total + 1), contexts: new Int32Array(0) };
  return { majorityType, caseElsewhere, mentions };
}

/** 0: no evidence (no letters, a shouting sentence, or sentence-initial capital), 1: capitalised inside a sentence, 2: lowercase. */
function caseClass(info: TokenInfo, position: number, caps: boolean): number {
  if (!info.hasLetter || caps) return 0;
  if (!info.initialCapital) return 2;
  return position > 0 ? 1 : 0;
}
