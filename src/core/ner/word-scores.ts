import type { FeatureSink } from './features';
import { BOUNDARY_WORDS, REACH, clusterFeatures, gazetteerFeatures, lexicalFeatures, ownFeaturesOf, pairFeatures, shapeFeatures } from './features';
import type { JointScorer } from './joint-scorer';
import { ROW } from './joint-scorer';
import type { TokenInfo } from './token-info';
import type { WordClusters } from './word-clusters';

const OFFSETS = 2 * REACH + 1;
const GROUP_CACHE_LIMIT = 4096;
/**
 * Words whose facts and scores the tagger keeps (TokenInfoCache's limit). Each holds OFFSETS rows of ROW
 * 32-bit sums (360 bytes) besides its facts: 16k words stay under 10 MB and hold the vocabulary of any one
 * article and the common words of many.
 */
export const WORD_CACHE_LIMIT = 16_384;

/**
 * Scores the sentence-level features of a sentence without listing them. Every feature of a token except
 * the four word-pair features and the sentence-start marker depends on one word and its offset from the
 * token (-2..2), so each word's weights for the five offsets are summed once and cached: a token then costs
 * five cached rows plus five lookups instead of about thirty lookups into a table far larger than the CPU
 * cache. The sums are the same integers as scoring the full feature list (a unit test holds the two equal).
 * Sentences that shout (all caps) see words differently and go through the feature list instead.
 */
export class WordScores implements FeatureSink {
  /** Rows for the stand-ins beyond the sentence: [offset + REACH][side: before 1, before 0, after 0, after 1]. */
  private readonly boundary: Int32Array;
  private readonly withClusters: boolean;
  // Group rows per value: news text has a few hundred shapes, clusters and masks.
  private readonly byShape = new Map<number, Int32Array>();
  private readonly byCluster = new Map<number, Int32Array>();
  private readonly byGazetteer = new Map<number, Int32Array>();
  private rows: Int32Array[] = [];
  private target: Int32Array = new Int32Array(0);
  private targetBase = 0;

  constructor(
    private readonly scorer: JointScorer,
    private readonly bucketMask: number,
    private readonly clusters: WordClusters,
    private readonly gazetteer: (wordHash: number) => number,
  ) {
    this.withClusters = clusters.size > 0;
    const stand = [BOUNDARY_WORDS.before[1], BOUNDARY_WORDS.before[0], BOUNDARY_WORDS.after[0], BOUNDARY_WORDS.after[1]] as number[];
    this.boundary = new Int32Array(OFFSETS * 4 * ROW);
    for (let d = -REACH; d <= REACH; d++) {
      if (d === 0) continue;
      stand.forEach((word, side) => {
        const sink = this.aim(this.boundary, ((d + REACH) * 4 + side) * ROW);
        lexicalFeatures(sink, d, null, word);
        shapeFeatures(sink, d, word);
        if (this.withClusters) clusterFeatures(sink, d, 0, false);
      });
    }
  }

  add(feature: number): void {
    this.scorer.addFeature(feature & this.bucketMask, this.target, this.targetBase);
  }

  /** Where the next features' weights are added. */
  private aim(target: Int32Array, base: number): this {
    this.target = target;
    this.targetBase = base;
    return this;
  }

  /** What a word adds to the token `d` places before or after it, for d = -2..2 (row d + REACH). */
  private rowsOf(info: TokenInfo): Int32Array {
    if (info.scores !== null) return info.scores;
    const rows = new Int32Array(OFFSETS * ROW);
    const own = ownFeaturesOf(info);
    for (let d = -REACH; d <= REACH; d++) lexicalFeatures(this.aim(rows, (d + REACH) * ROW), d, own, info.lower);
    addRows(rows, this.groupRows(this.byShape, info.shape, (sink, d) => shapeFeatures(sink, d, info.shape)));
    if (this.withClusters) {
      const cluster = this.clusters.get(info.lower);
      // The cluster ids fill 32 bits; the capital goes above them (a Map key holds 53).
      addRows(rows, this.groupRows(this.byCluster, cluster + (info.initialCapital ? 2 ** 32 : 0), (sink, d) => clusterFeatures(sink, d, cluster, info.initialCapital)));
    }
    const mask = this.gazetteer(info.word);
    if (mask !== 0) addRows(rows, this.groupRows(this.byGazetteer, mask, (sink, d) => gazetteerFeatures(sink, d, mask)));
    info.scores = rows;
    return rows;
  }

  /** The rows of one group of features for one value (a shape, a cluster, a gazetteer mask), scored once. */
  private groupRows(cache: Map<number, Int32Array>, key: number, features: (sink: FeatureSink, d: number) => void): Int32Array {
    let rows = cache.get(key);
    if (rows === undefined) {
      // Shapes of odd symbols are many on a hostile page; the common ones come back at once.
      if (cache.size >= GROUP_CACHE_LIMIT) cache.clear();
      rows = new Int32Array(OFFSETS * ROW);
      for (let d = -REACH; d <= REACH; d++) features(this.aim(rows, (d + REACH) * ROW), d);
      cache.set(key, rows);
    }
    return rows;
  }

  /** Pass 1's scores and pass 2's sentence-level scores of a sentence that does not shout (see JointScorer.emissions). */
  emissions(infos: readonly TokenInfo[], first: Float64Array, second: Float64Array): void {
    const n = infos.length;
    if (this.rows.length < n) this.rows = new Array<Int32Array>(n * 2);
    const rows = this.rows;
    for (let i = 0; i < n; i++) rows[i] = this.rowsOf(infos[i] as TokenInfo);
    const sums = this.scorer.sumsFor(n);
    const boundary = this.boundary;
    const before = BOUNDARY_WORDS.before[0] as number;
    const after = BOUNDARY_WORDS.after[0] as number;
    for (let i = 0; i < n; i++) {
      const base = i * ROW;
      if (i >= REACH && i + REACH < n) {
        // Inside the sentence (most tokens): five rows summed in one sweep.
        const r0 = rows[i - 2] as Int32Array, r1 = rows[i - 1] as Int32Array, r2 = rows[i] as Int32Array;
        const r3 = rows[i + 1] as Int32Array, r4 = rows[i + 2] as Int32Array;
        for (let y = 0; y < ROW; y++) {
          sums[base + y] = (r0[y] as number) + (r1[ROW + y] as number) + (r2[2 * ROW + y] as number) + (r3[3 * ROW + y] as number) + (r4[4 * ROW + y] as number);
        }
      } else {
        for (let d = -REACH; d <= REACH; d++) {
          const j = i + d;
          let source: Int32Array;
          let from: number;
          if (j >= 0 && j < n) {
            source = rows[j] as Int32Array;
            from = (d + REACH) * ROW;
          } else {
            source = boundary;
            from = ((d + REACH) * 4 + (j < 0 ? j + 2 : j - n + 2)) * ROW;
          }
          for (let y = 0; y < ROW; y++) sums[base + y] = (sums[base + y] as number) + (source[from + y] as number);
        }
      }
      const info = infos[i] as TokenInfo;
      const left = i > 0 ? (infos[i - 1] as TokenInfo) : null;
      const right = i + 1 < n ? (infos[i + 1] as TokenInfo) : null;
      pairFeatures(
        this.aim(sums, base), i === 0,
        left?.shape ?? before, info.shape, right?.shape ?? after,
        left?.lower ?? before, info.lower, right?.lower ?? after,
      );
    }
    this.scorer.scale(sums, n, first, second);
  }
}

function addRows(target: Int32Array, rows: Int32Array): void {
  for (let k = 0; k < target.length; k++) target[k] = (target[k] as number) + (rows[k] as number);
}
