// Usage: npm run train:ner -- --lang nl [--corpora wikiann,europeana --variant open] [--epochs N] [--seed N]
// Trains the two-pass tagger from ../shared/data/ner, writes assets/models/ner-<lang>[-variant].bin
// and its section of the model card assets/models/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { NerTagger } from '../src/core/ner/index';
import type { CorpusConfig } from '../src/core/ner/languages';
import { LANGUAGES, corporaOf } from '../src/core/ner/languages';
import { DEFAULT_TRAINING, trainNerModel } from '../src/core/ner/training';
import { readCorpus } from './ner/corpora';
import type { Evaluation } from './ner/evaluate';
import { evaluateTagger } from './ner/evaluate';
import { modelPath, modelsDir } from './ner/paths';
import { replaceSection } from './ner/replace-section';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    corpora: { type: 'string' },
    variant: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
  },
});
const config = LANGUAGES[values.lang ?? ''];
if (config === undefined) {
  console.error(`train-ner: --lang must be one of ${Object.keys(LANGUAGES).join(', ')}`);
  process.exit(2);
}
let train: readonly CorpusConfig[] = config.train;
let gazetteers: readonly CorpusConfig[] = config.gazetteers;
let unlabelled: readonly CorpusConfig[] = config.unlabelled;
if (values.corpora) {
  const wanted = new Set(values.corpora.split(','));
  train = corporaOf(config).filter((c) => wanted.has(c.id));
  gazetteers = [];
  unlabelled = [];
  if (train.length === 0) {
    console.error(`train-ner: none of ${values.corpora} is a ${config.lang} corpus (${[...new Set(corporaOf(config).map((c) => c.id))].join(', ')})`);
    process.exit(2);
  }
}
const options = {
  ...DEFAULT_TRAINING,
  ...config.training,
  lang: config.lang,
  epochs: values.epochs ? Number(values.epochs) : DEFAULT_TRAINING.epochs,
  seed: values.seed ? Number(values.seed) : DEFAULT_TRAINING.seed,
  log: (m: string) => console.error(`[${config.lang}] ${m}`),
};

const started = performance.now();
const trainDocs = train.flatMap(readCorpus);
const gazetteerDocs = gazetteers.flatMap(readCorpus);
const unlabelledDocs = unlabelled.flatMap(readCorpus);
const text = [trainDocs, gazetteerDocs, unlabelledDocs].flatMap((docs) => docs.flatMap((doc) => doc.map((s) => s.tokens)));
const model = trainNerModel({ train: trainDocs, gazetteers: gazetteerDocs, unlabelled: text }, options);
const trainingSeconds = (performance.now() - started) / 1000;

const bytes = new NerTagger(model).toBytes();
const out = modelPath(config.lang, values.variant);
mkdirSync(modelsDir, { recursive: true });
writeFileSync(out, bytes);

const loadStarted = performance.now();
const tagger = NerTagger.fromBytes(bytes);
const loadMs = performance.now() - loadStarted;
const devDocs = readCorpus(config.dev);
const dev = evaluateTagger(tagger, devDocs);
const devNoMisc = evaluateTagger(tagger, devDocs, new Set(['PER', 'LOC', 'ORG']));

const f = (x: number) => x.toFixed(2);
const row = (name: string, e: Evaluation) => `| ${name} | ${f(e.precision)} | ${f(e.recall)} | ${f(e.f1)} |`;
const tokens = trainDocs.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
const card = [
  `### ${path.basename(out)}`,
  '',
  `- Trained on: ${train.map((c) => `\`${c.path}\` (${c.terms})`).join('; ')} — ${trainDocs.length} documents, ${tokens} tokens.`,
  `- Word clusters (${model.clusters.size} words) from the words of all of these${unlabelled.length ? ` and of ${unlabelled.map((c) => `\`${c.path}\``).join(', ')}` : ''}, never the dev split.`,
  `- Name lists only: ${gazetteers.length ? gazetteers.map((c) => `\`${c.path}\` (${c.terms})`).join('; ') : 'none beyond the training corpora'}.`,
  `- Command: \`npm run train:ner -- --lang ${config.lang}${values.corpora ? ` --corpora ${values.corpora}` : ''}${values.variant ? ` --variant ${values.variant}` : ''}\`; epochs ${options.epochs}, seed ${options.seed}, ${options.folds} folds for the out-of-fold first pass, 2^${options.bucketBits} hash buckets, weights below ${options.pruneBelow} pruned, at most ${options.maxFeatures} features per pass.`,
  `- Size: ${(bytes.length / 1024).toFixed(0)} KiB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped; features kept: pass 1 ${model.firstPass.buckets.length}, pass 2 ${model.secondPass.buckets.length}; gazetteer words ${model.gazetteer.size}.`,
  `- Training time: ${trainingSeconds.toFixed(0)} s (${new Date().toISOString().slice(0, 10)}, Node ${process.version}); load ${loadMs.toFixed(1)} ms; tagging ${dev.tokensPerSecond} tokens/s on the dev split.`,
  '',
  `Dev split \`${config.dev.path}\` (entity-level exact match, conlleval):`,
  '',
  '| types | precision | recall | F1 |',
  '| --- | --- | --- | --- |',
  row('all', dev),
  ...Object.entries(dev.perType).map(([t, s]) => `| ${t} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`),
  row('PER+LOC+ORG', devNoMisc),
].join('\n');
const cardFile = path.join(modelsDir, 'README.md');
replaceSection(cardFile, 'ner-intro', MODEL_CARD_HEADING());
replaceSection(cardFile, `ner-${config.lang}${values.variant ? `-${values.variant}` : ''}`, card);
console.error(card);

function MODEL_CARD_HEADING(): string {
  return [
    '# NER models',
    '',
    'Averaged structured perceptrons (Viterbi over BIO tags, hard IOB2 rule) with hashed features, in two passes: the second',
    'adds document-level evidence from the first (the tag the same word got elsewhere in the article, how it is capitalised',
    'elsewhere, the words next to its other mentions). Features: word, lowercase, shape, prefixes and suffixes 1-4, words and shapes at +-2, shape and word bigrams,',
    'sentence start, gazetteer bits of the word and its neighbours (names from the training corpora, each document left',
    'out while training on it, plus name-list corpora), word clusters learned from the corpora text. Loaded by',
    '`NerTagger.fromBytes` (src/core/ner); built by `npm run train:ner`; scored by `npm run eval:ner`.',
    '',
    'Input tokens are expected as CoNLL tokenizes: punctuation split off, English clitics split ("Japan \'s", "do n\'t"),',
    'Dutch possessives kept ("Amerika\'s"), hyphenated words one token ("Noord-Korea", "Frank-Walter"), initials with their',
    'full stop ("C."). Curly quotes, dashes and soft hyphens are normalised; all-caps headlines are read case-blind.',
    '',
    'Terms: the CoNLL corpora allow research use only, so the default models are research-use models. The `-open`',
    'variants are trained only on the corpora named in their section and are not loaded by default.',
    '',
    'Load time and tagging speed below are taken inside the training process on a shared 2-core machine, so they wander;',
    '`npm run bench:ner` (bench/RESULTS.md) measures speed properly.',
    '',
  ].join('\n');
}
