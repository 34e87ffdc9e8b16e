import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from '../../src/page/html-article.ts';

const PAGES = join(__dirname, '..', '..', '..', 'shared', 'pages');

function page(slug: string): { html: string; expected: { title: string | null; byline: string | null } } {
  return {
    html: readFileSync(join(PAGES, slug, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(PAGES, slug, 'expected-metadata.json'), 'utf8')),
  };
}

// One sentence read from each page by hand, from the opening of its story.
const OPENINGS: Record<string, string> = {
  'nytimes-1': 'After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
  'bbc-1': 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
  'guardian-1': 'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding',
  cnn: "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.",
  'lemonde-1': 'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions)',
  heise: 'Das in der iOS-Version bereits enthaltene TOTP-Feature ist nun auch für OS X 10.10 verfügbar.',
};

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

  it('returns null for a page without an article', () => {
    const html = '<html><head><title>Login</title></head><body><form><input name="u"><button>Go</button></form></body></html>';
    expect(extractArticleFromHtml(html)).toBeNull();
  });
});
