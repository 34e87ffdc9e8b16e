// Tells the content script when the article's text has grown or changed (live blogs, infinite scroll,
// late-rendering single-page apps) and when the page navigated in place (history.pushState), so it can read
// the article again. Reports are debounced; the extension's own changes and ticking counters are ignored.

import { MENTION_TAG, UI_ROOT_TAG, isExcludedElement } from './element-rules.ts';
import { addOwnMutationListener } from './own-mutations.ts';

export type ArticleChange = 'added' | 'navigated';

export interface ArticleWatcherOptions {
  /** The article's container; changes beside it (its parent's subtree) count too, for appended stories. */
  root?: Element | null;
  debounceMs?: number;
  maxWaitMs?: number;
  urlPollMs?: number;
}

/** Live blogs and feeds insert in bursts (a post, then its embeds and images); 500 ms of quiet ends a burst. */
export const DEBOUNCE_MS = 500;
/** A page that never stops changing still gets a report this often, so a live blog stays annotated. */
export const MAX_WAIT_MS = 3_000;
/**
 * Content scripts cannot see the page's own history.pushState calls (isolated world), so the URL is also
 * compared on a timer: one string comparison a second costs nothing measurable.
 */
export const URL_POLL_MS = 1_000;
/** Less new text than a short sentence (a timestamp, a like counter) is not worth re-reading the article. */
const MIN_CHANGED_CHARS = 80;
/** A text node changing this often within the window is a ticker or clock; it is ignored from then on. */
const TICKER_CHANGES = 3;
const TICKER_WINDOW_MS = 10_000;
/**
 * Small changes add up only within this window: relative timestamps ("3 minutes ago") that change once a
 * minute must not add up to a re-read over a quarter of an hour.
 */
const PENDING_EXPIRY_MS = 10_000;

function isOwnElement(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName === UI_ROOT_TAG || el.localName === MENTION_TAG;
}

function isInsideOwnUi(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el !== null; el = el.parentElement) {
    if (el.localName === UI_ROOT_TAG) return true;
  }
  return false;
}

function addedTextLength(node: Node): number {
  if (node.nodeType === 3) return (node as Text).data.trim().length;
  if (node.nodeType !== 1 || isOwnElement(node) || isExcludedElement(node as Element)) return 0;
  return (node.textContent ?? '').trim().length;
}

/** A childList change that only swaps Text nodes, as setting an element's textContent does. */
function isTextSwap(record: MutationRecord): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length === 0) return false;
  for (const node of Array.from(addedNodes)) if (node.nodeType !== 3) return false;
  for (const node of Array.from(removedNodes)) if (node.nodeType !== 3) return false;
  return true;
}

/** The Navigation API (Chromium) reports same-document navigations from any world; absent elsewhere. */
function navigationOf(win: Window | null): EventTarget | null {
  const navigation = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  return navigation ?? null;
}

function withoutHash(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export class ArticleWatcher {
  readonly #doc: Document;
  readonly #options: Required<Omit<ArticleWatcherOptions, 'root'>>;
  #area: Node | null;
  #onChange: ((kind: ArticleChange) => void) | null = null;
  #observer: MutationObserver | null = null;
  #headObserver: MutationObserver | null = null;
  #unregister: (() => void) | null = null;
  #poll: ReturnType<typeof setInterval> | null = null;
  #debounce: ReturnType<typeof setTimeout> | null = null;
  #firstPendingAt = 0;
  #pendingChars = 0;
  #lastChangeAt = 0;
  #navigated = false;
  #url = '';
  readonly #tickers = new WeakSet<Node>();
  readonly #textChanges = new WeakMap<Node, { count: number; since: number }>();
  readonly #checkUrl = (): void => this.#onUrlMaybeChanged();

  constructor(doc: Document, options: ArticleWatcherOptions = {}) {
    this.#doc = doc;
    this.#area = options.root?.parentElement ?? options.root ?? null;
    this.#options = {
      debounceMs: options.debounceMs ?? DEBOUNCE_MS,
      maxWaitMs: options.maxWaitMs ?? MAX_WAIT_MS,
      urlPollMs: options.urlPollMs ?? URL_POLL_MS,
    };
  }

  /** Narrows the watched area to a newly found article container (null: the whole body). */
  setRoot(root: Element | null): void {
    this.#area = root?.parentElement ?? root;
  }

  start(onChange: (kind: ArticleChange) => void): void {
    this.stop();
    this.#onChange = onChange;
    this.#url = this.#currentUrl();
    const target = this.#doc.body ?? this.#doc.documentElement;
    this.#observer = new MutationObserver((records) => this.#handle(records));
    this.#observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    if (this.#doc.head !== null) {
      // SPA routers retitle the page on navigation; a title change is a cheap cue to look at the URL.
      this.#headObserver = new MutationObserver(this.#checkUrl);
      this.#headObserver.observe(this.#doc.head, { childList: true, subtree: true, characterData: true });
    }
    this.#unregister = addOwnMutationListener({
      beforeOwnMutation: () => this.#handle(this.#observer?.takeRecords() ?? []),
      afterOwnMutation: () => void this.#observer?.takeRecords(),
    });
    const win = this.#doc.defaultView;
    win?.addEventListener('popstate', this.#checkUrl);
    navigationOf(win)?.addEventListener('currententrychange', this.#checkUrl);
    this.#poll = setInterval(this.#checkUrl, this.#options.urlPollMs);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#headObserver?.disconnect();
    this.#observer = null;
    this.#headObserver = null;
    this.#unregister?.();
    this.#unregister = null;
    this.#doc.defaultView?.removeEventListener('popstate', this.#checkUrl);
    navigationOf(this.#doc.defaultView)?.removeEventListener('currententrychange', this.#checkUrl);
    if (this.#poll !== null) clearInterval(this.#poll);
    if (this.#debounce !== null) clearTimeout(this.#debounce);
    this.#poll = null;
    this.#debounce = null;
    this.#pendingChars = 0;
    this.#navigated = false;
    this.#onChange = null;
  }

  #currentUrl(): string {
    return withoutHash(this.#doc.location?.href ?? this.#doc.URL);
  }

  #onUrlMaybeChanged(): void {
    const url = this.#currentUrl();
    if (url === this.#url) return;
    this.#url = url;
    this.#navigated = true;
    // The old article's container is gone or about to be; watch the whole body until a new one is found.
    this.#area = null;
    this.#schedule();
  }

  #inArea(node: Node): boolean {
    // A container the page has thrown away (re-rendered story) no longer narrows anything.
    return this.#area === null || !this.#area.isConnected || this.#area.contains(node);
  }

  #isTicker(node: Node): boolean {
    if (this.#tickers.has(node)) return true;
    const now = Date.now();
    const seen = this.#textChanges.get(node);
    if (seen === undefined || now - seen.since > TICKER_WINDOW_MS) {
      this.#textChanges.set(node, { count: 1, since: now });
      return false;
    }
    if (++seen.count < TICKER_CHANGES) return false;
    this.#tickers.add(node);
    return true;
  }

  #handle(records: readonly MutationRecord[]): void {
    let chars = 0;
    for (const record of records) {
      if (!this.#inArea(record.target) || isInsideOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        // What grew or shrank, not the whole node: a corrected word is no reason to read the article again.
        const delta = Math.abs((record.target as Text).data.length - (record.oldValue?.length ?? 0));
        if (!this.#isTicker(record.target)) chars += delta;
        continue;
      }
      // A counter rewritten with `textContent =` replaces its element's Text node every time: that element
      // is a ticker just like a Text node whose data keeps changing.
      if (isTextSwap(record) && this.#isTicker(record.target)) continue;
      for (const node of Array.from(record.addedNodes)) chars += addedTextLength(node);
    }
    if (chars === 0) return;
    const now = Date.now();
    if (now - this.#lastChangeAt > PENDING_EXPIRY_MS) this.#pendingChars = 0;
    this.#lastChangeAt = now;
    this.#pendingChars += chars;
    if (this.#pendingChars >= MIN_CHANGED_CHARS) this.#schedule();
  }

  #schedule(): void {
    const now = Date.now();
    if (this.#debounce === null) this.#firstPendingAt = now;
    else clearTimeout(this.#debounce);
    const wait = Math.min(this.#options.debounceMs, Math.max(0, this.#firstPendingAt + this.#options.maxWaitMs - now));
    this.#debounce = setTimeout(() => this.#fire(), wait);
  }

  #fire(): void {
    this.#debounce = null;
    const kind: ArticleChange = this.#navigated ? 'navigated' : 'added';
    this.#navigated = false;
    this.#pendingChars = 0;
    this.#onChange?.(kind);
  }
}
