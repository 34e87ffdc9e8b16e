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

  it('puts the headline above a story container that does not hold it, also in a DOM with a broken compareDocumentPosition', () => {
    // linkedom answers "preceding" both ways; the walker must still see that the <h1> comes first.
    const { document } = parseHTML(`<html><body><header class="masthead"><a href="/">Daily</a></header>
      <div class="top"><h1>Halibut and the store</h1></div>
      <div class="story">${'<p>From the deck of his schooner, the skipper, who has fished for decades, sees the change, and says so.</p>'.repeat(6)}</div>
      </body></html>`) as unknown as { document: Document };
    const article = runToEnd(readArticle(document));
    expect(article.root).toBe(document.querySelector('.story'));
    expect(article.text.startsWith('Halibut and the store\n\nFrom the deck')).toBe(true);
    expect(live('seattletimes-1').text.startsWith('Alaskan halibut, caught by a century-old Seattle boat')).toBe(true);
  });

  it('takes the <h1> that the page title names as the headline, not a slideshow caption marked up as <h1> after it', () => {
    const article = live('yahoo-2');
    expect(article.text.startsWith('Russia: Space ship malfunctions, breaks up over Siberia\n\n')).toBe(true);
    expect(article.text).not.toMatch(/^In this photo/);
  });

  it('reads a story from the page’s one main region without the section kicker above it (nytimes-1)', () => {
    const article = live('nytimes-1');
    expect(article.text.startsWith('United States to Lift Sudan Sanctions\n\n')).toBe(true);
  });

  it('finds a story on a portal front page without reading the whole portal', () => {
    const article = live('yahoo-2');
    expect(article.text.length).toBeGreaterThan(1_000);
    expect(article.text.length).toBeLessThan(20_000);
  });
});
