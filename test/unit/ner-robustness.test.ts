import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../src/core/ner/conlleval';
import { NerTagger } from '../../src/core/ner/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dutch = NerTagger.fromBytes(readFileSync(path.join(root, 'assets/models/ner-nl.bin')));
const english = NerTagger.fromBytes(readFileSync(path.join(root, 'assets/models/ner-en.bin')));

/** "Mike Pence/PER" style listing of the entities in one sentence. */
function entities(tagger: NerTagger, tokens: string[]): string[] {
  const [tags] = tagger.tagDocument([tokens]);
  return chunksOf(tags!).map((c) => `${tokens.slice(c.start, c.end).join(' ')}/${c.type}`);
}

// Sentences of the seed article (shared/seed/noord-korea-nl.txt), tokenized as CoNLL-2002 does.
const SEED = 'Daarover zijn de Amerikaanse vicepresident Mike Pence en de Japanse premier Shinzo Abe het vandaag tijdens een bijeenkomst in Tokio eens geworden .'.split(' ');
const QUOTE = 'De VS zullen " zij aan zij " blijven staan met Japan , zei Pence .'.split(' ');

describe('NER on article text', () => {
  it('finds the people and places of the seed article', () => {
    const found = entities(dutch, SEED);
    expect(found).toContain('Mike Pence/PER');
    expect(found).toContain('Shinzo Abe/PER');
    expect(found).toContain('Tokio/LOC');
  });

  it('reads curly quotes and apostrophes as the straight ones of the corpora', () => {
    const curly = QUOTE.map((t) => (t === '"' ? '\u201d' : t));
    expect(dutch.tagDocument([curly])).toEqual(dutch.tagDocument([QUOTE]));
    expect(entities(english, ['Japan', '\u2019s', 'prime', 'minister', 'Shinzo', 'Abe', 'met', 'Pence', '.']))
      .toEqual(entities(english, ['Japan', "'s", 'prime', 'minister', 'Shinzo', 'Abe', 'met', 'Pence', '.']));
  });

  it('ignores soft hyphens left in words', () => {
    const soft = SEED.map((t) => (t === 'vicepresident' ? 'vice\u00adpresident' : t === 'Tokio' ? 'To\u00adkio' : t));
    expect(dutch.tagDocument([soft])).toEqual(dutch.tagDocument([SEED]));
  });

  it('still finds names in an all-caps headline', () => {
    const found = entities(english, 'NORTH KOREA TALKS : PENCE MEETS ABE IN TOKYO'.split(' '));
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.some((e) => e.startsWith('TOKYO/LOC') || e.startsWith('NORTH KOREA/LOC'))).toBe(true);
  });
});

describe('NER input edge cases', () => {
  it('handles empty documents, empty sentences, empty tokens and very long sentences', () => {
    expect(dutch.tagDocument([])).toEqual([]);
    expect(dutch.tagDocument([[], ['', '\u00ad']])).toEqual([[], ['O', 'O']]);
    const long = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'Pence' : 'zei'));
    expect(dutch.tagDocument([long])[0]).toHaveLength(3000);
  });
});
