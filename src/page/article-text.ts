// Reads the article of a live document into plain text with a map back to its Text nodes, in small steps so
// a slicer can keep every task on the page's main thread short.

import { findArticleContent, type ContentSearch } from './article-content.ts';
import { buildBlockText, type ArticleText, type BlockTextOptions } from './block-text.ts';
import { isRendered } from './element-rules.ts';

export type { ArticleBlock, ArticleText } from './block-text.ts';

/**
 * Readability's threshold for a first attempt that found the story: less text than this (its 500-character
 * default), and the search is made again walking into subtrees named like chrome.
 * A real brief stays under it either way and pays one more walk; a story inside a container named
 * "subheader" (ESPN's columns) is found only so.
 */
const RETRY_BELOW_CHARS = 500;

/**
 * Finds the article in `doc` and reads its text. Step it with `runSliced`. Returns an empty text (no blocks)
 * when nothing article-like is found. `limits` default to MAX_ARTICLE_CHARS and MAX_ARTICLE_BLOCKS.
 */
export function* readArticle(
  doc: Document,
  limits: Pick<BlockTextOptions, 'maxChars' | 'maxBlocks'> = {},
): Generator<void, ArticleText> {
  const read = function* (search: ContentSearch): Generator<void, ArticleText> {
    const content = yield* findArticleContent(doc, search);
    if (content === null) return yield* buildBlockText([]);
    return yield* buildBlockText(content.roots, { ...limits, skip: content.skip, known: content.known, isVisible: isRendered }, content.root);
  };
  const first = yield* read({});
  if (first.text.length >= RETRY_BELOW_CHARS) return first;
  const second = yield* read({ keepUnlikely: true });
  // Unlike Readability, which then keeps the longest attempt, a second attempt that is short too is not
  // taken: a few more characters of chrome are all it adds on a short page.
  return second.text.length >= RETRY_BELOW_CHARS && second.text.length > first.text.length ? second : first;
}
