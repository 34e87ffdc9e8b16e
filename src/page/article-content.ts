// Finds the element holding an article's body in a live document, Readability-style, in one time-sliced
// pass: every paragraph-like block scores its ancestors by length and commas; containers are weighted by
// tag and class names and discounted by link density; the best one plus its content-like siblings wins.
// The pass covers only the part of the page where its paragraphs are (paragraphScope), within the part it
// marks as its story (storyScope). Readability itself would need a clone of the whole document and one long
// synchronous run.

import { classWeight, isJunkInsideContent, isUnlikelyCandidate } from './class-patterns.ts';
import { ElementFacts, isBlockTag, isExcludedElement, isInside } from './element-rules.ts';
import { elementAndTextCursor, nextAfterSubtree, type NodeCursor } from './node-cursor.ts';
import { hasVisibleChar, type KnownElement } from './block-text.ts';

interface NodeStats {
  /** The element's tag, read when it was opened. */
  tag: string;
  /** What was read of the element when the walk went into it; undefined for elements it did not go into. */
  facts: ElementFacts | undefined;
  /** Visible characters (whitespace runs counted once) under the element. */
  textLen: number;
  /** Of those, characters inside links. */
  linkLen: number;
  /** Characters that render in this element's own lines, not inside a block child. */
  inlineLen: number;
  inlineCommas: number;
  hasBlockChild: boolean;
}

interface Candidate {
  el: Element;
  score: number;
  stats: NodeStats;
}

export interface ArticleContent {
  /** The chosen container. */
  root: Element;
  /** What to read, in document order: the headline, lead captions, the container and its content siblings. */
  roots: Element[];
  /** Subtrees inside the roots that are furniture rather than story. */
  skip: (el: Element, facts: ElementFacts) => boolean;
  /**
   * The verdicts of the scoring walk, for elements it went into: not excluded (nor unlikely, unless the
   * search kept those), so reading them again only needs `skip`'s other tests, on the facts already read.
   */
  known: (el: Element) => KnownElement | undefined;
}

/** Readability's minimum paragraph length: shorter blocks are labels, buttons and datelines. */
const MIN_PARAGRAPH_CHARS = 25;
/** Readability spreads a paragraph's score over this many ancestor levels. */
const SCORED_ANCESTOR_LEVELS = 5;
/** Readability: merge into a common ancestor when 3 near-top candidates share it. */
const MIN_SHARED_TOP_CANDIDATES = 3;
const NEAR_TOP_RATIO = 0.75;
const TOP_CANDIDATES = 5;
/** A winner with less text than this is probably a teaser; prefer an explicit <article>/<main> then. */
const MIN_CONTENT_CHARS = 200;
/**
 * A story scope (see storyScope) with at least this much readable text is taken to hold the story, and only
 * its nodes are scored: about a 150-word brief. Less (a teaser card, a header) sends the walk over the body.
 */
const MIN_SCOPED_TEXT_CHARS = 900;
/**
 * The paragraph scope (see paragraphScope) is the smallest element holding at least this share of the
 * paragraph text: past one half, the elements holding that much form one chain, so the smallest is well
 * defined; 0.85 leaves a lead or a closing paragraph outside to the sibling pass, not a whole section.
 */
const PARAGRAPH_SCOPE_SHARE = 0.85;
/** Real articles have tens of paragraphs; hostile pages 100k. Past this the pre-pass gives up (no scope). */
const MAX_SCOPE_PARAGRAPHS = 5_000;
/** Paragraphs weighed between yields: each costs a text read and an ancestor climb. */
const PARAGRAPHS_PER_YIELD = 32;
/** Blocks mostly made of link text inside the content are link lists ("Read more", tag clouds). */
const LINK_HEAVY_DENSITY = 0.5;
/**
 * Text nodes longer than this are measured on their head only: a 5 MB text node would otherwise cost one
 * uninterruptible loop of tens of milliseconds, and its score is capped long before that anyway.
 */
const MAX_MEASURED_CHARS = 65_536;
/** Large real pages have 20-40k nodes; hostile ones 100k. Past this we decide on what we have seen. */
const MAX_SCORED_NODES = 300_000;
const NODES_PER_YIELD = 64;
/** Candidates are cheaper to rank than nodes are to walk. */
const CANDIDATES_PER_YIELD = 1_024;
const MAX_LEAD_CAPTIONS = 3;

const TAG_BASE_SCORE: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Whether the scoring walk goes into an element. */
type WalkFilter = (el: Element, facts?: ElementFacts) => boolean;

/** Readability drops excluded and unlikely subtrees before scoring. */
const isWalkedInto: WalkFilter = (el, facts = new ElementFacts(el)) => !isExcludedElement(el, facts) && !isUnlikelyCandidate(el, facts);

/**
 * Readability's second attempt, when the first found too little: subtrees named like chrome are walked too
 * (a story inside a "subheader" or "sidebar-wrapper" container).
 */
const isWalkedIntoKeepingUnlikely: WalkFilter = (el, facts = new ElementFacts(el)) => !isExcludedElement(el, facts);

/**
 * Whether the scoring walk from `root` reaches `el`: it and every ancestor below `root` is walked into; false
 * outside `root`. Verdicts are kept, so the paragraphs of one container cost one climb between them.
 */
function walkableUnder(root: Element, walkedInto: WalkFilter): (el: Element) => boolean {
  const verdicts = new Map<Element, boolean>([[root, true]]);
  return (el) => {
    const path: Element[] = [];
    let verdict: boolean | undefined;
    for (let a: Element | null = el; verdict === undefined; a = a.parentElement) {
      if (a === null) return false;
      verdict = verdicts.get(a);
      if (verdict === undefined) path.push(a);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const a = path[i]!;
      verdict &&= walkedInto(a);
      verdicts.set(a, verdict);
    }
    return verdict;
  };
}

function emptyStats(tag: string, facts?: ElementFacts): NodeStats {
  return { tag, facts, textLen: 0, linkLen: 0, inlineLen: 0, inlineCommas: 0, hasBlockChild: false };
}

function measureText(data: string, stats: NodeStats): void {
  // Whitespace between tags is half the text nodes of a page, some of them long indentation runs, and adds
  // nothing: one native test says so, where the loop below would start out interpreted (Firefox) over each.
  if (!hasVisibleChar(data)) return;
  const end = Math.min(data.length, MAX_MEASURED_CHARS);
  let len = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < end; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      if (!inSpace) len++;
      inSpace = true;
      continue;
    }
    inSpace = false;
    len++;
    // ASCII, fullwidth and Arabic commas.
    if (c === 44 || c === 0xff0c || c === 0x060c) commas++;
  }
  stats.textLen += len;
  stats.inlineLen += len;
  stats.inlineCommas += commas;
}

function linkDensity(stats: NodeStats): number {
  return stats.textLen === 0 ? 0 : stats.linkLen / stats.textLen;
}

class ContentScorer {
  readonly stats = new Map<Element, NodeStats>();
  readonly candidates = new Map<Element, Candidate>();

  constructor(readonly walkedInto: WalkFilter) {}

  /**
   * Records a finished element: folds its stats into its parent's (the stats of the last of `ancestors`) and
   * scores it if it is a paragraph.
   */
  close(el: Element, stats: NodeStats, ancestors: readonly Element[], parentStats: NodeStats | undefined): void {
    if (stats.tag === 'a') stats.linkLen = stats.textLen;
    if (parentStats !== undefined) {
      parentStats.textLen += stats.textLen;
      parentStats.linkLen += stats.linkLen;
    }
    if (!isBlockTag(stats.tag)) {
      if (parentStats !== undefined) {
        parentStats.inlineLen += stats.inlineLen;
        parentStats.inlineCommas += stats.inlineCommas;
        parentStats.hasBlockChild ||= stats.hasBlockChild;
      }
      return;
    }
    if (parentStats !== undefined) parentStats.hasBlockChild = true;
    if (stats.inlineLen < MIN_PARAGRAPH_CHARS) return;
    const score = 1 + stats.inlineCommas + Math.min(Math.floor(stats.inlineLen / 100), 3);
    // Text beside block children is a paragraph of its own inside `el` (Readability would wrap it in a <p>),
    // so `el` itself is the first to score; a plain paragraph scores from its parent up.
    const nearest = ancestors.slice(-SCORED_ANCESTOR_LEVELS);
    if (stats.hasBlockChild) nearest.push(el);
    for (let level = 0; level < SCORED_ANCESTOR_LEVELS && level < nearest.length; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      this.#candidate(nearest[nearest.length - 1 - level]!).score += score / divider;
    }
  }

  #candidate(el: Element): Candidate {
    let candidate = this.candidates.get(el);
    if (candidate === undefined) {
      const stats = this.stats.get(el) ?? emptyStats(el.localName);
      this.stats.set(el, stats);
      candidate = { el, score: (TAG_BASE_SCORE[stats.tag] ?? 0) + classWeight(el, stats.facts), stats };
      this.candidates.set(el, candidate);
    }
    return candidate;
  }
}

/**
 * The scoring walk over <body>, advanced a batch of nodes at a time. The loop lives in a method rather than
 * in the generator that yields between batches: SpiderMonkey does not fully optimise generator bodies (a hot
 * loop ran about ten times slower in one than in a plain function in Firefox ESR 153).
 */
class ScoringWalk {
  /** Open elements from <body> down to the current node's parent, and their stats. */
  readonly #open: Element[];
  readonly #openStats: NodeStats[];
  readonly #cursor: NodeCursor;
  #node: Node | null;
  #visited = 0;

  constructor(private readonly body: Element, readonly scorer: ContentScorer) {
    this.#open = [body];
    this.#openStats = [emptyStats(body.localName)];
    this.scorer.stats.set(body, this.#openStats[0]!);
    this.#cursor = elementAndTextCursor(body);
    this.#node = this.#cursor.firstChild();
  }

  /** Scores up to `count` more nodes; false once the walk is over. */
  advance(count: number): boolean {
    const { scorer, body } = this;
    const cursor = this.#cursor;
    const open = this.#open;
    const openStats = this.#openStats;
    for (let n = 0; n < count; n++) {
      const node = this.#node;
      if (node === null || this.#visited >= MAX_SCORED_NODES) {
        // A capped walk leaves elements open; close them so their text still counts.
        while (open.length > 1) this.#closeOpen();
        return false;
      }
      this.#visited++;
      if (node.nodeType === 3) {
        measureText((node as Text).data, openStats[openStats.length - 1]!);
      } else {
        // Into the element first (one call), so that childless elements cost no attribute checks.
        const child = cursor.firstChild();
        if (child !== null) {
          const el = node as Element;
          const facts = new ElementFacts(el);
          if (scorer.walkedInto(el, facts)) {
            const stats = emptyStats(facts.tag, facts);
            open.push(el);
            openStats.push(stats);
            scorer.stats.set(el, stats);
            this.#node = child;
            continue;
          }
          cursor.parentNode();
        }
      }
      this.#node = nextAfterSubtree(cursor, body, this.#closeOpen);
    }
    return true;
  }

  readonly #closeOpen = (): void => {
    const open = this.#open;
    // <body> stays open, even if the page moved the walk out of it between slices.
    if (open.length === 1) return;
    const el = open.pop()!;
    const stats = this.#openStats.pop()!;
    this.scorer.close(el, stats, open, this.#openStats[this.#openStats.length - 1]);
  };
}

/** Scores the nodes under `body` (any root), into `scorer` when given. */
function* scoreDocument(body: Element, scorer: ContentScorer): Generator<void, ContentScorer> {
  const walk = new ScoringWalk(body, scorer);
  while (walk.advance(NODES_PER_YIELD)) yield;
  return walk.scorer;
}

function finalScore(candidate: Candidate): number {
  return candidate.score * (1 - linkDensity(candidate.stats));
}

/**
 * Readability's refinements of the best-scoring container (alternative ancestors, rising scores, only child),
 * up to `boundary`, the root of the scoring walk.
 */
function refineTop(top: Candidate, ranked: readonly Candidate[], scores: Map<Element, number>, boundary: Element): Element {
  const topScore = scores.get(top.el)!;
  const near = ranked.slice(1, TOP_CANDIDATES).filter((c) => scores.get(c.el)! / topScore >= NEAR_TOP_RATIO);
  let chosen = top.el;
  if (near.length >= MIN_SHARED_TOP_CANDIDATES) {
    for (let parent = chosen.parentElement; parent !== null && parent !== boundary; parent = parent.parentElement) {
      const sharing = near.filter((c) => c.el !== parent && isInside(c.el, parent!)).length;
      if (sharing >= MIN_SHARED_TOP_CANDIDATES) {
        chosen = parent;
        break;
      }
    }
  }
  // A parent scoring higher than its child means content is spread over siblings: take the parent.
  let lastScore = scores.get(chosen) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = chosen.parentElement; parent !== null && parent !== boundary; parent = parent.parentElement) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      chosen = parent;
      break;
    }
    lastScore = parentScore;
  }
  // Never above the walk's root: nothing outside it was scored, and the sibling pass looks beside it.
  while (chosen !== boundary && chosen.parentElement !== null && chosen.parentElement !== boundary && chosen.previousElementSibling === null && chosen.nextElementSibling === null) {
    chosen = chosen.parentElement;
  }
  return chosen;
}

/** Whether a sibling of the content is named like chrome ("related", "comments", "share", "taboola"). */
function isNamedLikeChrome(sibling: Element): boolean {
  return isJunkInsideContent(sibling) || classWeight(sibling) < 0;
}

/**
 * Whether a sibling of the scoring walk's root, outside the walk, is worth walking for the sibling pass: a
 * loose paragraph, a block holding paragraphs, or one with text enough to hold several, and not named like
 * chrome (Readability's -25 for the name leaves those short of the threshold). The rest are widgets and
 * recirculation, where most of a news page's nodes are.
 */
function mayJoinContent(sibling: Element, paragraphs: ParagraphWeights, namedLikeChrome: boolean): boolean {
  if (sibling.localName === 'p') return true;
  if (namedLikeChrome) return false;
  return paragraphs.has(sibling) || (sibling.textContent?.length ?? 0) >= MIN_SCOPED_TEXT_CHARS;
}

/**
 * Readability's sibling pass: content split over sibling containers and loose paragraphs beside the winner.
 * Beyond Readability, a sibling block holding paragraphs of prose (a standfirst in a box of its own above the
 * body) joins as a loose paragraph would, unless it is named like chrome.
 */
function* contentSiblings(chosen: Element, scorer: ContentScorer, scores: Map<Element, number>, walked: Element, paragraphs: ParagraphWeights): Generator<void, Element[]> {
  const parent = chosen.parentElement;
  if (parent === null || parent.localName === 'html') return [chosen];
  const topScore = scores.get(chosen) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const chosenClass = chosen.getAttribute('class') ?? '';
  const roots: Element[] = [];
  let seen = 0;
  for (const sibling of Array.from(parent.children)) {
    if (++seen % NODES_PER_YIELD === 0) yield;
    if (sibling === chosen) {
      roots.push(sibling);
      continue;
    }
    if (!scorer.walkedInto(sibling)) continue;
    const namedLikeChrome = sibling.localName !== 'p' && isNamedLikeChrome(sibling);
    if (!scorer.stats.has(sibling) && !isInside(sibling, walked) && mayJoinContent(sibling, paragraphs, namedLikeChrome)) {
      // The walk covered only the story scope; score its siblings now, as a walk over the body would have.
      yield* scoreDocument(sibling, scorer);
      const candidate = scorer.candidates.get(sibling);
      if (candidate !== undefined) scores.set(sibling, finalScore(candidate));
    }
    const bonus = chosenClass !== '' && sibling.getAttribute('class') === chosenClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    const stats = scorer.stats.get(sibling);
    if (stats === undefined) continue;
    const density = linkDensity(stats);
    if (sibling.localName === 'p') {
      const text = sibling.textContent ?? '';
      if ((stats.textLen > 80 && density < 0.25) || (stats.textLen > 0 && density === 0 && /\.( |$)/.test(text))) roots.push(sibling);
    } else if (paragraphs.has(sibling) && stats.textLen > 80 && density < 0.25 && !namedLikeChrome) {
      roots.push(sibling);
    }
  }
  return roots;
}

function hasExcludedAncestor(el: Element): boolean {
  for (let a: Element | null = el; a !== null; a = a.parentElement) if (isExcludedElement(a)) return true;
  return false;
}

/** The ancestors of `node` from the root down, `node` last. */
function pathFromRoot(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n !== null; n = n.parentNode) path.push(n);
  return path.reverse();
}

/**
 * Whether `a` comes before `b` in document order, neither containing the other. Found by walking rather than
 * with compareDocumentPosition, which linkedom (the tests' DOM) answers wrongly for some pairs; it is asked
 * of a few headlines and captions only.
 */
function precedes(a: Node, b: Node): boolean {
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === 0 || i >= pa.length || i >= pb.length) return false;
  for (let n: Node | null = pa[i]!.nextSibling; n !== null; n = n.nextSibling) if (n === pb[i]) return true;
  return false;
}

/** Lowercase with whitespace runs as single spaces, for comparing headline text with the page title. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The headline: the content's own <h1>, else the last usable <h1> before the content, preferring one whose text
 * is in the page's title (a slideshow caption marked up as <h1> sits between the headline and the story on
 * some sites).
 */
function findHeadline(doc: Document, root: Element): Element | null {
  let best: Element | null = null;
  let titled: Element | null = null;
  const title = comparable(doc.title ?? '');
  for (const h1 of Array.from(doc.getElementsByTagName('h1'))) {
    if (isInside(h1, root)) return hasExcludedAncestor(h1) ? null : h1;
    if (!precedes(h1, root) || isInside(root, h1) || hasExcludedAncestor(h1)) continue;
    const text = comparable(h1.textContent ?? '');
    if (text.length === 0) continue;
    best = h1;
    if (title.includes(text)) titled = h1;
  }
  return titled ?? best;
}

/** Captions of the lead picture, which sits between the headline and the body on most news sites. */
function findLeadCaptions(doc: Document, headline: Element, root: Element): Element[] {
  const captions: Element[] = [];
  for (const caption of Array.from(doc.getElementsByTagName('figcaption'))) {
    if (captions.length >= MAX_LEAD_CAPTIONS) break;
    if (!precedes(headline, caption) || !precedes(caption, root) || isInside(root, caption)) continue;
    if (!hasExcludedAncestor(caption)) captions.push(caption);
  }
  return captions;
}

// getElementsByTagName rather than querySelector below: browsers answer it from a cached collection, where a
// selector is matched against every element of a 100k-node page.

function explicitArticle(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0]!;
  return doc.getElementsByTagName('main')[0] ?? doc.querySelector('[role="main"]');
}

/**
 * Where the page says its story is, so that scoring can start there instead of <body>: its one element marked
 * as the article body (schema.org microdata or RDFa), else its one <article>, else its one main region. On
 * news pages that mark their story up so, it holds 5-40 % of the page's nodes, and walking the rest
 * (navigation, teasers, footers) was most of the cost of reading the article in Firefox, where every node a
 * content script visits costs microseconds. None when a marker is not unique (front pages, feeds) or sits
 * where the body walk would not look.
 */
function storyScope(doc: Document, walkable: (el: Element) => boolean): Element | null {
  const sole = (list: ArrayLike<Element>): Element | null => (list.length === 1 ? list[0]! : null);
  // Asked in turn: each query matches every element of the page once.
  const scope = sole(doc.querySelectorAll('[itemprop="articleBody"], [property="articleBody"]'))
    ?? sole(doc.getElementsByTagName('article'))
    ?? sole(doc.querySelectorAll('main, [role="main"]'));
  return scope !== null && walkable(scope) ? scope : null;
}

/** How much paragraph text each element holds, for the elements that hold any (see weighParagraphs). */
type ParagraphWeights = ReadonlyMap<Element, number>;

interface ParagraphCount {
  weights: ParagraphWeights;
  total: number;
}

/**
 * The text length of the `<p>` elements under `start` (of MIN_PARAGRAPH_CHARS or more, outside excluded and
 * unlikely subtrees), summed into each of their ancestors up to `start`. One native query and a climb from each
 * paragraph: a fraction of the cost of walking every node, which is what each node a content script visits
 * costs in Firefox. Empty when there are none or too many to weigh.
 */
function* weighParagraphs(start: Element, walkable: (el: Element) => boolean): Generator<void, ParagraphCount> {
  const weights = new Map<Element, number>();
  const paragraphs = start.getElementsByTagName('p');
  const count = paragraphs.length;
  if (count > MAX_SCOPE_PARAGRAPHS) return { weights, total: 0 };
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (i % PARAGRAPHS_PER_YIELD === PARAGRAPHS_PER_YIELD - 1) yield;
    const p = paragraphs[i];
    if (p === undefined) break; // the page removed paragraphs between slices
    const length = p.textContent?.length ?? 0;
    if (length < MIN_PARAGRAPH_CHARS || !walkable(p)) continue;
    total += length;
    for (let a = p.parentElement; a !== null; a = a.parentElement) {
      weights.set(a, (weights.get(a) ?? 0) + length);
      if (a === start) break;
    }
  }
  return { weights, total };
}

/**
 * Where a page's paragraphs are: the smallest element holding PARAGRAPH_SCOPE_SHARE of their text, so that the
 * scoring walk, which visits every node, can start there. A story's container also holds its share bars,
 * embeds, teasers and related links, most of its nodes on many news pages. Null when the paragraphs hold too
 * little text to say (short briefs; pages written in <div>s and <br>s).
 */
function paragraphScope({ weights, total }: ParagraphCount): Element | null {
  // Less, and the walk from the scope could fall short of MIN_SCOPED_TEXT_CHARS and be made again wider.
  if (total * PARAGRAPH_SCOPE_SHARE < MIN_SCOPED_TEXT_CHARS) return null;
  // Holders of more than half the weight form one chain from the start down: the lightest is the deepest, and
  // of equally heavy ones (a wrapper and its only child) the inner.
  let scope: Element | null = null;
  let scopeWeight = Infinity;
  for (const [el, weight] of weights) {
    if (weight < total * PARAGRAPH_SCOPE_SHARE) continue;
    if (weight < scopeWeight || (weight === scopeWeight && scope !== null && isInside(el, scope))) {
      scope = el;
      scopeWeight = weight;
    }
  }
  return scope;
}

interface PageScores {
  scorer: ContentScorer;
  /** The scoring walk's root. */
  root: Element;
  paragraphs: ParagraphWeights;
}

/**
 * Scores the narrowest part of the page that holds enough text: where its paragraphs are, else the story's
 * scope, else the whole body. Returns the walk's root.
 */
function* scorePage(doc: Document, body: Element, walkedInto: WalkFilter): Generator<void, PageScores> {
  // One set of verdicts for both: the story scope's ancestors are those of its paragraphs.
  const walkable = walkableUnder(body, walkedInto);
  const scope = storyScope(doc, walkable);
  // Each query above matches every element once; the walk starts in a slice of its own.
  yield;
  const paragraphs = yield* weighParagraphs(scope ?? body, walkable);
  for (const root of new Set([paragraphScope(paragraphs), scope])) {
    if (root === null || root === body) continue;
    const scorer = yield* scoreDocument(root, new ContentScorer(walkedInto));
    if ((scorer.stats.get(root)?.textLen ?? 0) >= MIN_SCOPED_TEXT_CHARS && scorer.candidates.size > 0) {
      return { scorer, root, paragraphs: paragraphs.weights };
    }
  }
  return { scorer: yield* scoreDocument(body, new ContentScorer(walkedInto)), root: body, paragraphs: paragraphs.weights };
}

export interface ContentSearch {
  /**
   * Walk into subtrees named like chrome too (Readability's second attempt, for a story that the first
   * found too little of).
   */
  keepUnlikely?: boolean;
}

/**
 * Finds the article's content in `doc`, yielding every few dozen nodes. Null when the body holds nothing
 * that scores as prose and there is no <article> or <main> to fall back on.
 */
export function* findArticleContent(doc: Document, { keepUnlikely = false }: ContentSearch = {}): Generator<void, ArticleContent | null> {
  const body = doc.body;
  if (body === null) return null;
  const walkedInto = keepUnlikely ? isWalkedIntoKeepingUnlikely : isWalkedInto;
  const { scorer, root: walked, paragraphs } = yield* scorePage(doc, body, walkedInto);
  const scores = new Map<Element, number>();
  // The best few, best first, kept by insertion: a full sort of 100k candidates would be one long step.
  const ranked: Candidate[] = [];
  let seen = 0;
  for (const candidate of scorer.candidates.values()) {
    if (++seen % CANDIDATES_PER_YIELD === 0) yield;
    const score = finalScore(candidate);
    scores.set(candidate.el, score);
    if (ranked.length === TOP_CANDIDATES && score <= scores.get(ranked[TOP_CANDIDATES - 1]!.el)!) continue;
    let at = ranked.length;
    while (at > 0 && scores.get(ranked[at - 1]!.el)! < score) at--;
    ranked.splice(at, 0, candidate);
    if (ranked.length > TOP_CANDIDATES) ranked.pop();
  }
  // Each phase below queries the whole document once; yielding between them keeps every step short.
  yield;
  const top = ranked[0];
  let chosen: Element | null = top === undefined ? null : refineTop(top, ranked, scores, walked);
  yield;
  if (chosen === null || (scorer.stats.get(chosen)?.textLen ?? 0) < MIN_CONTENT_CHARS) {
    chosen = explicitArticle(doc) ?? chosen;
  }
  if (chosen === null) return null;
  const roots = chosen === body ? [body] : yield* contentSiblings(chosen, scorer, scores, walked, paragraphs);
  yield;
  const headline = findHeadline(doc, roots[0]!);
  const inside = headline !== null && isInside(headline, roots[0]!);
  yield;
  const lead = headline === null || inside ? [] : [headline, ...findLeadCaptions(doc, headline, roots[0]!)];
  // An article header is often named like chrome ("story-header"); the headline inside it still counts. Its
  // ancestors are collected once rather than walked up to for every element read.
  const aroundHeadline = new Set<Node>();
  if (inside) for (let a: Node | null = headline; a !== null; a = a.parentNode) aroundHeadline.add(a);
  const furniture = (el: Element, facts: ElementFacts, stats: NodeStats | undefined): boolean =>
    isJunkInsideContent(el, facts) || (stats !== undefined && isBlockTag(facts.tag) && linkDensity(stats) > LINK_HEAVY_DENSITY);
  const skip = (el: Element, facts: ElementFacts): boolean =>
    !aroundHeadline.has(el) && ((!keepUnlikely && isUnlikelyCandidate(el, facts)) || furniture(el, facts, scorer.stats.get(el)));
  const known = (el: Element): KnownElement | undefined => {
    const stats = scorer.stats.get(el);
    const facts = stats?.facts;
    return facts === undefined ? undefined : { facts, skip: !aroundHeadline.has(el) && furniture(el, facts, stats) };
  };
  return { root: chosen, roots: [...lead, ...roots], skip, known };
}
