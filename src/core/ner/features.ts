import { finish, mix } from './hash';
import type { TokenInfo } from './token-info';
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
}

// Template ids: each feature is hash(template, values...). Numbering only has to be stable.
const enum T {
  Bias = 1, Word, Lower, Shape, Prefix, Suffix,
  LowerAt, ShapeAt, ShapeBigramLeft, ShapeBigramRight, LowerBigramLeft, LowerBigramRight,
  FirstShape, Gazetteer, GazetteerLeft, GazetteerRight, CapsSentenceShape,
  DocMajority, DocMajorityCap, DocCase, DocCaseCap,
}

// Stand-ins for the words before the first and after the last token.
const BOUNDARY_BEFORE = [0x5eed0001, 0x5eed0002];
const BOUNDARY_AFTER = [0x5eed0003, 0x5eed0004];
const CAPS_SENTENCE_SHAPE = 0x5eed0005;
const NEIGHBOURS = [-2, -1, 1, 2] as const;

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

export class FeatureExtractor {
  private buffer = new Int32Array(4096);
  private length = 0;

  constructor(private readonly bucketMask: number) {}

  private push(h: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = finish(h) & this.bucketMask;
  }

  extract(infos: readonly TokenInfo[], gazetteerMasks: Int32Array, signals: DocumentSignals | null, signalOffset = 0): SentenceFeatures {
    const n = infos.length;
    const offsets = new Int32Array(n + 1);
    this.length = 0;
    const caps = isCapsSentence(infos);
    const shapeOf = (i: number): number => {
      if (i < 0) return BOUNDARY_BEFORE[-i - 1] ?? 0;
      if (i >= n) return BOUNDARY_AFTER[i - n] ?? 0;
      return caps ? CAPS_SENTENCE_SHAPE : (infos[i] as TokenInfo).shape;
    };
    const lowerOf = (i: number): number => {
      if (i < 0) return BOUNDARY_BEFORE[-i - 1] ?? 0;
      if (i >= n) return BOUNDARY_AFTER[i - n] ?? 0;
      return (infos[i] as TokenInfo).lower;
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = this.length;
      const info = infos[i] as TokenInfo;
      const shape = shapeOf(i);
      this.push(T.Bias);
      this.push(mix(T.Word, caps ? info.lower : info.word));
      this.push(mix(T.Lower, info.lower));
      this.push(mix(T.Shape, shape));
      for (let k = 0; k < AFFIX_LENGTHS; k++) {
        const prefix = info.affixes[k] as number;
        const suffix = info.affixes[AFFIX_LENGTHS + k] as number;
        if (prefix !== 0) this.push(mix(T.Prefix, prefix));
        if (suffix !== 0) this.push(mix(T.Suffix, suffix));
      }
      for (const d of NEIGHBOURS) {
        this.push(mix(mix(T.LowerAt, d), lowerOf(i + d)));
        this.push(mix(mix(T.ShapeAt, d), shapeOf(i + d)));
      }
      this.push(mix(mix(T.ShapeBigramLeft, shapeOf(i - 1)), shape));
      this.push(mix(mix(T.ShapeBigramRight, shape), shapeOf(i + 1)));
      this.push(mix(mix(T.LowerBigramLeft, lowerOf(i - 1)), info.lower));
      this.push(mix(mix(T.LowerBigramRight, info.lower), lowerOf(i + 1)));
      if (i === 0) this.push(mix(T.FirstShape, shape));
      if (caps) this.push(mix(T.CapsSentenceShape, info.shape));
      this.pushBits(T.Gazetteer, gazetteerMasks[i] as number);
      if (i > 0) this.pushBits(T.GazetteerLeft, gazetteerMasks[i - 1] as number);
      if (i + 1 < n) this.pushBits(T.GazetteerRight, gazetteerMasks[i + 1] as number);
      if (signals !== null) {
        const capital = info.initialCapital ? 1 : 0;
        const majority = signals.majorityType[signalOffset + i] as number;
        if (majority >= 0) {
          this.push(mix(T.DocMajority, majority));
          this.push(mix(mix(T.DocMajorityCap, majority), capital));
        }
        const elsewhere = signals.caseElsewhere[signalOffset + i] as number;
        if (elsewhere !== 0) {
          this.push(mix(T.DocCase, elsewhere));
          this.push(mix(mix(T.DocCaseCap, elsewhere), capital));
        }
      }
    }
    offsets[n] = this.length;
    return { ids: this.buffer.slice(0, this.length), offsets };
  }

  private pushBits(template: number, mask: number): void {
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      this.push(mix(template, bit));
      mask &= ~(1 << bit);
    }
  }
}
