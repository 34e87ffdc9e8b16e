import { performance } from 'node:perf_hooks';
import type { LabelledDocument } from '../../src/core/ner/conll';
import type { ChunkScores } from '../../src/core/ner/conlleval';
import { scoreTags } from '../../src/core/ner/conlleval';
import type { NerTagger } from '../../src/core/ner/index';

export interface Evaluation extends ChunkScores {
  lang: string;
  tokensPerSecond: number;
}

/** Tags each document whole (so document features work) and scores it as conlleval would. */
export function evaluateTagger(tagger: NerTagger, docs: readonly LabelledDocument[], types?: ReadonlySet<string>): Evaluation {
  const sentences = docs.map((doc) => doc.map((s) => s.tokens));
  const started = performance.now();
  const predicted = sentences.map((doc) => tagger.tagDocument(doc));
  const seconds = (performance.now() - started) / 1000;
  const scores = scoreTags(docs.flatMap((doc) => doc.map((s) => s.tags)), predicted.flat(), types);
  return { lang: tagger.lang, ...scores, tokensPerSecond: Math.round(scores.tokens / Math.max(seconds, 1e-9)) };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The eval CLI's JSON line (contract: lang, tokens, precision, recall, f1, perType, tokensPerSecond). */
export function evaluationJson(e: Evaluation): string {
  const perType = Object.fromEntries(Object.entries(e.perType).map(([t, s]) => [t, { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) }]));
  return JSON.stringify({ lang: e.lang, tokens: e.tokens, precision: round(e.precision), recall: round(e.recall), f1: round(e.f1), perType, tokensPerSecond: e.tokensPerSecond });
}
