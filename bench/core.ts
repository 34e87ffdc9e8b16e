// Core throughput in Node: the full analysis (segmentation, tagging, entity resolution, facts) on the seed
// article, a 1,000-word real article, the dev corpora, and the same article repeated 1×–64× (scaling), each
// next to the floor: one bare Intl.Segmenter word pass over the same text.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/core/analysis/index.ts';
import { parseConll } from '../src/core/ner/conll.ts';
import { NerTagger } from '../src/core/ner/index.ts';
import { extractArticleFromHtml } from '../src/page/html-article.ts';
import { loadTagger, modelFile } from '../scripts/lib/models.ts';
import { repoRoot, sharedDir } from '../scripts/lib/paths.ts';
import { median, timeRuns } from './stats.ts';

export interface CoreResults {
  modelLoadMs: Record<string, number>;
  seed: { words: number; ms: number; floorMs: number };
  article1k: { words: number; ms: number; floorMs: number; source: string; firstMs: number };
  corpora: { name: string; tokens: number; tokensPerSecond: number; floorTokensPerSecond: number }[];
  scaling: { factor: number; words: number; ms: number; msPer1kWords: number; floorMs: number }[];
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
/**
 * The floor: the least any approach that reads every word must do. Segmented paragraph by paragraph: in
 * Node 20 (V8 11.3) iterating Intl.Segmenter over one long string is quadratic (measured here: 5k chars
 * 14 ms, 83k chars 3.5 s, 333k chars 112 s), so a whole-text pass would flatter the pipeline.
 */
function segmentWords(text: string): number {
  let n = 0;
  for (const paragraph of text.split('\n\n')) {
    for (const s of wordSegmenter.segment(paragraph)) if (s.isWordLike) n++;
  }
  return n;
}

// Untimed runs before each timed series: the background analyses page after page, so its code is compiled by
// V8's optimising tier; two warm-up runs left the first figures of a process at 1.5-2x their settled value.
const WARMUP = 10;

const analyze = (text: string, language: string) => analyzeArticle({ text, language }, loadTagger);

/** The first paragraphs of a real article adding up to about `words` words. */
function articleOfWords(text: string, words: number): string {
  const out: string[] = [];
  let n = 0;
  for (const p of text.split('\n\n')) {
    if (n >= words) break;
    out.push(p);
    n += segmentWords(p);
  }
  return out.join('\n\n');
}

export function runCoreBench(quick = false): CoreResults {
  const runs = quick ? 5 : 21;
  const modelLoadMs: Record<string, number> = {};
  for (const lang of ['nl', 'en']) {
    const file = modelFile(lang);
    if (!file) continue;
    const bytes = new Uint8Array(fs.readFileSync(file));
    modelLoadMs[lang] = median(timeRuns(() => NerTagger.fromBytes(bytes), quick ? 3 : 7, 1));
  }

  console.error('  core: seed article');
  const seedText = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'noord-korea-nl.txt'), 'utf8');
  const seed = { words: segmentWords(seedText), ms: median(timeRuns(() => analyze(seedText, 'nl'), runs, WARMUP)), floorMs: median(timeRuns(() => segmentWords(seedText), runs, WARMUP)) };

  console.error('  core: 1,000-word article');
  const html = fs.readFileSync(path.join(sharedDir, 'pages', 'nytimes-1', 'source.html'), 'utf8');
  const full = extractArticleFromHtml(html)?.input.text ?? '';
  const text1k = articleOfWords(full, 1000);
  const article1k = {
    source: 'nytimes-1 (first paragraphs)',
    words: segmentWords(text1k),
    ms: median(timeRuns(() => analyze(text1k, 'en'), runs, WARMUP)),
    floorMs: median(timeRuns(() => segmentWords(text1k), runs, WARMUP)),
    firstMs: NaN,
  };
  // The tagger keeps per-word scores across articles; the first article after a model load finds none.
  const enBytes = new Uint8Array(fs.readFileSync(modelFile('en') ?? ''));
  article1k.firstMs = median(Array.from({ length: quick ? 3 : 9 }, () => {
    const fresh = NerTagger.fromBytes(enBytes);
    const t0 = performance.now();
    analyzeArticle({ text: text1k, language: 'en' }, () => fresh);
    return performance.now() - t0;
  }));

  console.error('  core: dev corpora');
  const corpora: CoreResults['corpora'] = [];
  for (const [name, file, lang] of [['ned.testa', 'conll2002/ned.testa', 'nl'], ['eng.testa', 'conll2003/eng.testa', 'en']] as const) {
    const docs = parseConll(fs.readFileSync(path.join(sharedDir, 'data', 'ner', file), 'utf8'))
      .map((d) => d.map((s) => s.tokens.join(' ')).join('\n'));
    const tokens = docs.reduce((a, d) => a + d.split(/\s+/).length, 0);
    const ms = median(timeRuns(() => { for (const d of docs) analyze(d, lang); }, quick ? 1 : 3, 1));
    const floor = median(timeRuns(() => { for (const d of docs) segmentWords(d); }, quick ? 1 : 3, 1));
    corpora.push({ name, tokens, tokensPerSecond: tokens / (ms / 1000), floorTokensPerSecond: tokens / (floor / 1000) });
  }

  console.error('  core: scaling');
  const scaling: CoreResults['scaling'] = [];
  for (const factor of [1, 4, 16, 64]) {
    const text = Array.from({ length: factor }, () => text1k).join('\n\n');
    const words = segmentWords(text);
    const n = factor >= 16 ? Math.max(3, Math.round(runs / 4)) : runs;
    const ms = median(timeRuns(() => analyze(text, 'en'), n, 1));
    scaling.push({ factor, words, ms, msPer1kWords: ms / (words / 1000), floorMs: median(timeRuns(() => segmentWords(text), n, 1)) });
  }
  return { modelLoadMs, seed, article1k, corpora, scaling };
}
