import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledDocument } from '../../src/core/ner/conll';
import { parseConll } from '../../src/core/ner/conll';
import type { CorpusConfig } from '../../src/core/ner/languages';
import { sharedNerData } from './paths';

export function readCorpus(corpus: CorpusConfig): LabelledDocument[] {
  return parseConll(readFileSync(path.join(sharedNerData, corpus.path), 'utf8'), { format: corpus.format });
}
