import type { SentenceFeatures } from './features';
import { slotOf } from './joint-scorer';
import { LABEL_COUNT } from './labels';
import { TRANSITION_SIZE } from './viterbi';

/**
 * Sparse label weights for hashed features. Weights are stored as 16-bit integers times one scale
 * (what the model file holds); training and its out-of-fold decoding score through this class, the
 * tagger through JointScorer.
 */
export class LinearModel {
  private lookup: { weights: Float32Array; table: Int32Array; slotMask: number } | null = null;

  /** `buckets` sorted ascending; `quantized` holds LABEL_COUNT weights per bucket. */
  constructor(readonly buckets: Int32Array, readonly quantized: Int16Array, readonly scale: number, readonly transitions: Float32Array) {
    if (quantized.length !== buckets.length * LABEL_COUNT) throw new Error('LinearModel: weights do not match buckets');
    if (transitions.length !== TRANSITION_SIZE) throw new Error('LinearModel: bad transition table');
  }

  /** The lookup table is built on first use: the tagger scores through JointScorer and never needs it. */
  private built(): { weights: Float32Array; table: Int32Array; slotMask: number } {
    if (this.lookup !== null) return this.lookup;
    const { buckets, quantized, scale } = this;
    const weights = new Float32Array(quantized.length);
    for (let i = 0; i < quantized.length; i++) weights[i] = (quantized[i] as number) * scale;
    // Load factor <= 1/2 keeps lookups to about one probe; key and row side by side cost one cache miss.
    let size = 16;
    while (size < buckets.length * 2) size *= 2;
    const slotMask = size - 1;
    const table = new Int32Array(size * 2).fill(-1);
    for (let row = 0; row < buckets.length; row++) {
      const bucket = buckets[row] as number;
      let slot = slotOf(bucket, slotMask);
      while (table[slot * 2] !== -1) slot = (slot + 1) & slotMask;
      table[slot * 2] = bucket;
      table[slot * 2 + 1] = row;
    }
    this.lookup = { weights, table, slotMask };
    return this.lookup;
  }

  /** Adds to out[i * LABEL_COUNT + y] the weights of token i's features for label y. */
  addEmissions(features: SentenceFeatures, n: number, out: Float64Array): void {
    const L = LABEL_COUNT;
    const { ids, offsets } = features;
    const { weights: w, table, slotMask: mask } = this.built();
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
        const bucket = ids[k] as number;
        let slot = slotOf(bucket, mask);
        let key = table[slot * 2] as number;
        while (key !== bucket && key !== -1) {
          slot = (slot + 1) & mask;
          key = table[slot * 2] as number;
        }
        if (key === -1) continue;
        const r = (table[slot * 2 + 1] as number) * L;
        for (let y = 0; y < L; y++) out[base + y] = (out[base + y] as number) + (w[r + y] as number);
      }
    }
  }
}
