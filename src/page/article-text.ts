// Reads the article of a live document into plain text with a map back to its Text nodes, in small steps so
// a slicer can keep every task on the page's main thread short.

import { findArticleContent } from './article-content.ts';
import { buildBlockText, type ArticleText, type BlockTextOptions } from './block-text.ts';

export type { ArticleBlock, ArticleText } from './block-text.ts';

function isRendered(el: Element): boolean {
  // checkVisibility answers from computed style (display:none via a class, closed <details>), which inline
  // attributes cannot; browsers without it show everything.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el);
}

/**
 * Finds the article in `doc` and reads its text. Step it with `runSliced`. Returns an empty text (no blocks)
 * when nothing article-like is found. `limits` default to MAX_ARTICLE_CHARS and MAX_ARTICLE_BLOCKS.
 */
export function* readArticle(
  doc: Document,
  limits: Pick<BlockTextOptions, 'maxChars' | 'maxBlocks'> = {},
): Generator<void, ArticleText> {
  const content = yield* findArticleContent(doc);
  if (content === null) return yield* buildBlockText([]);
  return yield* buildBlockText(content.roots, { ...limits, skip: content.skip, known: content.known, isVisible: isRendered }, content.root);
}
