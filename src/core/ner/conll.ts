/** Reads the CoNLL/IOB corpora: one token per line, tag in the last column, blank lines between sentences. */

export interface LabelledSentence {
  tokens: string[];
  tags: string[];
}

export type LabelledDocument = LabelledSentence[];

export type CorpusFormat = 'conll' | 'wikiann' | 'bio';

export interface ParseOptions {
  /** Default: detected from the first line (WikiANN's `xx:token<TAB>tag`), else 'conll'. */
  format?: CorpusFormat;
}

// Files without -DOCSTART- are cut into pseudo-documents: WikiANN's sentences are unrelated
// snippets (one each); other corpora run on in order, so neighbouring sentences share a story.
const SENTENCES_PER_PSEUDO_DOCUMENT = 30;
// Europeana has no sentence breaks at all; split its long runs after sentence-final punctuation.
const LONG_SENTENCE = 100;
const SENTENCE_FINAL = new Set(['.', '!', '?']);
const WIKIANN_LINE = /^[a-z]{2,3}:\S*\t\S+$/;

export function detectFormat(text: string): CorpusFormat {
  const first = text.split('\n', 50).find((l) => l.trim() !== '' && !l.startsWith('-DOCSTART-'));
  return first !== undefined && WIKIANN_LINE.test(first) ? 'wikiann' : 'conll';
}

/**
 * IOB1 (Europeana's French file: I- everywhere, B- only between two adjacent names of one type)
 * to IOB2, which the tagger's decoder enforces. The chunks stay the ones conlleval reads.
 */
export function toIob2(tags: readonly string[]): string[] {
  const typeOf = (tag: string | undefined) => (tag !== undefined && tag.length > 2 && tag[1] === '-' ? tag.slice(2) : '');
  return tags.map((tag, i) => (tag.startsWith('I-') && typeOf(tags[i - 1]) !== typeOf(tag) ? `B-${tag.slice(2)}` : tag));
}

function splitLong(sentence: LabelledSentence): LabelledSentence[] {
  if (sentence.tokens.length <= LONG_SENTENCE) return [sentence];
  const out: LabelledSentence[] = [];
  let start = 0;
  for (let i = 0; i < sentence.tokens.length; i++) {
    const atEnd = i === sentence.tokens.length - 1;
    if (atEnd || (SENTENCE_FINAL.has(sentence.tokens[i] as string) && i - start >= 4 && !(sentence.tags[i + 1] ?? 'O').startsWith('I-'))) {
      out.push({ tokens: sentence.tokens.slice(start, i + 1), tags: sentence.tags.slice(start, i + 1) });
      start = i + 1;
    }
  }
  return out;
}

export function parseConll(text: string, options: ParseOptions = {}): LabelledDocument[] {
  const format = options.format ?? detectFormat(text);
  const documents: LabelledDocument[] = [];
  let document: LabelledDocument = [];
  let sentence: LabelledSentence = { tokens: [], tags: [] };
  let sawDocstart = false;
  const endSentence = (): void => {
    if (sentence.tokens.length > 0) document.push(...splitLong({ tokens: sentence.tokens, tags: toIob2(sentence.tags) }));
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = (): void => {
    endSentence();
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      sawDocstart = true;
      endDocument();
      continue;
    }
    const columns = line.split(/\s+/);
    let token = columns[0] as string;
    const tag = columns.length > 1 ? (columns[columns.length - 1] as string) : 'O';
    if (format === 'wikiann') token = token.replace(/^[a-z]{2,3}:/, '');
    sentence.tokens.push(token);
    sentence.tags.push(tag);
  }
  endDocument();
  if (sawDocstart) return documents;
  const perDocument = format === 'wikiann' ? 1 : SENTENCES_PER_PSEUDO_DOCUMENT;
  const sentences = documents.flat();
  const pseudo: LabelledDocument[] = [];
  for (let i = 0; i < sentences.length; i += perDocument) pseudo.push(sentences.slice(i, i + perDocument));
  return pseudo;
}
