import { documentFeatures, prepareDocument, signalsFromLabels } from './document-pass';
import { JointScorer } from './joint-scorer';
import { FeatureExtractor } from './features';
import { LABELS, LABEL_COUNT } from './labels';
import { viterbi } from './viterbi';
import type { NerModel } from './model-file';
import { decodeModel, encodeModel } from './model-file';
import { TokenInfoCache } from './token-info';

/**
 * Named-entity tagger: BIO tags over PER, LOC, ORG, MISC for the tokens of one document.
 * Tokens are expected as a CoNLL tokenizer makes them: punctuation split off, English "'s" split,
 * hyphenated words ("Noord-Korea") one token.
 */
export class NerTagger {
  readonly lang: string;
  private readonly extractor: FeatureExtractor;
  private readonly scorer: JointScorer;
  private readonly infoCache = new TokenInfoCache();

  constructor(readonly model: NerModel) {
    this.lang = model.lang;
    this.extractor = new FeatureExtractor((1 << model.bucketBits) - 1, model.clusters);
    this.scorer = new JointScorer(model.firstPass, model.secondPass);
  }

  static fromBytes(bytes: Uint8Array): NerTagger {
    return new NerTagger(decodeModel(bytes));
  }

  toBytes(): Uint8Array {
    return encodeModel(this.model);
  }

  /** Label indices (see LABELS) for each token of each sentence. */
  tagDocumentIndices(sentences: string[][]): Uint8Array[] {
    const infos = sentences.map((tokens) => tokens.map((t) => this.infoCache.get(t)));
    const gazetteer = this.model.gazetteer;
    const doc = prepareDocument(infos, (h) => gazetteer.get(h), this.extractor);
    const { firstPass, secondPass } = this.model;
    const pending: Float64Array[] = [];
    const first = doc.firstFeatures.map((f, s) => {
      const n = infos[s]!.length;
      const scores = new Float64Array(n * LABEL_COUNT);
      const later = new Float64Array(n * LABEL_COUNT);
      this.scorer.emissions(f, n, scores, later);
      pending.push(later);
      const labels = new Uint8Array(n);
      viterbi(scores, n, firstPass.transitions, labels);
      return labels;
    });
    const extra = documentFeatures(doc, signalsFromLabels(doc, first, this.model.mentionContexts), this.extractor);
    return extra.map((f, s) => {
      const n = infos[s]!.length;
      const scores = pending[s]!;
      this.scorer.addSecondPass(f, n, scores);
      const labels = new Uint8Array(n);
      viterbi(scores, n, secondPass.transitions, labels);
      return labels;
    });
  }

  tagDocument(sentences: string[][]): string[][] {
    return this.tagDocumentIndices(sentences).map((labels) => Array.from(labels, (y) => LABELS[y] as string));
  }
}

export { LABELS } from './labels';
