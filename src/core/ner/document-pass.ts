import { computeDocumentSignals } from './document-signals';
import type { DocumentSignals, SentenceFeatures } from './features';
import { FeatureExtractor, isCapsSentence } from './features';
import { LABEL_COUNT } from './labels';
import type { LinearModel } from './linear-model';
import type { TokenInfo } from './token-info';
import { viterbi } from './viterbi';

/** Gazetteer bits of a word; a function so training can leave the current document out. */
export type GazetteerLookup = (wordHash: number) => number;

/** One document prepared for tagging: token facts and the sentence-level features of pass 1. */
export interface PreparedDocument {
  infos: TokenInfo[][];
  caps: boolean[];
  gazetteer: Int32Array[];
  firstFeatures: SentenceFeatures[];
}

/** Gazetteer bits per token of one sentence. */
export function gazetteerMasks(sentence: readonly TokenInfo[], caps: boolean, lookup: GazetteerLookup): Int32Array {
  const masks = new Int32Array(sentence.length);
  sentence.forEach((info, i) => {
    let mask = lookup(info.word);
    // A shouted "NOORD-KOREA" is looked up as "Noord-korea" too; the corpora write names in title case.
    if (caps && info.allCaps) mask |= lookup(info.title);
    masks[i] = mask;
  });
  return masks;
}

export function prepareDocument(infos: TokenInfo[][], lookup: GazetteerLookup, extractor: FeatureExtractor): PreparedDocument {
  const caps = infos.map(isCapsSentence);
  const gazetteer = infos.map((sentence, s) => gazetteerMasks(sentence, caps[s] === true, lookup));
  const firstFeatures = infos.map((sentence, s) => extractor.extract(sentence, gazetteer[s] as Int32Array, caps[s] === true));
  return { infos, caps, gazetteer, firstFeatures };
}

/** The features pass 2 adds to pass 1's, per sentence. */
export function documentFeatures(doc: Pick<PreparedDocument, 'infos'>, signals: DocumentSignals, extractor: FeatureExtractor): SentenceFeatures[] {
  let offset = 0;
  return doc.infos.map((sentence) => {
    const features = extractor.extractDocument(sentence, signals, offset);
    offset += sentence.length;
    return features;
  });
}

export function signalsFromLabels(doc: Pick<PreparedDocument, 'infos' | 'caps'>, labels: Uint8Array[], mentionContexts: boolean): DocumentSignals {
  return computeDocumentSignals(doc.infos, labels, doc.caps, mentionContexts);
}

export class SentenceDecoder {
  private emissions = new Float64Array(256 * LABEL_COUNT);

  /** The best legal labels for one sentence under `model`, scoring every given feature list. */
  decode(model: LinearModel, n: number, ...features: SentenceFeatures[]): Uint8Array {
    if (this.emissions.length < n * LABEL_COUNT) this.emissions = new Float64Array(n * LABEL_COUNT * 2);
    const labels = new Uint8Array(n);
    this.emissions.fill(0, 0, n * LABEL_COUNT);
    for (const f of features) model.addEmissions(f, n, this.emissions);
    viterbi(this.emissions, n, model.transitions, labels);
    return labels;
  }
}
