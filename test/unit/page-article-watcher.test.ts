// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleWatcher, type ArticleChange } from '../../src/page/article-watcher.ts';
import { buildBlockText, runToEnd } from '../../src/page/block-text.ts';
import { MentionHighlighter } from '../../src/page/mention-highlighter.ts';

const SENTENCE = 'The minister said on Monday that the negotiations in Brussels would continue next week.';

describe('ArticleWatcher', () => {
  let watcher: ArticleWatcher;
  let changes: ArticleChange[];

  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '<title>Story</title>';
    document.body.innerHTML = `<main><article><p>${SENTENCE}</p></article></main><div id="ticker">0</div>`;
    changes = [];
    watcher = new ArticleWatcher(document, { root: document.querySelector('article') });
    watcher.start((kind) => changes.push(kind));
  });

  afterEach(() => {
    watcher.stop();
    vi.useRealTimers();
  });

  function addParagraph(text = SENTENCE): void {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('article')!.appendChild(p);
  }

  it('reports added article text once per burst, after the page goes quiet', async () => {
    addParagraph();
    await vi.advanceTimersByTimeAsync(200);
    addParagraph();
    await vi.advanceTimersByTimeAsync(400);
    expect(changes).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(changes).toEqual(['added']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(changes).toEqual(['added']);
  });

  it('reports at least every few seconds while the page keeps changing', async () => {
    for (let i = 0; i < 20; i++) {
      addParagraph();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(changes.length).toBeGreaterThanOrEqual(2);
  });

  it('ignores small changes and changes outside the article area', async () => {
    addParagraph('12 likes');
    const text = document.querySelector('article p')!.firstChild as Text;
    text.data = SENTENCE.replace('Monday', 'Friday');
    const elsewhere = document.createElement('div');
    elsewhere.textContent = SENTENCE;
    document.querySelector('#ticker')!.after(elsewhere);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(changes).toEqual([]);
  });

  it('ignores the extension’s own highlights and card host', async () => {
    const article = document.querySelector('article')!;
    article.firstElementChild!.textContent = `${SENTENCE} ${SENTENCE}`;
    await vi.advanceTimersByTimeAsync(2_000);
    changes.length = 0;
    const { map } = runToEnd(buildBlockText([article]));
    const highlighter = new MentionHighlighter(document);
    // Wrapping the first words splits off the long rest of the paragraph: a large "addition" if it counted.
    runToEnd(highlighter.highlight(map, [{ start: 0, end: 12, entityId: 'e1', type: 'person' }]));
    expect(document.querySelector('cc-mention')!.textContent).toBe('The minister');
    const host = document.createElement('cc-root');
    host.textContent = SENTENCE;
    article.appendChild(host);
    highlighter.undo();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(changes).toEqual([]);
    expect(document.querySelector('cc-mention')).toBeNull();
  });

  it('stops counting a text node that keeps ticking', async () => {
    const p = document.querySelector('article p')!;
    const clock = p.firstChild as Text;
    // Each change grows or shrinks the node by a whole sentence: enough to report, were it not a ticker.
    const tick = (i: number): void => void (clock.data = i % 2 === 0 ? `${SENTENCE} ${SENTENCE}` : SENTENCE);
    for (let i = 0; i < 3; i++) {
      tick(i);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(changes).toEqual(['added']);
    for (let i = 3; i < 13; i++) {
      tick(i);
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(changes).toEqual(['added']);
  });

  it('stops counting an element whose text is rewritten with textContent again and again', async () => {
    const score = document.createElement('span');
    document.querySelector('article p')!.appendChild(score);
    await vi.advanceTimersByTimeAsync(1_000);
    changes.length = 0;
    // Every write replaces the Text node (a childList change), each long enough to report on its own.
    for (let i = 0; i < 3; i++) {
      score.textContent = `${i} ${SENTENCE}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(changes).toEqual(['added']);
    for (let i = 3; i < 13; i++) {
      score.textContent = `${i} ${SENTENCE}`;
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(changes).toEqual(['added']);
    // New paragraphs next to it are still reported.
    addParagraph(SENTENCE);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(changes).toEqual(['added', 'added']);
  });

  it('does not let small changes minutes apart add up to a report', async () => {
    for (let i = 0; i < 12; i++) {
      addParagraph(`${i} minutes ago`);
      await vi.advanceTimersByTimeAsync(60_000);
    }
    expect(changes).toEqual([]);
  });

  it('reports in-place navigation (history.pushState)', async () => {
    history.pushState({}, '', '/another-story');
    await vi.advanceTimersByTimeAsync(1_600);
    expect(changes).toEqual(['navigated']);
    history.pushState({}, '', '/another-story#comments');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(changes).toEqual(['navigated']);
  });

  it('reports nothing after stop()', async () => {
    watcher.stop();
    addParagraph();
    history.pushState({}, '', '/elsewhere');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(changes).toEqual([]);
  });
});
