import type { SentenceFeatures } from './features';
import { LABEL_COUNT } from './labels';
import type { LinearModel } from './linear-model';

const L = LABEL_COUNT;
/** Weights per feature: pass 1's labels, then pass 2's. */
export const ROW = 2 * L;
// Most feature lookups miss (pruned or unseen features) and touch only the key array, so it is
// kept small enough for the L2 cache: about 0.6 load, 4 bytes a slot.
const MAX_LOAD = 0.6;

/**
 * Both passes' weights for the sentence-level features in one table: one lookup per feature gives
 * pass 1's scores and pass 2's sentence-level scores, so pass 2 only has to add the few document
 * features. Lookups are the tagger's main cost (cache misses), and this halves them. Weights stay
 * 16-bit integers in memory and sit at the feature's slot, read only on a hit.
 */
export class JointScorer {
  /** Open addressing: the bucket in each slot, -1 when empty. */
  private readonly keys: Int32Array;
  private readonly slotMask: number;
  /** ROW weights per slot: pass 1's labels, then pass 2's. */
  private readonly weights: Int16Array;
  private sums: Int32Array = new Int32Array(256 * ROW);
  private readonly scales: [number, number];

  constructor(first: LinearModel, second: LinearModel) {
    this.scales = [first.scale, second.scale];
    const rows = unionSize(first.buckets, second.buckets);
    let size = 16;
    while (size * MAX_LOAD < rows) size *= 2;
    this.slotMask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.weights = new Int16Array(size * ROW);
    this.place(first, 0);
    this.place(second, L);
  }

  private place(model: LinearModel, column: number): void {
    const { buckets, quantized } = model;
    const { keys, weights, slotMask } = this;
    for (let i = 0; i < buckets.length; i++) {
      const bucket = buckets[i] as number;
      let slot = slotOf(bucket, slotMask);
      while (keys[slot] !== bucket && keys[slot] !== -1) slot = (slot + 1) & slotMask;
      keys[slot] = bucket;
      const r = slot * ROW + column;
      for (let y = 0; y < L; y++) weights[r + y] = quantized[i * L + y] as number;
    }
  }

  /** The slot of a bucket, or -1. */
  private slotOfBucket(bucket: number): number {
    const keys = this.keys;
    let slot = slotOf(bucket, this.slotMask);
    let key = keys[slot] as number;
    while (key !== bucket) {
      if (key === -1) return -1;
      slot = (slot + 1) & this.slotMask;
      key = keys[slot] as number;
    }
    return slot;
  }

  /** Adds the ROW weights of one feature bucket (both passes) to sums[base ..]; unknown buckets add nothing. */
  addFeature(bucket: number, sums: Int32Array, base: number): void {
    // Most lookups miss (pruned or unseen features) and stop at an empty slot, touching only the key array.
    const slot = this.slotOfBucket(bucket);
    if (slot < 0) return;
    const w = this.weights;
    const r = slot * ROW;
    for (let y = 0; y < ROW; y++) sums[base + y] = (sums[base + y] as number) + (w[r + y] as number);
  }

  /** Sets first[i * L + y] to pass 1's score and second[i * L + y] to pass 2's sentence-level score. */
  emissions(features: SentenceFeatures, n: number, first: Float64Array, second: Float64Array): void {
    const sums = this.sumsFor(n);
    const { ids, offsets } = features;
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) this.addFeature(ids[k] as number, sums, i * ROW);
    }
    this.scale(sums, n, first, second);
  }

  /** A zeroed scratch row block for n tokens (reused between sentences: decoding is synchronous). */
  sumsFor(n: number): Int32Array {
    if (this.sums.length < n * ROW) this.sums = new Int32Array(n * ROW * 2);
    this.sums.fill(0, 0, n * ROW);
    return this.sums;
  }

  /** Integer weight sums (ROW per token) to the two passes' scores. */
  scale(sums: Int32Array, n: number, first: Float64Array, second: Float64Array): void {
    const [s1, s2] = this.scales;
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) {
        first[i * L + y] = (sums[i * ROW + y] as number) * s1;
        second[i * L + y] = (sums[i * ROW + L + y] as number) * s2;
      }
    }
  }

  /** Adds pass 2's weights of the given (document-level) features to `second`. */
  addSecondPass(features: SentenceFeatures, n: number, second: Float64Array): void {
    const { ids, offsets } = features;
    const scale = this.scales[1];
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
        const slot = this.slotOfBucket(ids[k] as number);
        if (slot < 0) continue;
        for (let y = 0; y < L; y++) second[i * L + y] = (second[i * L + y] as number) + (this.weights[slot * ROW + L + y] as number) * scale;
      }
    }
  }
}

/** How many distinct values two ascending lists hold together. */
function unionSize(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length || j < b.length; n++) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return n;
}

export function slotOf(bucket: number, mask: number): number {
  return (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
}
