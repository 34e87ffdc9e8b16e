import { hashString } from './hash';
import { IntMap } from './int-map';
import { seededRandom } from './perceptron';
import { normalizeToken } from './token-info';

/**
 * Distributional word clusters learned from unlabelled text: each frequent word is described by
 * the frequent words seen just left and right of it, projected to a few random dimensions, and
 * grouped by spherical k-means; the clusters are grouped again into coarse clusters. A cheap
 * stand-in for Brown clusters, whose gain for NER (Ratinov & Roth 2009) comes from the same idea:
 * words used alike get a shared feature, so a name seen once in training helps with its neighbours.
 */
export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  maxVocabulary: number;
  /** How many of the most frequent words serve as context. */
  contextWords: number;
  dimensions: number;
  clusters: number;
  coarseClusters: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = {
  minCount: 3,
  maxVocabulary: 40_000,
  contextWords: 600,
  dimensions: 96,
  clusters: 300,
  coarseClusters: 30,
  iterations: 12,
  seed: 11,
};

/** Lowercased word hash -> fine cluster id (1-based) in the low 16 bits and coarse id in the high 16. */
export type WordClusters = IntMap;

const BOUNDARY = '\u0000';

function normalize(v: Float32Array, offset: number, d: number): void {
  let norm = 0;
  for (let k = 0; k < d; k++) norm += (v[offset + k] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < d; k++) v[offset + k] = (v[offset + k] as number) / norm;
}

/** Spherical k-means; returns each point's cluster and the centroids. */
function kMeans(points: Float32Array, n: number, d: number, k: number, iterations: number, random: () => number): { assignment: Int32Array; centroids: Float32Array } {
  k = Math.min(k, n);
  const centroids = new Float32Array(k * d);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let p = Math.floor(random() * n);
    while (picked.has(p)) p = (p + 1) % n;
    picked.add(p);
    centroids.set(points.subarray(p * d, p * d + d), c * d);
  }
  const assignment = new Int32Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let p = 0; p < n; p++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (points[p * d + j] as number) * (centroids[c * d + j] as number);
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[p] = best;
    }
    const sums = new Float32Array(k * d);
    const sizes = new Int32Array(k);
    for (let p = 0; p < n; p++) {
      const c = assignment[p] as number;
      sizes[c]! += 1;
      for (let j = 0; j < d; j++) sums[c * d + j] = (sums[c * d + j] as number) + (points[p * d + j] as number);
    }
    for (let c = 0; c < k; c++) {
      // An emptied cluster keeps its centroid; it may win points back next round.
      if (sizes[c] === 0) continue;
      normalize(sums, c * d, d);
      centroids.set(sums.subarray(c * d, c * d + d), c * d);
    }
  }
  return { assignment, centroids };
}

/** Learns clusters from sentences of raw tokens. */
export function learnWordClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = DEFAULT_CLUSTERS): WordClusters {
  const counts = new Map<string, number>();
  const lowered: string[][] = [];
  for (const sentence of sentences) {
    const words = sentence.map((w) => normalizeToken(w).toLowerCase());
    lowered.push(words);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = byFrequency.filter(([, c]) => c >= options.minCount).slice(0, options.maxVocabulary).map(([w]) => w);
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const contexts = new Map([BOUNDARY, ...byFrequency.slice(0, options.contextWords).map(([w]) => w)].map((w, i) => [w, i]));
  const random = seededRandom(options.seed);
  const d = options.dimensions;
  // A random +-1 projection per (context word, side): cheap and keeps distances roughly.
  const projection = new Float32Array(contexts.size * 2 * d).map(() => (random() < 0.5 ? -1 : 1));
  const cooccurrence = vocabulary.map(() => new Map<number, number>());
  for (const words of lowered) {
    words.forEach((w, i) => {
      const row = index.get(w);
      if (row === undefined) return;
      const left = contexts.get(words[i - 1] ?? BOUNDARY);
      const right = contexts.get(words[i + 1] ?? BOUNDARY);
      const m = cooccurrence[row] as Map<number, number>;
      if (left !== undefined) m.set(left * 2, (m.get(left * 2) ?? 0) + 1);
      if (right !== undefined) m.set(right * 2 + 1, (m.get(right * 2 + 1) ?? 0) + 1);
    });
  }
  const points = new Float32Array(vocabulary.length * d);
  cooccurrence.forEach((m, row) => {
    for (const [feature, count] of m) {
      // log damps the most frequent contexts ("de", ",") that every word has.
      const weight = Math.log1p(count);
      for (let j = 0; j < d; j++) points[row * d + j] = (points[row * d + j] as number) + weight * (projection[feature * d + j] as number);
    }
    normalize(points, row * d, d);
  });
  const fine = kMeans(points, vocabulary.length, d, options.clusters, options.iterations, random);
  const coarse = kMeans(fine.centroids, fine.centroids.length / d, d, options.coarseClusters, options.iterations, random);
  const clusters = new Map<number, number>();
  vocabulary.forEach((w, row) => {
    const f = fine.assignment[row] as number;
    clusters.set(hashString(w), ((coarse.assignment[f] as number) + 1) * 0x10000 + f + 1);
  });
  return IntMap.fromMap(clusters);
}
