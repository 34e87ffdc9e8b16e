import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page/article-text.ts';
import { runToEnd } from '../../src/page/block-text.ts';
import { OPENINGS, page } from './page-shared-pages.ts';

// The live path (our sliced walker, not Readability) on the real pages, parsed by linkedom: no layout there,
// so nothing is judged invisible, which makes this the harder case for leaving chrome out.
function live(slug: string) {
  const { document } = parseHTML(page(slug).html) as unknown as { document: Document };
  return runToEnd(readArticle(document));
}

describe('readArticle on the shared pages', () => {
  for (const [slug, opening] of Object.entries(OPENINGS)) {
    it(`${slug}: headline first, the story's opening in the text, every character mapped`, () => {
      const article = live(slug);
      expect(article.text).toContain(opening);
      expect(article.blocks.some((b) => b.element.localName === 'h1')).toBe(true);
      expect(article.blocks.findIndex((b) => b.element.localName === 'h1')).toBeLessThanOrEqual(1);
      expect(article.text).not.toMatch(/function\s*\(|var \w+ ?=|\{\s*"@context"/);
      expect(article.text.length).toBeLessThan(40_000);
      for (const block of article.blocks) {
        const pieces = article.map.rangesFor(block.start, block.end);
        const joined = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
        expect(joined.replace(/\s+/g, '')).toBe(article.text.slice(block.start, block.end).replace(/\s+/g, ''));
      }
    });
  }

  it('finds a story on a portal front page without reading the whole portal', () => {
    const article = live('yahoo-2');
    expect(article.text.length).toBeGreaterThan(1_000);
    expect(article.text.length).toBeLessThan(20_000);
  });
});
