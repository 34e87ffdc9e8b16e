import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateLine, parsePlainTextArticle } from '../../src/core/text/plain-article.ts';

describe('parsePlainTextArticle', () => {
  it('reads the seed article header: title, date and source', () => {
    const a = parsePlainTextArticle(readFileSync('test/fixtures/noord-korea-nl.txt', 'utf8'));
    expect(a.title).toBe('VS en Japan bekrachtigen nauwe samenwerking in crisis rond Noord-Korea TTR');
    expect(a.published).toBe('2018-02-07');
    expect(a.source).toBe('DPA');
    // The credit and the first sentence run into it are two blocks.
    expect(a.text.startsWith('07 februari 2018\n\n12u16\n\nBron: DPA 0\n\nJapan en de Verenigde Staten')).toBe(true);
    expect(a.text).not.toContain('\n\n\n');
  });

  it('splits a credit from the sentence run into it, and only then', () => {
    const a = parsePlainTextArticle('Kop\n\nBron: ANP 12 Het kabinet valt. Dat is nieuws.');
    expect(a.source).toBe('ANP');
    expect(a.text).toBe('Bron: ANP 12\n\nHet kabinet valt. Dat is nieuws.');
    expect(parsePlainTextArticle('Kop\n\nBron: ANP').text).toBe('Bron: ANP');
    expect(parsePlainTextArticle('Kop\n\nBron: ANP, bewerkt door de redactie').text).toBe('Bron: ANP, bewerkt door de redactie');
  });

  it('takes a short first line as the title, but not a first paragraph', () => {
    expect(parsePlainTextArticle('A headline\n\nThe body. It goes on.').title).toBe('A headline');
    expect(parsePlainTextArticle('The body starts here.\n\nIt goes on.').title).toBeNull();
  });

  it('treats a single line as text, not as a title', () => {
    expect(parsePlainTextArticle('Just one line')).toMatchObject({ title: null, text: 'Just one line' });
  });
});

describe('parseDateLine', () => {
  it.each([
    ['07 februari 2018', '2018-02-07'],
    ['7 February 2018', '2018-02-07'],
    ['February 7, 2018', '2018-02-07'],
    ['07-02-2018', '2018-02-07'],
  ])('%s → %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));

  it('rejects lines that are not dates', () => {
    expect(parseDateLine('12u16')).toBeNull();
    expect(parseDateLine('7 Dingen 2018')).toBeNull();
  });
});
