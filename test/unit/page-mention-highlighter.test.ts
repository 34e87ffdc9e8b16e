// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlockText, runToEnd, visibleChars } from '../../src/page/block-text.ts';
import { MentionHighlighter, type MentionToHighlight } from '../../src/page/mention-highlighter.ts';
import type { EntityType } from '../../src/core/types.ts';
import type { TextMap } from '../../src/page/text-map.ts';
import { buildTree, randomForest } from './page-random-dom.ts';
import { runSliced } from '../../src/page/slicer.ts';
import { MENTION_COLORS } from '../../src/page/mention-style.ts';

/** Markup plus text-node boundaries ("[...]"), so a split that was not merged back shows. */
function serialize(node: Node): string {
  if (node.nodeType === 3) return `[${(node as Text).data}]`;
  if (node.nodeType !== 1) return `<!${node.nodeType}>`;
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => ` ${a.name}="${a.value}"`).join('');
  return `<${el.localName}${attrs}>${Array.from(el.childNodes).map(serialize).join('')}</${el.localName}>`;
}

function allNodes(root: Node): Node[] {
  const nodes: Node[] = [root];
  for (const child of Array.from(root.childNodes)) nodes.push(...allNodes(child));
  return nodes;
}

function setup(html: string) {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  const article = runToEnd(buildBlockText([document.body]));
  return { ...article, before: serialize(document.documentElement), nodesBefore: allNodes(document.documentElement) };
}

function mentionOf(text: string, phrase: string, entityId: string, type: EntityType = 'person', from = 0): MentionToHighlight {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`${phrase} not in ${text}`);
  return { start, end: start + phrase.length, entityId, type };
}

describe('MentionHighlighter', () => {
  it('wraps mentions, including one spanning a link and bold text, and undoes exactly', () => {
    const { text, map, before, nodesBefore } = setup('<p>Yesterday <a href="/obama">Barack <b>Obama</b></a> met   Angela Merkel in Berlin.</p>');
    const highlighter = new MentionHighlighter(document);
    const wrapped = runToEnd(
      highlighter.highlight(map, [
        mentionOf(text, 'Barack Obama', 'e1'),
        mentionOf(text, 'Angela Merkel', 'e2'),
        mentionOf(text, 'Berlin', 'e3', 'place'),
      ]),
    );
    expect(wrapped).toBe(3);
    const obama = Array.from(document.querySelectorAll('cc-mention[data-entity="e1"]'));
    expect(obama.map((w) => w.textContent)).toEqual(['Barack ', 'Obama']);
    expect(obama.every((w) => w.closest('a[href="/obama"]') !== null)).toBe(true);
    const berlin = document.querySelector('cc-mention[data-entity="e3"]')!;
    expect(berlin.getAttribute('data-type')).toBe('place');
    expect(berlin.getAttribute('tabindex')).toBe('-1');
    expect(document.body.textContent).toBe('Yesterday Barack Obama met   Angela Merkel in Berlin.');
    // No style sheet: adding one makes the browser restyle the whole page.
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(highlighter.wrappersOf('e1')).toHaveLength(2);

    highlighter.undo();
    expect(serialize(document.documentElement)).toBe(before);
    expect(allNodes(document.documentElement)).toEqual(nodesBefore);
    expect(highlighter.size).toBe(0);
  });

  it('wraps a name hyphenated with a soft hyphen whole, and undoes exactly', () => {
    const { text, map, before } = setup('<p>Die Bundes\u00adkanzlerin Angela Mer\u00adkel sprach.</p>');
    expect(text).toBe('Die Bundeskanzlerin Angela Merkel sprach.');
    const highlighter = new MentionHighlighter(document);
    expect(runToEnd(highlighter.highlight(map, [mentionOf(text, 'Angela Merkel', 'e1')]))).toBe(1);
    expect(document.querySelector('cc-mention')!.textContent).toBe('Angela Mer\u00adkel');
    highlighter.undo();
    expect(serialize(document.documentElement)).toBe(before);
  });

  it('emphasises the wrapper under the pointer and stops listening after undo', () => {
    const { text, map } = setup('<p>Ask <b>Ada Lovelace</b> today.</p>');
    const highlighter = new MentionHighlighter(document);
    runToEnd(highlighter.highlight(map, [mentionOf(text, 'Ada Lovelace', 'e1')]));
    const wrapper = document.querySelector('cc-mention') as HTMLElement;
    const outside = document.querySelector('p')!;
    wrapper.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, relatedTarget: outside }));
    expect(wrapper.style.getPropertyValue('--cc-mention-bg')).toBe('var(--cc-mention-tint)');
    wrapper.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: outside }));
    expect(wrapper.style.getPropertyValue('--cc-mention-bg')).toBe('');
    highlighter.undo();
    // Listeners of an undone highlighter are gone: a fresh wrapper made by hand stays untouched.
    const stray = document.createElement('cc-mention');
    document.body.appendChild(stray);
    stray.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(stray.style.getPropertyValue('--cc-mention-bg')).toBe('');
  });

  it('leaves links working: a click on a wrapped name still reaches the link', () => {
    const { text, map } = setup('<p>Read about <a href="#nato">NATO</a> today.</p>');
    runToEnd(new MentionHighlighter(document).highlight(map, [mentionOf(text, 'NATO', 'e1', 'organization')]));
    const link = document.querySelector('a')!;
    let clicks = 0;
    link.addEventListener('click', (event) => {
      clicks++;
      expect(event.defaultPrevented).toBe(false);
      event.preventDefault(); // keep happy-dom from navigating
    });
    (document.querySelector('cc-mention') as HTMLElement).click();
    expect(clicks).toBe(1);
    expect(document.querySelector('cc-mention')!.parentElement).toBe(link);
  });

  it('undoes in slices as exactly as in one go', async () => {
    const words = Array.from({ length: 300 }, (_, i) => `Name${i}`).join(' and ');
    const { text, map, before, nodesBefore } = setup(`<p>${words}</p><p><i>${words}</i></p>`);
    const mentions: MentionToHighlight[] = [];
    for (let i = text.indexOf('Name'); i >= 0; i = text.indexOf('Name', i + 1)) mentions.push({ start: i, end: i + 5, entityId: 'e', type: 'other' });
    const highlighter = new MentionHighlighter(document);
    expect(await runSliced(highlighter.highlight(map, mentions))).toBe(600);
    await runSliced(highlighter.undoSteps(), { budgetMs: 0 });
    expect(serialize(document.documentElement)).toBe(before);
    expect(allNodes(document.documentElement)).toEqual(nodesBefore);
    expect(highlighter.size).toBe(0);
  });

  it('styles wrappers inline with !important so page CSS cannot hide or move them', () => {
    const { text, map } = setup('<style>cc-mention{display:none !important} *{margin:3em}</style><p>Mark Rutte spoke.</p>');
    runToEnd(new MentionHighlighter(document).highlight(map, [mentionOf(text, 'Mark Rutte', 'e1')]));
    const wrapper = document.querySelector('cc-mention') as HTMLElement;
    expect(wrapper.style.getPropertyValue('display')).toBe('inline');
    expect(wrapper.style.getPropertyPriority('display')).toBe('important');
    expect(wrapper.style.getPropertyValue('text-decoration-line')).toBe('underline');
    expect(wrapper.style.getPropertyPriority('text-decoration-line')).toBe('important');
    expect(getComputedStyle(wrapper).display).toBe('inline');
  });

  it('never wraps inside editable, code or form regions, whatever the map says', () => {
    document.body.innerHTML = '<p>Ask <code>Linus</code> or <span contenteditable="true">Ada</span> or <textarea>Grace</textarea></p>';
    const highlighter = new MentionHighlighter(document);
    // The builder never maps these regions; a stale or buggy map that does must still be refused.
    const reached = (sel: string) => document.querySelector(sel)!.firstChild as Text;
    for (const sel of ['code', 'span[contenteditable]', 'textarea']) {
      const node = reached(sel);
      const fakeMap = { text: node.data, rangesFor: () => [{ node, start: 0, end: node.data.length }] } as unknown as TextMap;
      expect(runToEnd(highlighter.highlight(fakeMap, [{ start: 0, end: node.data.length, entityId: 'e', type: 'person' }]))).toBe(0);
    }
    expect(document.querySelector('cc-mention')).toBeNull();
  });

  it('asks again once the page has run: a paragraph made editable between slices is left alone', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Name${i}`);
    const { text, map } = setup(`<p>${names.join(' and ')}.</p>`);
    const highlighter = new MentionHighlighter(document);
    const steps = highlighter.highlight(map, names.map((n, i) => mentionOf(text, n, `e${i}`, 'place')));
    steps.next();
    const first = document.querySelectorAll('cc-mention').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(names.length);
    // The slicer gives the page the event loop, which makes the paragraph editable; the next step is told so.
    document.querySelector('p')!.setAttribute('contenteditable', 'true');
    let step = steps.next(true);
    while (!step.done) step = steps.next(false);
    expect(step.value).toBe(first);
    expect(document.querySelectorAll('cc-mention')).toHaveLength(first);
  });

  it('gives each type its own colours on an otherwise identical, important-only style', () => {
    const { text, map } = setup('<p>Anna met Paris officials and Acme staff.</p>');
    const types: [string, EntityType][] = [['Anna', 'person'], ['Paris', 'place'], ['Acme', 'organization']];
    runToEnd(new MentionHighlighter(document).highlight(map, types.map(([n, type], i) => mentionOf(text, n, `e${i}`, type))));
    const wrappers = Array.from(document.querySelectorAll('cc-mention')) as HTMLElement[];
    expect(wrappers.map((w) => w.getAttribute('data-type'))).toEqual(['person', 'place', 'organization']);
    const rest = (w: HTMLElement) => w.style.cssText.split(';').map((d) => d.trim()).filter((d) => d !== '' && !d.startsWith('--cc-mention-color') && !d.startsWith('--cc-mention-tint')).sort();
    for (const w of wrappers) {
      const type = w.getAttribute('data-type') as EntityType;
      expect(w.style.getPropertyValue('--cc-mention-color').trim()).toBe(MENTION_COLORS[type]);
      expect(w.style.getPropertyPriority('--cc-mention-color')).toBe('important');
      expect(rest(w)).toEqual(rest(wrappers[0]!));
      expect(rest(w).every((d) => d.endsWith('!important'))).toBe(true);
    }
  });

  it('skips mentions whose text the page changed after it was read, and overlapping ones', () => {
    const { text, map } = setup('<p>Joe Biden and Kamala Harris.</p>');
    (document.querySelector('p')!.firstChild as Text).data = 'Donald Trump and Kamala Harris.';
    const highlighter = new MentionHighlighter(document);
    const count = runToEnd(highlighter.highlight(map, [mentionOf(text, 'Joe Biden', 'e1'), mentionOf(text, 'Biden and', 'e2')]));
    expect(count).toBe(0);
    const fresh = runToEnd(buildBlockText([document.body]));
    const overlapping = [mentionOf(fresh.text, 'Kamala Harris', 'e3'), mentionOf(fresh.text, 'Harris.', 'e4')];
    expect(runToEnd(highlighter.highlight(fresh.map, overlapping))).toBe(1);
    expect(document.querySelector('cc-mention')!.textContent).toBe('Kamala Harris');
  });

  it('undo copes with wrappers and text the page removed meanwhile', () => {
    const { text, map } = setup('<p>Paris and Rome and Madrid.</p>');
    const highlighter = new MentionHighlighter(document);
    runToEnd(highlighter.highlight(map, ['Paris', 'Rome', 'Madrid'].map((c, i) => mentionOf(text, c, `e${i}`, 'place'))));
    document.querySelector('cc-mention[data-entity="e1"]')!.remove();
    expect(() => highlighter.undo()).not.toThrow();
    expect(document.querySelector('cc-mention')).toBeNull();
    // The page's removal stands; the rest is merged back into the original node.
    expect(serialize(document.body)).toBe('<body><p>[Paris and  and Madrid.]</p></body>');
  });

  it('does not wrap twice when a re-scan maps text already inside wrappers', () => {
    const { text, map, before } = setup('<p>Lisbon is sunny.</p>');
    const highlighter = new MentionHighlighter(document);
    runToEnd(highlighter.highlight(map, [mentionOf(text, 'Lisbon', 'e1', 'place')]));
    const rescan = runToEnd(buildBlockText([document.body]));
    expect(rescan.text).toBe(text);
    expect(runToEnd(highlighter.highlight(rescan.map, [mentionOf(rescan.text, 'Lisbon', 'e1', 'place')]))).toBe(0);
    expect(document.querySelectorAll('cc-mention')).toHaveLength(1);
    highlighter.undo();
    expect(serialize(document.documentElement)).toBe(before);
  });
});

describe('MentionHighlighter property', () => {
  it('highlight then undo restores any DOM exactly, node for node', () => {
    let wrappedTotal = 0;
    fc.assert(
      fc.property(randomForest, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 12 }), (roots, spans) => {
        document.head.innerHTML = '';
        document.body.innerHTML = '';
        for (const root of roots) buildTree(document.body, root);
        const before = serialize(document.documentElement);
        const textBefore = document.body.textContent;
        const nodesBefore = allNodes(document.documentElement);
        const { text, map } = runToEnd(buildBlockText([document.body]));
        const mentions = spans.map(([start, length], i) => {
          const s = text.length === 0 ? 0 : start % text.length;
          return { start: s, end: Math.min(text.length, s + 1 + length), entityId: `e${i}`, type: 'other' as const };
        });
        const highlighter = new MentionHighlighter(document);
        wrappedTotal += runToEnd(highlighter.highlight(map, mentions));
        // Wrapping never changes the text, and every wrapper holds exactly one piece of a mention.
        expect(document.body.textContent).toBe(textBefore);
        for (const wrapper of Array.from(document.querySelectorAll('cc-mention'))) {
          expect(wrapper.childNodes).toHaveLength(1);
          expect(wrapper.firstChild!.nodeType).toBe(3);
          expect(wrapper.closest('code')).toBeNull();
        }
        // A wrapped mention's wrappers hold exactly its text, whitespace and invisible characters aside.
        for (const mention of mentions) {
          const wrappers = highlighter.wrappersOf(mention.entityId);
          if (wrappers.length === 0) continue;
          const wrappedText = wrappers.map((w) => w.textContent).join('');
          expect(visibleChars(wrappedText)).toBe(visibleChars(text.slice(mention.start, mention.end)));
        }
        highlighter.undo();
        expect(serialize(document.documentElement)).toBe(before);
        expect(allNodes(document.documentElement)).toEqual(nodesBefore);
      }),
      { numRuns: 300 },
    );
    // The property means something only if many runs really wrapped text.
    expect(wrappedTotal).toBeGreaterThan(300);
  });
});
