// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlockText, runToEnd, visibleChars } from '../../src/page/block-text.ts';
import { readArticle } from '../../src/page/article-text.ts';
import { runSliced } from '../../src/page/slicer.ts';
import type { TextMap } from '../../src/page/text-map.ts';
import { buildTree, randomForest } from './page-random-dom.ts';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every non-space character of `text` must come back from the map as the same character of the page. */
function expectMapExact(text: string, map: TextMap): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const pieces = map.rangesFor(i, i + 1);
    if (ch === '\n') {
      expect(pieces).toEqual([]);
      continue;
    }
    expect(pieces).toHaveLength(1);
    const { node, start, end } = pieces[0]!;
    const source = node.data.slice(start, end);
    if (ch === ' ') expect(source).toMatch(/^[ \t\n\r\f]+$/);
    else expect(source).toBe(ch);
  }
}

const PROSE =
  'The minister, who spoke in Brussels on Monday, said the talks would continue, and that the union, its members, and partners agreed.';

describe('buildBlockText', () => {
  it('collapses whitespace as rendering does and joins blocks with a blank line', () => {
    const body = dom('<div>\n  <p>  Mark   Rutte\n went\tto <b>The   Hague</b>. </p>\n<p>Second <i>block</i></p></div>');
    const { text, blocks, map } = runToEnd(buildBlockText([body]));
    expect(text).toBe('Mark Rutte went to The Hague.\n\nSecond block');
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Mark Rutte went to The Hague.', 'Second block']);
    expect(blocks.map((b) => b.element.localName)).toEqual(['p', 'p']);
    expectMapExact(text, map);
  });

  it('maps a range spanning inline elements to one piece per text node', () => {
    const body = dom('<p>President <a href="/x">Barack <b>Obama</b></a> spoke.</p>');
    const { text, map } = runToEnd(buildBlockText([body]));
    const start = text.indexOf('Barack');
    const pieces = map.rangesFor(start, start + 'Barack Obama'.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['Barack ', 'Obama']);
    expect(pieces.map((p) => p.node.parentElement!.localName)).toEqual(['a', 'b']);
  });

  it('leaves out excluded elements and keeps text inside mention wrappers', () => {
    const body = dom(
      '<p>Seen <cc-mention data-entity="e1">Angela Merkel</cc-mention> in <code>Berlin()</code>' +
        '<script>var x</script><button>Share</button><span hidden>secret</span><span aria-hidden="true">icon</span>' +
        '<input value="typed"><textarea>draft</textarea><span contenteditable>edit me</span><svg><text>chart</text></svg> today.</p>' +
        '<nav><p>Home Sport</p></nav><aside><p>Related story</p></aside><form><p>Sign up</p></form><cc-root><p>card</p></cc-root>',
    );
    const { text } = runToEnd(buildBlockText([body]));
    expect(text).toBe('Seen Angela Merkel in today.');
  });

  it('keeps the article header with its headline but drops the page header and footer', () => {
    const body = dom('<header><p>Site logo</p></header><article><header><h1>Big news</h1></header><p>Body text.</p><footer>Tags</footer></article><footer>Copyright</footer>');
    expect(runToEnd(buildBlockText([body])).text).toBe('Big news\n\nBody text.');
  });

  it('treats text beside block children as blocks of their own and double <br> as a paragraph break', () => {
    const body = dom('<div>Intro line<p>Inner paragraph</p>tail text</div><div>one<br>two<br><br>three</div>');
    const { text, blocks } = runToEnd(buildBlockText([body]));
    expect(text).toBe('Intro line\n\nInner paragraph\n\ntail text\n\none\ntwo\n\nthree');
    expect(blocks.map((b) => b.element.localName)).toEqual(['div', 'p', 'div', 'div', 'div']);
  });

  it('drops soft hyphens and zero-width spaces from the text but maps names across them', () => {
    const body = dom('<p>Bundes\u00adkanzler Olaf\u200b Scholz sprach mit dem Bundes\u00adtag.</p>');
    const { text, map } = runToEnd(buildBlockText([body]));
    expect(text).toBe('Bundeskanzler Olaf Scholz sprach mit dem Bundestag.');
    const node = body.querySelector('p')!.firstChild as Text;
    expect(map.rangesFor(0, 'Bundeskanzler'.length)).toEqual([{ node, start: 0, end: 'Bundes\u00adkanzler'.length }]);
    const bundestag = text.indexOf('Bundestag');
    const [piece] = map.rangesFor(bundestag, bundestag + 9);
    expect(node.data.slice(piece!.start, piece!.end)).toBe('Bundes\u00adtag');
  });

  it('maps a text node offset back to the text offset', () => {
    const body = dom('<p>  Mark   Rutte went</p>');
    const { text, map } = runToEnd(buildBlockText([body]));
    const node = body.querySelector('p')!.firstChild as Text;
    expect(map.textOffsetOf(node, node.data.indexOf('Rutte'))).toBe(text.indexOf('Rutte'));
    expect(map.textOffsetOf(node, 0)).toBe(-1); // leading whitespace is not in the text
    expect(map.textOffsetOf(document.createTextNode('x'), 0)).toBe(-1);
  });

  it('stops at the character and block caps and says so', () => {
    const body = dom(Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i}.</p>`).join(''));
    const byChars = runToEnd(buildBlockText([body], { maxChars: 100 }));
    expect(byChars.text.length).toBeLessThanOrEqual(100);
    expect(byChars.truncated).toBe(true);
    const byBlocks = runToEnd(buildBlockText([body], { maxBlocks: 10 }));
    expect(byBlocks.blocks).toHaveLength(10);
    expect(byBlocks.truncated).toBe(true);
    expect(runToEnd(buildBlockText([body])).truncated).toBe(false);
  });
});

describe('buildBlockText property', () => {
  it('on any DOM, every character maps back to the node character it came from, blocks hold no stray space', () => {
    fc.assert(
      fc.property(randomForest, (roots) => {
        document.body.innerHTML = '';
        for (const root of roots) buildTree(document.body, root);
        const { text, blocks, map } = runToEnd(buildBlockText([document.body]));
        expectMapExact(text, map);
        expect(text).toBe(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n'));
        for (const b of blocks) expect(text.slice(b.start, b.end)).toMatch(/^[^ \n](.*[^ \n])?$/s);
        expect(text).not.toMatch(/ {2}|\u00ad|\u200b/);
        // Everything outside <code> is in the text, in order.
        const clone = document.body.cloneNode(true) as HTMLElement;
        for (const code of Array.from(clone.querySelectorAll('code'))) code.remove();
        expect(visibleChars(text)).toBe(visibleChars(clone.textContent ?? ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('readArticle', () => {
  it('finds the story among navigation, sidebars and comments, with its headline', async () => {
    dom(
      `<header class="site-header"><a href="/">Daily</a><ul class="menu"><li><a href="/a">World news and politics today</a></li></ul></header>
       <main><article class="story"><h1>Talks continue in Brussels</h1>
         <div class="story-body">${Array.from({ length: 6 }, () => `<p>${PROSE}</p>`).join('')}
           <div class="share-tools"><p>Share this article on social media with your friends, family, and followers.</p></div>
           <figure><img src="x.jpg"><figcaption><span class="off-screen">Image caption</span> Ministers arrive for the meeting.</figcaption></figure>
         </div></article>
         <aside class="sidebar"><p>${PROSE}</p></aside></main>
       <div class="comments"><p>${PROSE} (a reader)</p></div>
       <footer><p>Copyright, all rights reserved, by the publisher, in all countries.</p></footer>`,
    );
    const article = await runSliced(readArticle(document));
    expect(article.text.startsWith('Talks continue in Brussels\n\n')).toBe(true);
    expect(article.text.split(PROSE).length - 1).toBe(6);
    expect(article.text).toContain('Ministers arrive for the meeting.');
    expect(article.text).not.toContain('Share this article');
    expect(article.text).not.toContain('Image caption');
    expect(article.text).not.toContain('a reader');
    expect(article.text).not.toContain('Copyright');
    expectMapExact(article.text, article.map);
    for (const block of article.blocks) {
      const pieces = article.map.rangesFor(block.start, block.end);
      expect(pieces.every((p) => block.element.contains(p.node))).toBe(true);
    }
  });

  it('stays within its caps on a page of endless paragraphs', async () => {
    dom(`<div class="feed">${Array.from({ length: 400 }, (_, i) => `<p>${PROSE} (${i})</p>`).join('')}</div>`);
    const article = await runSliced(readArticle(document, { maxChars: 5_000, maxBlocks: 1_000 }));
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(5_000);
    expect(article.text.length).toBeGreaterThan(4_000);
    const fewBlocks = await runSliced(readArticle(document, { maxBlocks: 7 }));
    expect(fewBlocks.blocks).toHaveLength(7);
  });

  it('scores only where the page says its story is (sole <article>, articleBody), and the whole body when that holds too little', async () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${PROSE} (${i})</p>`).join('');
    const chrome = `<nav><a href="/">Home</a></nav><div class="promo"><p>${PROSE} (promo)</p></div>`;
    // The story in the page's one <article>: read from it, the promo outside left out.
    dom(`${chrome}<article><h1>Talks go on</h1>${story}</article>`);
    let article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('article'));
    expect(article.text.startsWith('Talks go on\n\n')).toBe(true);
    expect(article.text.split(PROSE).length - 1).toBe(8);
    // Loose paragraphs beside it are still read, as a walk over the whole body would have read them.
    dom(`${chrome}<div><article><h1>Talks go on</h1>${story}</article><p>${PROSE} (beside)</p></div>`);
    article = await runSliced(readArticle(document));
    expect(article.text).toContain(`${PROSE} (beside)`);
    expect(article.text).not.toContain('(promo)');
    // The body marked up as such (schema.org) among several <article> teasers: read from the marked body.
    dom(`${chrome}<article><p>${PROSE} (teaser one)</p></article><article><p>${PROSE} (teaser two)</p></article>
      <h1>Talks go on</h1><div itemprop="articleBody">${story}</div>`);
    article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('[itemprop="articleBody"]'));
    expect(article.text.split(PROSE).length - 1).toBe(8);
    // A sole <article> that is a teaser card: too little text to be the story, which is found elsewhere.
    dom(`<article class="teaser"><a href="/x">Also read: markets rally</a></article><div class="story"><h1>Talks go on</h1>${story}</div>`);
    article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('.story'));
    expect(article.text.split(PROSE).length - 1).toBe(8);
    expect(article.text).not.toContain('markets rally');
    // A sole <article> inside a sidebar is where the body walk would not look either.
    dom(`<div class="sidebar"><article>${story.replace(/\(\d\)/g, '(side)')}</article></div><div class="story"><h1>Talks go on</h1>${story}</div>`);
    article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('.story'));
    expect(article.text).not.toContain('(side)');
  });

  it('scores where the paragraphs are, still reading a lead beside them, and never takes comments for the story', async () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${PROSE} (${i})</p>`).join('');
    const embeds = Array.from({ length: 40 }, (_, i) => `<span><a href="/v/${i}">Video ${i}</a></span>`).join('');
    // Most of the paragraphs in one container, a standfirst paragraph in another beside it, a video rail.
    dom(`<div class="page"><h1>Talks go on</h1><div class="standfirst"><p>${PROSE} (lead)</p></div>
      <div class="text">${story}</div><div class="rail">${embeds}</div></div>`);
    let article = await runSliced(readArticle(document));
    expect(article.text.startsWith('Talks go on\n\n')).toBe(true);
    expect(article.text).toContain(`${PROSE} (lead)`);
    expect(article.text.split(PROSE).length - 1).toBe(9);
    expect(article.text).not.toContain('Video');
    // Comments hold most of the page's paragraph text: they are still not where the story is.
    const comments = Array.from({ length: 60 }, (_, i) => `<p>${PROSE} (reader ${i})</p>`).join('');
    dom(`<div class="story"><h1>Talks go on</h1>${story}</div><div class="comments">${comments}</div>`);
    article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('.story'));
    expect(article.text).not.toContain('reader');
    expect(article.text.split(PROSE).length - 1).toBe(8);
  });

  it('leaves out a link list inside a block of the story that is kept', async () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${PROSE} (${i})</p>`).join('');
    const links = ['Budget talks stall', 'Ministers meet again', 'What the deal means'].map((title) => `<li><a href="/x">${title} for the union</a></li>`).join('');
    dom(`<div class="story"><h1>Talks go on</h1>${story}
      <div class="box"><blockquote>${PROSE} (quoted)</blockquote><ul>${links}</ul></div>
      <figure><img src="x.jpg"><figcaption>Ministers arrive for the meeting in Brussels.</figcaption></figure></div>`);
    const article = await runSliced(readArticle(document));
    expect(article.root).toBe(document.querySelector('.story'));
    expect(article.text.split(PROSE).length - 1).toBe(9);
    expect(article.text).toContain(`${PROSE} (quoted)`);
    expect(article.text).toContain('Ministers arrive for the meeting in Brussels.');
    expect(article.text).not.toContain('for the union');
    expectMapExact(article.text, article.map);
  });

  it('skips blocks hidden by the page’s style sheet', async () => {
    dom(`<style>.collapsed { display: none }</style><article><p>${PROSE}</p><p class="collapsed">Hidden teaser text that is not shown.</p><p>${PROSE}</p></article>`);
    const article = await runSliced(readArticle(document));
    expect(article.text).not.toContain('Hidden teaser');
    expect(article.text.split(PROSE).length - 1).toBe(2);
  });

  it('searches again inside containers named like chrome when the first search finds too little', async () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${PROSE} (${i})</p>`).join('');
    dom(`<div class="subheader"><div class="column"><h1>Coaches and agents</h1>${story}</div></div>
      <div class="footer"><p>Copyright the paper, all rights reserved, 2010.</p></div>`);
    const article = await runSliced(readArticle(document));
    expect(article.root?.contains(document.querySelector('.column'))).toBe(true);
    expect(article.text.split(PROSE).length - 1).toBe(6);
    expect(article.text).not.toContain('Copyright');
    expectMapExact(article.text, article.map);
  });

  it('keeps a short story found at first over a second search that adds chrome but stays short', async () => {
    dom(`<div><div class="story"><h1>Briefly</h1><p>${PROSE}</p></div>
      <div class="extra"><p>Most read: the budget talks, the union meeting and the weather on Sunday, all of them.</p></div></div>`);
    const article = await runSliced(readArticle(document));
    expect(article.text).toContain(PROSE);
    expect(article.text).not.toContain('Most read');
  });

  it('returns an empty text on a page with no prose', async () => {
    dom('<form><input name="q"><button>Search</button></form>');
    const article = await runSliced(readArticle(document));
    expect(article.text).toBe('');
    expect(article.blocks).toEqual([]);
  });
});

describe('runSliced', () => {
  it('runs a generator to its result across slices', async () => {
    function* count(): Generator<void, number> {
      let n = 0;
      for (let i = 0; i < 100; i++) {
        n += i;
        yield;
      }
      return n;
    }
    expect(await runSliced(count(), { budgetMs: 0 })).toBe(4950);
  });

  it('stops and closes the generator when aborted', async () => {
    const controller = new AbortController();
    let closed = false;
    let steps = 0;
    function* endless(): Generator<void, never> {
      try {
        for (;;) {
          if (++steps === 3) controller.abort(new Error('stop'));
          yield;
        }
      } finally {
        closed = true;
      }
    }
    await expect(runSliced(endless(), { budgetMs: 0, signal: controller.signal })).rejects.toThrow('stop');
    expect(closed).toBe(true);
    expect(steps).toBe(3);
  });
});
