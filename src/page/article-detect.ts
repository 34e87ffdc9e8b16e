// Decides cheaply whether a page is one article, before any walking: what the page declares about itself
// first (JSON-LD, Open Graph), then Readability's quick paragraph-length heuristic.

import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleNode } from './json-ld.ts';
import { PageHead } from './metadata.ts';
import { isHiddenByAttribute, isRendered } from './element-rules.ts';

export interface ArticleDetection {
  article: boolean;
  /** Why, for logs and the popup: "json-ld:NewsArticle", "og:type", "readerable", "search-page", ... */
  reason: string;
}

/** Paths and query keys of result pages, which list articles rather than being one. */
const SEARCH_PATH = /\/(search|zoeken|suche|recherche|buscar|busca|cerca|results?)(\/|$)/i;
const SEARCH_KEYS = ['q', 'query', 'search', 'searchterm', 'keyword', 'keywords', 's'];
/**
 * A page with this many visible form controls is a tool (mail, editor, checkout), not an article. Only the
 * rendered ones count: news pages carry log-in, sign-up and comment forms in hidden dialogs (Business
 * Insider's articles have 47-61 controls, 13-14 of them shown).
 */
const MAX_FORM_CONTROLS = 30;
/** Past this many controls a page is a tool without asking each whether it is shown (a style query each). */
const MAX_FORM_CONTROLS_CHECKED = 300;
/**
 * Readability's check reads the text of every paragraph until its score passes; on a page of 20k short
 * paragraphs that is one 70+ ms task. An article passes within its first few dozen paragraphs, so the
 * paragraphs after this many are reported invisible, which Readability skips without reading them.
 */
const MAX_READERABLE_NODES = 1_000;
/** Readability's own default: text shorter than this counts for nothing towards "readerable". */
const READERABLE_MIN_CHARS = 140;

function isSearchPage(doc: Document): boolean {
  let url: URL;
  try {
    url = new URL(doc.URL);
  } catch {
    return false;
  }
  if (SEARCH_PATH.test(url.pathname)) return true;
  return SEARCH_KEYS.some((key) => (url.searchParams.get(key) ?? '') !== '');
}

function isApplication(doc: Document): boolean {
  if (doc.designMode === 'on' || doc.body?.getAttribute('contenteditable') === 'true') return true;
  if (doc.body?.getAttribute('role') === 'application') return true;
  const controls: Element[] = [...Array.from(doc.getElementsByTagName('textarea')), ...Array.from(doc.getElementsByTagName('select'))];
  for (const input of Array.from(doc.getElementsByTagName('input'))) if (input.getAttribute('type') !== 'hidden') controls.push(input);
  if (controls.length <= MAX_FORM_CONTROLS) return false;
  if (controls.length > MAX_FORM_CONTROLS_CHECKED) return true;
  let shown = 0;
  for (const control of controls) if (isRendered(control) && ++shown > MAX_FORM_CONTROLS) return true;
  return false;
}

function declaredType(head: PageHead): string | null {
  for (const node of head.jsonLd) {
    if (isArticleNode(node)) return `json-ld:${String(node['@type'])}`;
  }
  return /^article$/i.test(head.tags.get('og:type') ?? '') ? 'og:type' : null;
}

/** Whether `doc` looks like a single article worth annotating, and why. */
export function looksLikeArticle(doc: Document, head = new PageHead(doc)): ArticleDetection {
  if (doc.body === null) return { article: false, reason: 'no-body' };
  if (isSearchPage(doc)) return { article: false, reason: 'search-page' };
  if (isApplication(doc)) return { article: false, reason: 'application' };
  const declared = declaredType(head);
  if (declared !== null) return { article: true, reason: declared };
  let checked = 0;
  const visibilityChecker = (node: Node): boolean => {
    if (++checked > MAX_READERABLE_NODES) return false;
    // Readability passes over anything shorter anyway; asking that first (one DOM call) spares the class, id
    // and selector tests it would make of every short paragraph on the page.
    if ((node.textContent ?? '').trim().length < READERABLE_MIN_CHARS) return false;
    return !isHiddenByAttribute(node as Element);
  };
  if (isProbablyReaderable(doc, { visibilityChecker, minContentLength: READERABLE_MIN_CHARS })) return { article: true, reason: 'readerable' };
  return { article: false, reason: 'not-readerable' };
}
