import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from '../../src/page/html-article.ts';
import { OPENINGS, page } from './page-shared-pages.ts';

describe('extractArticleFromHtml on the shared pages', () => {
  for (const [slug, opening] of Object.entries(OPENINGS)) {
    it(`${slug}: title as Readability's corpus expects, text holds the opening sentence`, () => {
      const { html, expected } = page(slug);
      const result = extractArticleFromHtml(html, `https://example.org/${slug}`);
      expect(result).not.toBeNull();
      const { input, paragraphs } = result!;
      if (expected.title !== null) expect(input.title).toBe(expected.title);
      expect(input.text).toContain(opening);
      expect(input.text).toBe(paragraphs.join('\n\n'));
      expect(paragraphs[0]).toBe(input.title);
      // No block is empty or carries uncollapsed whitespace.
      for (const p of paragraphs) expect(p).toMatch(/^\S(.*\S)?$/s);
      for (const p of paragraphs) expect(p).not.toMatch(/[ \t\r\n]{2}/);
    });
  }

  it('reads the byline and language the pages declare', () => {
    const nyt = extractArticleFromHtml(page('nytimes-1').html)!;
    expect(nyt.input.byline).toBe('Jeffrey Gettleman');
    expect(nyt.input.language).toBe('en');
    const lemonde = extractArticleFromHtml(page('lemonde-1').html)!;
    expect(lemonde.input.language).toBe('fr');
    expect(lemonde.input.byline).toBe(page('lemonde-1').expected.byline);
    expect(extractArticleFromHtml(page('heise').html)!.input.language).toBe('de');
  });

  it('leaves out scripts, navigation and forms', () => {
    const text = extractArticleFromHtml(page('guardian-1').html)!.input.text;
    expect(text).not.toMatch(/function\s*\(|window\.|<\/?[a-z]+>/);
  });

  it('reads a fragment without <html> or <body> as a browser would (a saved story body)', () => {
    const sentence = 'The committee met on Tuesday, and its members agreed, after a long debate, to publish the report in full.';
    const html = Array.from({ length: 8 }, (_, i) => `<p>${sentence} (${i})</p>`).join('\n');
    const article = extractArticleFromHtml(html);
    expect(article?.paragraphs.filter((p) => p.startsWith(sentence))).toHaveLength(8);
  });

  it('returns null for a page without an article', () => {
    const html = '<html><head><title>Login</title></head><body><form><input name="u"><button>Go</button></form></body></html>';
    expect(extractArticleFromHtml(html)).toBeNull();
  });
});
