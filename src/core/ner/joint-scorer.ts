import type { SentenceFeatures } from './features';
import { LABEL_COUNT } from './labels';
import type { LinearModel } from './linear-model';

const L = LABEL_COUNT;
const ROW = 2 * L;

/**
 * Both passes' weights for the sentence-level features in one table: one lookup per feature gives
 * pass 1's scores and pass 2's sentence-level scores, so pass 2 only has to add the few document
 * features. Lookups are the tagger's main cost (cache misses), and this halves them. Weights stay
 * 16-bit integers in memory: a smaller table misses the cache less.
 */
export class JointScorer {
  private readonly table: Int32Array;
  private readonly slotMask: number;
  private readonly weights: Int16Array;
  private readonly sums: Int32Array = new Int32Array(256 * ROW);
  private readonly scales: [number, number];

  constructor(first: LinearModel, second: LinearModel) {
    this.scales = [first.scale, second.scale];
    // Both bucket lists are sorted: merge them into the union of rows.
    const a = first.buckets;
    const b = second.buckets;
    const union = new Int32Array(a.length + b.length);
    const rowOfFirst = new Int32Array(a.length);
    const rowOfSecond = new Int32Array(b.length);
    let rows = 0;
    for (let i = 0, j = 0; i < a.length || j < b.length; rows++) {
      const x = i < a.length ? (a[i] as number) : Infinity;
      const y = j < b.length ? (b[j] as number) : Infinity;
      union[rows] = Math.min(x, y);
      if (x <= y) rowOfFirst[i++] = rows;
      if (y <= x) rowOfSecond[j++] = rows;
    }
    const weights = (this.weights = new Int16Array(rows * ROW));
    const qa = first.quantized;
    const qb = second.quantized;
    for (let i = 0; i < a.length; i++) {
      const r = (rowOfFirst[i] as number) * ROW;
      for (let y = 0; y < L; y++) weights[r + y] = qa[i * L + y] as number;
    }
    for (let j = 0; j < b.length; j++) {
      const r = (rowOfSecond[j] as number) * ROW + L;
      for (let y = 0; y < L; y++) weights[r + y] = qb[j * L + y] as number;
    }
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slotMask = size - 1;
    this.table = new Int32Array(size * 2).fill(-1);
    for (let row = 0; row < rows; row++) {
      const bucket = union[row] as number;
      let slot = slotOf(bucket, this.slotMask);
      while (this.table[slot * 2] !== -1) slot = (slot + 1) & this.slotMask;
      this.table[slot * 2] = bucket;
      this.table[slot * 2 + 1] = row;
    }
  }

  /** The row of a bucket, or -1. */
  private rowOf(bucket: number): number {
    const table = this.table;
    let slot = slotOf(bucket, this.slotMask);
    let key = table[slot * 2] as number;
    while (key !== bucket && key !== -1) {
      slot = (slot + 1) & this.slotMask;
      key = table[slot * 2] as number;
    }
    return key === -1 ? -1 : (table[slot * 2 + 1] as number);
  }

  /** Adds pass 2's weights of the given (document-level) features to `second`. */
  addSecondPass(features: SentenceFeatures, n: number, second: Float64Array): void {
    const { ids, offsets } = features;
    const scale = this.scales[1];
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
        const row = this.rowOf(ids[k] as number);
        if (row < 0) continue;
        for (let y = 0; y < L; y++) second[i * L + y] = (second[i * L + y] as number) + (this.weights[row * ROW + L + y] as number) * scale;
      }
    }
  }

  /** Sets first[i * L + y] to pass 1's score and second[i * L + y] to pass 2's sentence-level score. */
  emissions(features: SentenceFeatures, n: number, first: Float64Array, second: Float64Array): void {
    const sums = n * ROW <= this.sums.length ? this.sums : new Int32Array(n * ROW);
    sums.fill(0, 0, n * ROW);
    const { ids, offsets } = features;
    const w = this.weights;
    const table = this.table;
    const mask = this.slotMask;
    for (let i = 0; i < n; i++) {
      const base = i * ROW;
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
        const bucket = ids[k] as number;
        let slot = slotOf(bucket, mask);
        let key = table[slot * 2] as number;
        while (key !== bucket && key !== -1) {
          slot = (slot + 1) & mask;
          key = table[slot * 2] as number;
        }
        if (key === -1) continue;
        const r = (table[slot * 2 + 1] as number) * ROW;
        for (let y = 0; y < ROW; y++) sums[base + y] = (sums[base + y] as number) + (w[r + y] as number);
      }
    }
    const [s1, s2] = this.scales;
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) {
        first[i * L + y] = (sums[i * ROW + y] as number) * s1;
        second[i * L + y] = (sums[i * ROW + L + y] as number) * s2;
      }
    }
  }
}

export function slotOf(bucket: number, mask: number): number {
  return (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
}
