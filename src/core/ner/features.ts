import { finish, mix } from './hash';
import type { TokenInfo } from './token-info';
import type { MentionContexts } from './mention-contexts';
import type { WordClusters } from './word-clusters';
import { IntMap } from './int-map';
import { AFFIX_LENGTHS } from './token-info';

/** Feature ids of one sentence: token i owns ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Document-level evidence about one token, from the first tagging pass over the whole document. */
export interface DocumentSignals {
  /** Per token: majority entity type (1..4) or 0 (mostly O) the same word got elsewhere; -1 if it occurs nowhere else. */
  majorityType: Int8Array;
  /** Per token: bit 1 = capitalised mid-sentence elsewhere, bit 2 = lowercase elsewhere. */
  caseElsewhere: Uint8Array;
  /** Neighbours of the same word's other mentions. */
  mentions: MentionContexts;
}

// Template ids: each feature is hash(template, values...). Numbering only has to be stable.
const enum T {
  Bias = 1, Word, Lower, Shape, Prefix, Suffix,
  LowerAt, ShapeAt, ShapeBigramLeft, ShapeBigramRight, LowerBigramLeft, LowerBigramRight,
  FirstShape, Gazetteer, GazetteerLeft, GazetteerRight, CapsSentenceShape,
  DocMajority, DocMajorityCap, DocCase, DocCaseCap,
  ClusterAt, CoarseClusterAt, ClusterCapital, MentionContext,
}

// Stand-ins for the words before the first and after the last token.
const BOUNDARY_BEFORE = [0x5eed0001, 0x5eed0002];
const BOUNDARY_AFTER = [0x5eed0003, 0x5eed0004];
const CAPS_SENTENCE_SHAPE = 0x5eed0005;

/**
 * A sentence "shouts" when most of its words are all caps (headlines); there the case of a word
 * says nothing, so its shape features are replaced by one marker and words are compared lowercased.
 */
export function isCapsSentence(infos: readonly TokenInfo[]): boolean {
  let words = 0;
  let caps = 0;
  for (const info of infos) {
    if (!info.hasLetter || info.form.length < 2) continue;
    words++;
    if (info.allCaps) caps++;
  }
  return words >= 3 && caps / words >= 0.6;
}

/** Bias, word, lowercase and affix features: the same wherever the word occurs, so computed once per word. */
function ownFeatures(info: TokenInfo, caps: boolean): Int32Array {
  const out: number[] = [
    finish(T.Bias),
    finish(mix(T.Word, caps ? info.lower : info.word)),
    finish(mix(T.Lower, info.lower)),
  ];
  for (let k = 0; k < AFFIX_LENGTHS * 2; k++) {
    const affix = info.affixes[k] as number;
    if (affix !== 0) out.push(finish(mix(k < AFFIX_LENGTHS ? T.Prefix : T.Suffix, affix)));
  }
  if (caps) out.push(finish(mix(T.CapsSentenceShape, info.shape)));
  return Int32Array.from(out);
}

/** The features of a word alone, filled in on first use (the same in every sentence that does not shout). */
export function ownFeaturesOf(info: TokenInfo): Int32Array {
  if (info.own === null) info.own = ownFeatures(info, false);
  return info.own;
}

/** Where features go: the extractor collects their bucket ids, the tagger's word scores add up their weights. */
export interface FeatureSink {
  add(feature: number): void;
}

function addBits(sink: FeatureSink, template: number, mask: number): void {
  while (mask !== 0) {
    const bit = 31 - Math.clz32(mask);
    sink.add(finish(mix(template, bit)));
    mask &= ~(1 << bit);
  }
}

/** The word a token sees beyond the sentence's ends: offsets -2, -1 before it, and n, n + 1 after it. */
export const BOUNDARY_WORDS = { before: BOUNDARY_BEFORE, after: BOUNDARY_AFTER } as const;

/** How far a token looks: the words up to REACH places before and after it. */
export const REACH = 2;

// A token's features, except the word-pair ones, each depend on one word `d` places away (d = -2..2, 0 the
// token's own word) and on d, so the tagger can score them once per word and offset (see word-scores.ts).
// They come in groups by what they read of that word: its own hashes, its shape, its cluster, its gazetteer
// bits. Shapes, clusters and gazetteer masks are few, so their groups are scored once per value.
// Beyond the sentence a token sees the boundary stand-ins as lower and shape, cluster 0 and mask 0.

/** What depends on the word itself: its own features at d = 0 (`own`), its lowercase form elsewhere. */
export function lexicalFeatures(sink: FeatureSink, d: number, own: Int32Array | null, lower: number): void {
  if (d === 0) {
    for (let k = 0; k < (own as Int32Array).length; k++) sink.add((own as Int32Array)[k] as number);
  } else {
    sink.add(finish(mix(mix(T.LowerAt, d), lower)));
  }
}

/** What depends on the word's shape (CAPS_SENTENCE_SHAPE in a shouted sentence). */
export function shapeFeatures(sink: FeatureSink, d: number, shape: number): void {
  sink.add(d === 0 ? finish(mix(T.Shape, shape)) : finish(mix(mix(T.ShapeAt, d), shape)));
}

/** What depends on the word's cluster ids (and, for the token's own word, its capital). */
export function clusterFeatures(sink: FeatureSink, d: number, cluster: number, initialCapital: boolean): void {
  if (d === 0) sink.add(finish(mix(mix(T.ClusterCapital, cluster & 0xffff), initialCapital ? 1 : 0)));
  if (d >= -1 && d <= 1) {
    sink.add(finish(mix(mix(T.ClusterAt, d), cluster & 0xffff)));
    sink.add(finish(mix(mix(T.CoarseClusterAt, d), cluster >>> 16)));
  }
}

/** What depends on the word's gazetteer bits. */
export function gazetteerFeatures(sink: FeatureSink, d: number, mask: number): void {
  if (d === 0) addBits(sink, T.Gazetteer, mask);
  else if (d === -1) addBits(sink, T.GazetteerLeft, mask);
  else if (d === 1) addBits(sink, T.GazetteerRight, mask);
}

/** The features that pair a token with a neighbour, and the sentence-start marker: scored per occurrence. */
export function pairFeatures(sink: FeatureSink, first: boolean, shapeLeft: number, shape: number, shapeRight: number, lowerLeft: number, lower: number, lowerRight: number): void {
  sink.add(finish(mix(mix(T.ShapeBigramLeft, shapeLeft), shape)));
  sink.add(finish(mix(mix(T.ShapeBigramRight, shape), shapeRight)));
  sink.add(finish(mix(mix(T.LowerBigramLeft, lowerLeft), lower)));
  sink.add(finish(mix(mix(T.LowerBigramRight, lower), lowerRight)));
  if (first) sink.add(finish(mix(T.FirstShape, shape)));
}

export class FeatureExtractor implements FeatureSink {
  private buffer = new Int32Array(4096);
  private length = 0;
  private shapes = new Int32Array(64);
  private lowers = new Int32Array(64);
  private clusterIds = new Int32Array(64);

  constructor(private readonly bucketMask: number, private readonly clusters: WordClusters = IntMap.empty()) {}

  add(h: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = h & this.bucketMask;
  }

  /** Sentence-level features (pass 1, and the larger part of pass 2). */
  extract(infos: readonly TokenInfo[], gazetteerMasks: Int32Array, caps: boolean): SentenceFeatures {
    const n = infos.length;
    const offsets = new Int32Array(n + 1);
    this.length = 0;
    if (this.shapes.length < n + 4) {
      this.shapes = new Int32Array(n * 2 + 4);
      this.lowers = new Int32Array(n * 2 + 4);
      this.clusterIds = new Int32Array(n * 2 + 4);
    }
    // Padded context: index i + 2 holds token i.
    const shapes = this.shapes;
    const lowers = this.lowers;
    const clusterIds = this.clusterIds;
    shapes[0] = lowers[0] = BOUNDARY_BEFORE[1] as number;
    shapes[1] = lowers[1] = BOUNDARY_BEFORE[0] as number;
    shapes[n + 2] = lowers[n + 2] = BOUNDARY_AFTER[0] as number;
    shapes[n + 3] = lowers[n + 3] = BOUNDARY_AFTER[1] as number;
    clusterIds[0] = clusterIds[1] = clusterIds[n + 2] = clusterIds[n + 3] = 0;
    for (let i = 0; i < n; i++) {
      const info = infos[i] as TokenInfo;
      shapes[i + 2] = caps ? CAPS_SENTENCE_SHAPE : info.shape;
      lowers[i + 2] = info.lower;
      clusterIds[i + 2] = this.clusters.get(info.lower);
    }
    const withClusters = this.clusters.size > 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = this.length;
      const info = infos[i] as TokenInfo;
      const p = i + 2;
      for (let d = -REACH; d <= REACH; d++) {
        const j = i + d;
        const inside = j >= 0 && j < n;
        lexicalFeatures(this, d, d === 0 ? (caps ? ownFeatures(info, true) : ownFeaturesOf(info)) : null, lowers[p + d] as number);
        shapeFeatures(this, d, shapes[p + d] as number);
        if (withClusters) clusterFeatures(this, d, clusterIds[p + d] as number, info.initialCapital);
        gazetteerFeatures(this, d, inside ? (gazetteerMasks[j] as number) : 0);
      }
      pairFeatures(this, i === 0, shapes[p - 1] as number, shapes[p] as number, shapes[p + 1] as number, lowers[p - 1] as number, lowers[p] as number, lowers[p + 1] as number);
    }
    offsets[n] = this.length;
    return { ids: this.buffer.slice(0, this.length), offsets };
  }

  /** The document-level features pass 2 adds; signals are indexed from `signalOffset` (the sentence's first token in the document). */
  extractDocument(infos: readonly TokenInfo[], signals: DocumentSignals, signalOffset: number): SentenceFeatures {
    const n = infos.length;
    const offsets = new Int32Array(n + 1);
    this.length = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = this.length;
      const capital = (infos[i] as TokenInfo).initialCapital ? 1 : 0;
      const majority = signals.majorityType[signalOffset + i] as number;
      if (majority >= 0) {
        this.add(finish(mix(T.DocMajority, majority)));
        this.add(finish(mix(mix(T.DocMajorityCap, majority), capital)));
      }
      const { offsets: mentionOffsets, contexts } = signals.mentions;
      for (let k = mentionOffsets[signalOffset + i] as number, end = mentionOffsets[signalOffset + i + 1] as number; k < end; k++) {
        this.add(finish(mix(T.MentionContext, contexts[k] as number)));
      }
      const elsewhere = signals.caseElsewhere[signalOffset + i] as number;
      if (elsewhere !== 0) {
        this.add(finish(mix(T.DocCase, elsewhere)));
        this.add(finish(mix(mix(T.DocCaseCap, elsewhere), capital)));
      }
    }
    offsets[n] = this.length;
    return { ids: this.buffer.slice(0, this.length), offsets };
  }
}

/** One feature list holding both lists' features per token (training sees pass 2 this way). */
export function concatFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    ids.set(a.ids.subarray(a.offsets[i], a.offsets[i + 1]), k);
    k += (a.offsets[i + 1] as number) - (a.offsets[i] as number);
    ids.set(b.ids.subarray(b.offsets[i], b.offsets[i + 1]), k);
    k += (b.offsets[i + 1] as number) - (b.offsets[i] as number);
  }
  offsets[n] = k;
  return { ids, offsets };
}
