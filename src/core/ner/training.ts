import type { LabelledDocument } from './conll';
import type { GazetteerLookup, PreparedDocument } from './document-pass';
import { SentenceDecoder, documentFeatures, prepareDocument, signalsFromLabels } from './document-pass';
import { FeatureExtractor, concatFeatures } from './features';
import type { Gazetteer } from './gazetteer';
import { BITS_PER_GROUP, gazetteerBit } from './gazetteer';
import { IntMap } from './int-map';
import { labelIndex } from './labels';
import type { LinearModel } from './linear-model';
import type { NerModel } from './model-file';
import type { TrainingSentence } from './perceptron';
import { seededRandom, shuffle, trainPerceptron } from './perceptron';
import type { TokenInfo } from './token-info';
import { TokenInfoCache } from './token-info';
import type { ClusterOptions } from './word-clusters';
import { DEFAULT_CLUSTERS, learnWordClusters } from './word-clusters';

export interface NerTrainingOptions {
  lang: string;
  epochs: number;
  seed: number;
  bucketBits: number;
  pruneBelow: number;
  maxFeatures: number;
  /** Folds for the out-of-fold first pass that feeds the document signals of pass 2. */
  folds: number;
  /** Train on the neighbours of a word's other mentions (off: the model has no weights for them, so they do nothing). */
  mentionContexts: boolean;
  /** Word clusters from unlabelled text; null trains without them. */
  clusters: ClusterOptions | null;
  /** Called with progress messages. */
  log?: (message: string) => void;
}

/** Tuned on the dev splits (see assets/models/README.md for the figures). */
export const DEFAULT_TRAINING: Omit<NerTrainingOptions, 'lang'> = {
  epochs: 10,
  seed: 1,
  // 2^21 buckets: few collisions among the ~1M distinct features of a CoNLL training set.
  bucketBits: 21,
  // Weights this small change no tag on the dev sets and double the file.
  pruneBelow: 1,
  // Caps the noisy silver-data models (WikiANN, Europeana: 250k features above the threshold) at
  // about 1 MB gzipped per pass; the CoNLL models keep 30-50k features and are not affected.
  maxFeatures: 60_000,
  folds: 2,
  // Off: +0.3 (nl) and +0.2 (en) dev F1, within seed noise, but it cost three names in the golden
  // articles (test/golden: Winterspelen, Northland, Omar Hassan al-Bashir) and 2.6 F1 on German.
  mentionContexts: false,
  clusters: DEFAULT_CLUSTERS,
};

/** What a model is trained from. */
export interface NerTrainingData {
  train: readonly LabelledDocument[];
  /** Documents whose entities serve only as name lists. */
  gazetteers: readonly LabelledDocument[];
  /** Sentences of raw text (any corpus of the language, labels ignored) for the word clusters. */
  unlabelled: Iterable<readonly string[]>;
}

type WordBits = Map<number, number>;

function entityBits(docs: readonly LabelledDocument[], infos: TokenInfo[][][], group: number): WordBits[] {
  return docs.map((doc, d) => {
    const bits: WordBits = new Map();
    doc.forEach((sentence, s) => sentence.tags.forEach((tag, i) => {
      const label = labelIndex(tag);
      if (label === 0) return;
      const word = infos[d]![s]![i]!.word;
      bits.set(word, (bits.get(word) ?? 0) | (1 << gazetteerBit(group, label)));
    }));
    return bits;
  });
}

/**
 * Name lists from the training documents must leave the current document out while training,
 * or the model learns to trust them blindly (-8.5 F1 in guides/ner-notes.md). Counts how many
 * documents give each (word, bit), so a document's own contribution can be subtracted.
 */
class LeaveOneOutGazetteer {
  private readonly counts = new Map<number, Int32Array>();

  constructor(private readonly perDocument: WordBits[], private readonly external: WordBits) {
    for (const bits of perDocument) {
      for (const [word, mask] of bits) {
        let c = this.counts.get(word);
        if (c === undefined) {
          c = new Int32Array(BITS_PER_GROUP);
          this.counts.set(word, c);
        }
        for (let b = 0; b < BITS_PER_GROUP; b++) if (mask & (1 << b)) c[b]! += 1;
      }
    }
  }

  lookupWithout(document: number): GazetteerLookup {
    const own = this.perDocument[document] ?? new Map<number, number>();
    return (word) => {
      let mask = this.external.get(word) ?? 0;
      const c = this.counts.get(word);
      if (c !== undefined) {
        const mine = own.get(word) ?? 0;
        for (let b = 0; b < BITS_PER_GROUP; b++) if ((c[b] as number) - ((mine >> b) & 1) > 0) mask |= 1 << b;
      }
      return mask;
    };
  }

  full(): Gazetteer {
    const masks = new Map(this.external);
    for (const [word, c] of this.counts) {
      let mask = masks.get(word) ?? 0;
      for (let b = 0; b < BITS_PER_GROUP; b++) if ((c[b] as number) > 0) mask |= 1 << b;
      masks.set(word, mask);
    }
    return IntMap.fromMap(masks);
  }
}

function goldLabels(doc: LabelledDocument): Uint8Array[] {
  return doc.map((s) => Uint8Array.from(s.tags, labelIndex));
}

function sentencesOf(prepared: PreparedDocument[], features: (doc: number) => PreparedDocument['firstFeatures'], gold: Uint8Array[][], docs: readonly number[]): TrainingSentence[] {
  return docs.flatMap((d) => features(d).map((f, s) => ({ features: f, gold: gold[d]![s]! })));
}

/** Trains both passes of a tagger from labelled documents plus documents used only as name lists. */
export function trainNerModel(data: NerTrainingData, options: NerTrainingOptions): NerModel {
  const { train, gazetteers: gazetteerDocs } = data;
  const log = options.log ?? (() => {});
  const clusters = options.clusters === null ? IntMap.empty() : learnWordClusters(data.unlabelled, options.clusters);
  log(`clusters: ${clusters.size} words`);
  const cache = new TokenInfoCache(Number.MAX_SAFE_INTEGER);
  const infosOf = (docs: readonly LabelledDocument[]) => docs.map((doc) => doc.map((s) => s.tokens.map((t) => cache.get(t))));
  const trainInfos = infosOf(train);
  const external: WordBits = new Map();
  for (const bits of entityBits(gazetteerDocs, infosOf(gazetteerDocs), 1)) for (const [w, m] of bits) external.set(w, (external.get(w) ?? 0) | m);
  const gazetteer = new LeaveOneOutGazetteer(entityBits(train, trainInfos, 0), external);
  const extractor = new FeatureExtractor((1 << options.bucketBits) - 1, clusters);
  const prepared = trainInfos.map((infos, d) => prepareDocument(infos, gazetteer.lookupWithout(d), extractor));
  const gold = train.map(goldLabels);
  const perceptron = { epochs: options.epochs, seed: options.seed, bucketBits: options.bucketBits, pruneBelow: options.pruneBelow, maxFeatures: options.maxFeatures };
  const firstOf = (d: number) => prepared[d]!.firstFeatures;

  // Pass-2 features need pass-1 tags that are as wrong as they will be on unseen text: out of fold.
  const order = train.map((_, d) => d);
  shuffle(order, seededRandom(options.seed + 1));
  const foldOf = new Int32Array(train.length);
  order.forEach((d, k) => (foldOf[d] = k % options.folds));
  const firstPassTags: Uint8Array[][] = new Array(train.length);
  const decoder = new SentenceDecoder();
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = order.filter((d) => foldOf[d] === fold);
    const model = trainPerceptron(sentencesOf(prepared, firstOf, gold, order.filter((d) => foldOf[d] !== fold)), perceptron);
    for (const d of inFold) firstPassTags[d] = firstOf(d).map((f, s) => decoder.decode(model, gold[d]![s]!.length, f));
    log(`fold ${fold + 1}/${options.folds} done`);
  }
  const secondFeatures = prepared.map((doc, d) => documentFeatures(doc, signalsFromLabels(doc, firstPassTags[d]!, options.mentionContexts), extractor)
    .map((extra, s) => concatFeatures(doc.firstFeatures[s]!, extra)));
  const firstPass: LinearModel = trainPerceptron(sentencesOf(prepared, firstOf, gold, order), perceptron);
  log(`pass 1: ${firstPass.buckets.length} features`);
  const secondPass = trainPerceptron(sentencesOf(prepared, (d) => secondFeatures[d]!, gold, order), perceptron);
  log(`pass 2: ${secondPass.buckets.length} features`);
  return { lang: options.lang, bucketBits: options.bucketBits, mentionContexts: options.mentionContexts, gazetteer: gazetteer.full(), clusters, firstPass, secondPass };
}
