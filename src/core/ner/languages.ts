import type { NerType } from '../types';
import type { CorpusFormat } from './conll';

/** One annotated corpus, as it lies in the shared data folder. */
export interface CorpusConfig {
  /** Name used on the command line (--corpora). */
  id: string;
  /** Path relative to the shared NER data folder (shared/data/ner). */
  path: string;
  format: CorpusFormat;
  types: readonly NerType[];
  /** The terms as the corpus states them; goes into the model card. */
  terms: string;
  /** Whether these terms allow shipping a model trained on it beyond research use. */
  open: boolean;
}

export interface LanguageConfig {
  lang: string;
  /** Corpora trained on by default. */
  train: readonly CorpusConfig[];
  /** Corpora used only as name lists (gazetteers) by default. */
  gazetteers: readonly CorpusConfig[];
  /** Further text whose words (not labels) feed the word clusters; never the dev split. */
  unlabelled: readonly CorpusConfig[];
  /** Training options that differ for this language (see DEFAULT_TRAINING in training.ts). */
  training?: { mentionContexts?: boolean };
  /** The development split the model card reports. */
  dev: CorpusConfig;
}

const ALL: readonly NerType[] = ['PER', 'LOC', 'ORG', 'MISC'];
const NO_MISC: readonly NerType[] = ['PER', 'LOC', 'ORG'];
const CONLL2002 = 'CoNLL-2002 (conll2002/README): research use in the context of the shared task only, no commercial use';
const CONLL2003 = 'CoNLL-2003 (Reuters RCV1): research use';
const WIKIANN = 'WikiANN: terms unknown';
const EUROPEANA = 'Europeana Newspapers NER: CC0 (europeana-newspapers/LICENSE.md)';

const conll = (id: string, path: string, terms: string): CorpusConfig => ({ id, path, format: 'conll', types: ALL, terms, open: false });
const wikiann = (lang: string, split: string): CorpusConfig => ({ id: 'wikiann', path: `wikiann/${lang}/${split}`, format: 'wikiann', types: NO_MISC, terms: WIKIANN, open: false });
const europeana = (file: string): CorpusConfig => ({ id: 'europeana', path: `europeana-newspapers/${file}`, format: 'bio', types: NO_MISC, terms: EUROPEANA, open: true });

/** Adding a language: list its corpora here; nothing else changes. */
export const LANGUAGES: Readonly<Record<string, LanguageConfig>> = {
  nl: {
    lang: 'nl',
    train: [conll('conll2002', 'conll2002/ned.train', CONLL2002)],
    gazetteers: [wikiann('nl', 'train'), europeana('enp_NL.kb.bio')],
    unlabelled: [wikiann('nl', 'dev')],
    dev: conll('conll2002-dev', 'conll2002/ned.testa', CONLL2002),
  },
  en: {
    lang: 'en',
    train: [conll('conll2003', 'conll2003/eng.train', CONLL2003)],
    gazetteers: [wikiann('en', 'train')],
    unlabelled: [wikiann('en', 'dev')],
    dev: conll('conll2003-dev', 'conll2003/eng.testa', CONLL2003),
  },
  es: {
    lang: 'es',
    train: [conll('conll2002', 'conll2002/esp.train', CONLL2002)],
    gazetteers: [],
    unlabelled: [],
    dev: conll('conll2002-dev', 'conll2002/esp.testa', CONLL2002),
  },
  de: {
    lang: 'de',
    train: [wikiann('de', 'train'), europeana('enp_DE.lft.bio'), europeana('enp_DE.onb.bio'), europeana('enp_DE.sbb.bio')],
    gazetteers: [],
    unlabelled: [],
    dev: wikiann('de', 'dev'),
  },
  fr: {
    lang: 'fr',
    train: [wikiann('fr', 'train'), europeana('enp_FR.bnf.bio')],
    gazetteers: [],
    unlabelled: [],
    dev: wikiann('fr', 'dev'),
  },
};

/** Every corpus known for a language, for --corpora. */
export function corporaOf(config: LanguageConfig): CorpusConfig[] {
  return [...config.train, ...config.gazetteers];
}
