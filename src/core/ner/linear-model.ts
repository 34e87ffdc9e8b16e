import type { SentenceFeatures } from './features';
import { LABEL_COUNT } from './labels';
import { TRANSITION_SIZE } from './viterbi';

/**
 * Sparse label weights for hashed features. Weights are stored as 16-bit integers times one scale
 * (what the model file holds) and expanded to floats once at load.
 */
export class LinearModel {
  readonly weights: Float32Array;
  private readonly slots: Int32Array;
  private readonly slotMask: number;

  /** `buckets` sorted ascending; `quantized` holds LABEL_COUNT weights per bucket. */
  constructor(readonly buckets: Int32Array, readonly quantized: Int16Array, readonly scale: number, readonly transitions: Float32Array) {
    if (quantized.length !== buckets.length * LABEL_COUNT) throw new Error('LinearModel: weights do not match buckets');
    if (transitions.length !== TRANSITION_SIZE) throw new Error('LinearModel: bad transition table');
    this.weights = new Float32Array(quantized.length);
    for (let i = 0; i < quantized.length; i++) this.weights[i] = (quantized[i] as number) * scale;
    // Open addressing at load factor <= 1/2 keeps lookups to about one probe.
    let size = 16;
    while (size < buckets.length * 2) size *= 2;
    this.slotMask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let row = 0; row < buckets.length; row++) {
      let slot = this.slotOf(buckets[row] as number);
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.slotMask;
      this.slots[slot] = row;
    }
  }

  private slotOf(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> 0 & this.slotMask;
  }

  private rowOf(bucket: number): number {
    let slot = this.slotOf(bucket);
    for (;;) {
      const row = this.slots[slot] as number;
      if (row === -1 || this.buckets[row] === bucket) return row;
      slot = (slot + 1) & this.slotMask;
    }
  }

  /** Fills out[i * LABEL_COUNT + y] with the summed weights of token i's features for label y. */
  emissions(features: SentenceFeatures, n: number, out: Float64Array): void {
    const L = LABEL_COUNT;
    out.fill(0, 0, n * L);
    const { ids, offsets } = features;
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
        const row = this.rowOf(ids[k] as number);
        if (row < 0) continue;
        const r = row * L;
        for (let y = 0; y < L; y++) out[base + y] = (out[base + y] as number) + (w[r + y] as number);
      }
    }
  }
}
