import { SentenceDecoder, prepareDocument, secondPassFeatures, signalsFromLabels } from './document-pass';
import { FeatureExtractor } from './features';
import { LABELS } from './labels';
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
  private readonly decoder = new SentenceDecoder();
  private readonly infoCache = new TokenInfoCache();

  constructor(readonly model: NerModel) {
    this.lang = model.lang;
    this.extractor = new FeatureExtractor((1 << model.bucketBits) - 1);
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
    const doc = prepareDocument(infos, (h) => gazetteer.lookup(h), this.extractor);
    const first = doc.firstFeatures.map((f, s) => this.decoder.decode(this.model.firstPass, f, infos[s]!.length));
    const second = secondPassFeatures(doc, signalsFromLabels(doc, first), this.extractor);
    return second.map((f, s) => this.decoder.decode(this.model.secondPass, f, infos[s]!.length));
  }

  tagDocument(sentences: string[][]): string[][] {
    return this.tagDocumentIndices(sentences).map((labels) => Array.from(labels, (y) => LABELS[y] as string));
  }
}

export { LABELS } from './labels';
