// The data that flows between the layers. Offsets are UTF-16 code-unit indices into `Analysis.text`
// (the article's plain text: blocks joined by "\n\n"), as JavaScript strings index them.

export type EntityType = 'person' | 'place' | 'organization' | 'other';

/** A named-entity label as the tagger emits it (BIO over these four types). */
export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface TextSpan {
  start: number;
  end: number;
}

export interface Token extends TextSpan {
  text: string;
}

export interface Sentence extends TextSpan {
  tokens: Token[];
}

export interface Mention extends TextSpan {
  text: string;
  /** The sentence's text (contract of the analyze CLI). */
  sentence: string;
  /** Index into Analysis.sentences. */
  sentenceIndex: number;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The sentence (or sentences) that hold the quote and its attribution. */
  sentence: string;
  start: number;
  end: number;
  /** The attribution as written, e.g. "zei Pence", "said Martin Indyk". */
  attribution?: string;
  /**
   * The words between start and end that are not the statement: the attribution that interrupts it ("Her
   * dad, she says, tells a lot of jokes"). `text` is the words before it and the words after it, joined by a space.
   */
  omitted?: TextSpan;
  /**
   * True for reported speech, the writer's words for what was said ("Kaine says Democrats will tout the
   * program", 'De VS zullen "zij aan zij" blijven staan …, zei Pence'), rather than a quotation of the
   * speaker's own words: shown without quotation marks, so a card never presents a paraphrase as verbatim.
   */
  reported?: boolean;
}

export interface Fact {
  text: string;
  sentence: string;
  start: number;
  end: number;
  /** Why this sentence ranks where it does (first-mention, role, quote, number, date, ...). */
  kinds?: string[];
}

export interface RelatedEntity {
  id: string;
  name: string;
  count: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  roles: string[];
  quotes: Quote[];
  facts: Fact[];
  related: RelatedEntity[];
}

export interface Analysis {
  language: string;
  title: string | null;
  published: string | null;
  source: string | null;
  byline?: string | null;
  text: string;
  sentences: TextSpan[];
  entities: Entity[];
}

/** What the page layer hands to the core: an article's plain text and what the page says about it. */
export interface ArticleInput {
  text: string;
  /** BCP 47 language tag if known and trustworthy (e.g. from <html lang> agreeing with the text). */
  language?: string | null;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  byline?: string | null;
}
