// Usage: npm run --silent eval:ner -- --lang nl FILE [--types PER,LOC,ORG] [--model PATH]
// Prints one JSON object as its last line; exit code 2 on a missing or unreadable file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/core/ner/conll';
import { NerTagger } from '../src/core/ner/index';
import { evaluateTagger, evaluationJson } from './ner/evaluate';
import { modelPath } from './ner/paths';

function fail(message: string): never {
  console.error(`eval-ner: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  options: { lang: { type: 'string' }, types: { type: 'string' }, model: { type: 'string' } },
  allowPositionals: true,
});
const lang = values.lang ?? fail('--lang is required');
const file = positionals[0] ?? fail('a CoNLL/IOB FILE is required');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
let tagger: NerTagger;
try {
  tagger = NerTagger.fromBytes(readFileSync(values.model ?? modelPath(lang)));
} catch (error) {
  fail(`cannot load the ${lang} model: ${String(error)}`);
}
const types = values.types ? new Set(values.types.split(',').map((t) => t.trim())) : undefined;
console.log(evaluationJson(evaluateTagger(tagger, parseConll(text), types)));
