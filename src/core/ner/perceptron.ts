import type { SentenceFeatures } from './features';
import { LABEL_COUNT, START_STATE } from './labels';
import { LinearModel } from './linear-model';
import { TRANSITION_SIZE, viterbi } from './viterbi';

export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Uint8Array;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  bucketBits: number;
  /** Features whose largest averaged weight is below this are dropped from the model. */
  pruneBelow: number;
  /** At most this many features are kept, those with the largest weights. */
  maxFeatures: number;
}

/** mulberry32: a small seeded PRNG, so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

/**
 * Structured averaged perceptron (Collins 2002): Viterbi-decode each sentence with the current
 * weights and, where the path is wrong, move weights toward the gold path. Returns averaged weights.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: PerceptronOptions): LinearModel {
  const L = LABEL_COUNT;
  const size = (1 << options.bucketBits) * L;
  // Averaging by the usual trick: w is the current weight, u sums step * update; average = w - u / step.
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array(TRANSITION_SIZE);
  const tu = new Float64Array(TRANSITION_SIZE);
  const transitions = new Float32Array(TRANSITION_SIZE);
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  let emissions = new Float64Array(256 * L);
  let predicted = new Uint8Array(256);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { features, gold } = sentences[index] as TrainingSentence;
      const n = gold.length;
      if (emissions.length < n * L) {
        emissions = new Float64Array(n * L * 2);
        predicted = new Uint8Array(n * 2);
      }
      emissions.fill(0, 0, n * L);
      const { ids, offsets } = features;
      for (let i = 0; i < n; i++) {
        for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
          const r = (ids[k] as number) * L;
          for (let y = 0; y < L; y++) emissions[i * L + y] = (emissions[i * L + y] as number) + (w[r + y] as number);
        }
      }
      for (let t = 0; t < TRANSITION_SIZE; t++) transitions[t] = tw[t] as number;
      viterbi(emissions, n, transitions, predicted);
      let previousGold = START_STATE;
      let previousPredicted = START_STATE;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = predicted[i] as number;
        if (g !== p) {
          for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
            const r = (ids[k] as number) * L;
            w[r + g] = (w[r + g] as number) + 1;
            u[r + g] = (u[r + g] as number) + step;
            w[r + p] = (w[r + p] as number) - 1;
            u[r + p] = (u[r + p] as number) - step;
          }
        }
        if (g !== p || previousGold !== previousPredicted) {
          const tg = previousGold * L + g;
          const tp = previousPredicted * L + p;
          tw[tg] = (tw[tg] as number) + 1;
          tu[tg] = (tu[tg] as number) + step;
          tw[tp] = (tw[tp] as number) - 1;
          tu[tp] = (tu[tp] as number) - step;
        }
        previousGold = g;
        previousPredicted = p;
      }
      step++;
    }
  }
  for (let i = 0; i < size; i++) w[i] = (w[i] as number) - (u[i] as number) / step;
  for (let t = 0; t < TRANSITION_SIZE; t++) transitions[t] = (tw[t] as number) - (tu[t] as number) / step;
  return sparsify(w, transitions, options.pruneBelow, options.maxFeatures);
}

/**
 * Keeps the buckets with a weight of at least `pruneBelow` in absolute value, at most `maxFeatures`
 * of them (the largest), and quantizes to 16 bits.
 */
function sparsify(dense: Float64Array, transitions: Float32Array, pruneBelow: number, maxFeatures: number): LinearModel {
  const L = LABEL_COUNT;
  const rowMax = new Float64Array(dense.length / L);
  for (let bucket = 0; bucket < rowMax.length; bucket++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(dense[bucket * L + y] as number));
    rowMax[bucket] = m;
  }
  let threshold = Math.max(pruneBelow, Number.MIN_VALUE);
  const candidates = rowMax.filter((m) => m >= threshold);
  if (candidates.length > maxFeatures) threshold = Math.max(threshold, candidates.sort()[candidates.length - maxFeatures] as number);
  const kept: number[] = [];
  let maxAbs = 0;
  for (let bucket = 0; bucket < rowMax.length; bucket++) {
    const m = rowMax[bucket] as number;
    if (m >= threshold) {
      kept.push(bucket);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const quantized = new Int16Array(kept.length * L);
  kept.forEach((bucket, row) => {
    for (let y = 0; y < L; y++) quantized[row * L + y] = Math.round((dense[bucket * L + y] as number) / scale);
  });
  return new LinearModel(Int32Array.from(kept), quantized, Math.fround(scale), transitions);
}
