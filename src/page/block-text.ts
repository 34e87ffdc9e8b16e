// Builds an article's plain text from the elements chosen as its content, the way it renders: each run of
// text between block boundaries is one block, whitespace runs collapse to one space, blocks are joined by a
// blank line. Every character read from the page is recorded in a TextMap so offsets lead back to the DOM.
// Used by both the live, time-sliced path and the Node path, so their texts agree.

import { TextMap } from './text-map.ts';
import { ElementFacts, isBlockTag, isExcludedElement } from './element-rules.ts';
import { elementAndTextCursor, nextAfterSubtree, type NodeCursor } from './node-cursor.ts';

export interface ArticleBlock {
  start: number;
  end: number;
  /** The nearest block-level element holding this run of text. */
  element: Element;
}

export interface ArticleText {
  /** Blocks joined by "\n\n"; within a block, whitespace collapsed as rendering does. */
  text: string;
  blocks: ArticleBlock[];
  map: TextMap;
  /** The element chosen as the article's content, when one was found. */
  root: Element | null;
  /** True when a cap stopped collection before the content ended. */
  truncated: boolean;
}

export interface KnownElement {
  facts: ElementFacts;
  skip: boolean;
}

export interface BlockTextOptions {
  /** Extra subtrees to leave out (share bars, related links inside the content). */
  skip?: (el: Element, facts: ElementFacts) => boolean;
  /**
   * What an earlier walk over the same page already decided about an element, to spare the DOM reads: its
   * facts and whether it is left out (as `skip` and the exclusion rules would say). Undefined: decide here.
   */
  known?: (el: Element) => KnownElement | undefined;
  /** Computed-visibility test for block elements; absent where there is no layout (Node). */
  isVisible?: (el: Element) => boolean;
  maxChars?: number;
  maxBlocks?: number;
}

/**
 * A long-form feature runs to about 60k characters; 200k leaves room for book-length pieces while keeping the
 * analysis (linear in the text) and the message to the background bounded on hostile pages.
 */
export const MAX_ARTICLE_CHARS = 200_000;
/** Real articles have tens to a few hundred blocks; 5,000 stops endless comment threads and tickers. */
export const MAX_ARTICLE_BLOCKS = 5_000;
/** Nodes visited between yields: small enough that a slice overshoots its budget by well under a millisecond. */
const NODES_PER_YIELD = 64;

const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;
const VISIBLE = /[^ \t\n\r\f]/;

/**
 * Whether `s` has any character other than collapsible whitespace. Whitespace between tags is half the text
 * nodes of a page, and one native test says so where a character loop would start out interpreted (Firefox).
 */
export function hasVisibleChar(s: string): boolean {
  return VISIBLE.test(s);
}
/**
 * Characters that render as nothing inside a word: soft hyphens (German and Dutch sites hyphenate long words
 * with &shy;), zero-width spaces, word joiners, stray byte-order marks. Left in, "Bundes\u00adkanzler" would
 * not be the name the tagger knows. Joiners (U+200C/D) stay: they change how Persian or Indic words render.
 */
const INVISIBLE_CHARS = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_CODES = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);
const UNRENDERED_RUNS = /[ \t\n\r\f\u00ad\u200b\u2060\ufeff]+/g;
/** Text that cannot be read as it is: whitespace that collapses (runs, line breaks, tabs) or invisible characters. */
const NEEDS_WORD_BY_WORD = /[\t\n\r\f\u00ad\u200b\u2060\ufeff]| {2}/;

/**
 * `s` without whitespace and invisible characters: what stays equal between node data and the article text
 * built from it, for checking that a node still says what it said when it was read.
 */
export function visibleChars(s: string): string {
  return s.replace(UNRENDERED_RUNS, '');
}

const BLOCK_SEPARATOR = '\n\n';

class BlockTextBuilder {
  readonly map = new TextMap();
  readonly blocks: ArticleBlock[] = [];
  readonly #parts: string[] = [];
  #length = 0;
  #runStart = -1;
  #runOwner: Element | null = null;
  // The first whitespace run since the last word, kept to map the single space it becomes.
  #pendingSpace: { node: Text; start: number; end: number } | null = null;
  #pendingBreaks = 0;
  truncated = false;

  constructor(private readonly maxChars: number, private readonly maxBlocks: number) {}

  setOwner(owner: Element): void {
    if (owner !== this.#runOwner) this.closeRun();
    this.#runOwner = owner;
  }

  closeRun(): void {
    if (this.#runStart >= 0 && this.#runOwner !== null) {
      this.blocks.push({ start: this.#runStart, end: this.#length, element: this.#runOwner });
      if (this.blocks.length >= this.maxBlocks) this.truncated = true;
    }
    this.#runStart = -1;
    this.#pendingSpace = null;
    this.#pendingBreaks = 0;
  }

  lineBreak(): void {
    if (this.#runStart < 0) return;
    // Two <br> in a row is how br-separated articles mark a paragraph.
    if (++this.#pendingBreaks >= 2) this.closeRun();
    else this.#pendingSpace = null;
  }

  text(node: Text): void {
    const data = node.data;
    // Whitespace between tags: one run, as the rest of this method would find, with one native test.
    if (!hasVisibleChar(data)) {
      if (data.length > 0) this.#space(node, 0, data.length);
      return;
    }
    if (!NEEDS_WORD_BY_WORD.test(data)) {
      this.#singleSpacedText(node, data);
      return;
    }
    const invisible = INVISIBLE_CHARS.test(data);
    let index = 0;
    COLLAPSIBLE_SPACE.lastIndex = 0;
    for (let m = COLLAPSIBLE_SPACE.exec(data); ; m = COLLAPSIBLE_SPACE.exec(data)) {
      const wordEnd = m === null ? data.length : m.index;
      if (wordEnd > index) {
        if (invisible) this.#wordWithoutInvisible(node, data, index, wordEnd);
        else this.#word(node, data, index, wordEnd);
      }
      if (m === null || this.truncated) return;
      index = m.index + m[0].length;
      this.#space(node, m.index, index);
    }
  }

  /**
   * Text whose only whitespace is single spaces between words, the common case: it reads as it is, so the
   * words between its first and last are one piece of text and one segment of the map (word by word would
   * make the same text and the same segment, merged, at a few times the cost).
   */
  #singleSpacedText(node: Text, data: string): void {
    let start = 0;
    let end = data.length;
    if (data.charCodeAt(0) === 32) this.#space(node, 0, ++start);
    if (end > start && data.charCodeAt(end - 1) === 32) end--;
    if (end > start) this.#word(node, data, start, end);
    if (end < data.length && !this.truncated) this.#space(node, end, data.length);
  }

  /** A whitespace run at node.data[start, end): one space before the next word, if any follows in the run. */
  #space(node: Text, start: number, end: number): void {
    if (this.#runStart >= 0 && this.#pendingSpace === null && this.#pendingBreaks === 0) {
      this.#pendingSpace = { node, start, end };
    }
  }

  /** A word in parts around its invisible characters; the map skips them, so offsets stay exact. */
  #wordWithoutInvisible(node: Text, data: string, start: number, end: number): void {
    let from = start;
    for (let i = start; i < end && !this.truncated; i++) {
      if (!INVISIBLE_CODES.has(data.charCodeAt(i))) continue;
      if (i > from) this.#word(node, data, from, i);
      from = i + 1;
    }
    if (end > from && !this.truncated) this.#word(node, data, from, end);
  }

  /**
   * A word, or words with single spaces between them, at `data[start, end)`. `data` is `node.data`, read
   * once per node by the caller: in Firefox every read crosses an Xray wrapper.
   */
  #word(node: Text, data: string, start: number, end: number): void {
    const opening = this.#runStart < 0;
    const prefix = opening ? (this.blocks.length > 0 ? BLOCK_SEPARATOR : '') : this.#pendingBreaks > 0 ? '\n' : this.#pendingSpace !== null ? ' ' : '';
    const room = this.maxChars - this.#length - prefix.length;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    if (prefix === ' ') {
      const space = this.#pendingSpace!;
      this.map.add(space.node, this.#length, this.#length + 1, space.start, space.end);
    }
    if (prefix !== '') this.#emit(prefix);
    if (opening) this.#runStart = this.#length;
    this.#pendingSpace = null;
    this.#pendingBreaks = 0;
    let take = Math.min(end - start, room);
    // Cut by the cap, words end on a word, not on the space after it, as one by one they would.
    while (take < end - start && data.charCodeAt(start + take - 1) === 32) take--;
    this.map.add(node, this.#length, this.#length + take, start, start + take);
    this.#emit(take === data.length ? data : data.slice(start, start + take));
    if (take < end - start) this.truncated = true;
  }

  #emit(s: string): void {
    this.#parts.push(s);
    this.#length += s.length;
  }

  finish(root: Element | null): ArticleText {
    const wasTruncated = this.truncated;
    this.closeRun();
    this.truncated = wasTruncated;
    const text = this.#parts.join('');
    this.map.text = text;
    return { text, blocks: this.blocks, map: this.map, root, truncated: this.truncated };
  }
}

/**
 * The walk over the roots, advanced a batch of nodes at a time. The loop lives in a method rather than in the
 * generator that yields between batches, as in article-content.ts's scoring walk (SpiderMonkey does not fully
 * optimise generator bodies).
 */
class BlockTextWalk {
  readonly builder: BlockTextBuilder;
  #rootIndex = -1;
  #top: Element | null = null;
  /** The top root and the block elements open below it, innermost last. */
  #owners: Element[] = [];
  #cursor: NodeCursor | null = null;
  #node: Node | null = null;

  constructor(private readonly roots: readonly Element[], private readonly options: BlockTextOptions) {
    this.builder = new BlockTextBuilder(options.maxChars ?? MAX_ARTICLE_CHARS, options.maxBlocks ?? MAX_ARTICLE_BLOCKS);
  }

  /** Reads up to `count` more nodes; false once every root is read or a cap is reached. */
  advance(count: number): boolean {
    const builder = this.builder;
    for (let n = 0; n < count; ) {
      if (builder.truncated) return false;
      const node = this.#node;
      if (node === null) {
        if (this.#top !== null) builder.closeRun();
        if (!this.#nextRoot()) return false;
        continue;
      }
      n++;
      let child: Node | null = null;
      if (node.nodeType === 3) builder.text(node as Text);
      else child = this.#enter(node as Element);
      this.#node = child ?? nextAfterSubtree(this.#cursor!, this.#top!, this.#leave);
    }
    return true;
  }

  #nextRoot(): boolean {
    const top = this.roots[++this.#rootIndex];
    if (top === undefined) return false;
    this.#top = top;
    this.#owners = [top];
    this.builder.setOwner(top);
    this.#cursor = elementAndTextCursor(top);
    this.#node = this.#cursor.firstChild();
    return true;
  }

  /** Moves into `el` when its content is read and returns its first child; else null, still on `el`. */
  #enter(el: Element): Node | null {
    const { builder, options } = this;
    const known = options.known?.(el);
    const tag = known?.facts.tag ?? el.localName;
    if (tag === 'br') {
      builder.lineBreak();
      return null;
    }
    // Into the element first (one call), so that childless elements cost no attribute checks.
    const child = this.#cursor!.firstChild();
    if (child === null) return null;
    const block = isBlockTag(tag);
    const left = known?.skip ?? this.#skip(el, new ElementFacts(el, tag));
    if (left || (block && options.isVisible !== undefined && !options.isVisible(el))) {
      this.#cursor!.parentNode();
      return null;
    }
    if (block) {
      this.#owners.push(el);
      builder.setOwner(el);
    }
    return child;
  }

  #skip(el: Element, facts: ElementFacts): boolean {
    return isExcludedElement(el, facts) || (this.options.skip?.(el, facts) ?? false);
  }

  readonly #leave = (parent: Node): void => {
    const owners = this.#owners;
    if (parent !== owners[owners.length - 1]) return;
    owners.pop();
    this.builder.setOwner(owners[owners.length - 1] ?? this.#top!);
  };
}

/**
 * Reads the text under `roots` (in document order, none inside another) into blocks, skipping excluded
 * elements. Yields every few dozen nodes so a slicer can spread the work; run it to the end with
 * `runToEnd` where blocking is fine.
 */
export function* buildBlockText(
  roots: readonly Element[],
  options: BlockTextOptions = {},
  root: Element | null = null,
): Generator<void, ArticleText> {
  const walk = new BlockTextWalk(roots, options);
  while (walk.advance(NODES_PER_YIELD)) yield;
  return walk.builder.finish(root);
}

/** Steps a generator to completion synchronously (Node, tests, small inputs). */
export function runToEnd<T>(gen: Generator<unknown, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}
