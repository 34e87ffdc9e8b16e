// The Node path (the analyze CLI, benchmarks): an HTML string in, the article's text and metadata out.
// Readability finds the content here, since blocking does not matter outside a page; the text is then built
// by the same block-text code as the live path so both produce the same kind of text.

import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/types.ts';
import { buildBlockText, runToEnd } from './block-text.ts';
import { isJunkInsideContent } from './class-patterns.ts';
import { plausibleByline, readPageMetadata, toIsoDate } from './metadata.ts';

export interface HtmlArticle {
  input: ArticleInput;
  /** The article's blocks (headline, paragraphs, captions) in order; `input.text` is them joined by "\n\n". */
  paragraphs: string[];
}

/** Readability's own default: content shorter than this is not an article. */
const MIN_ARTICLE_CHARS = 500;

function parse(html: string, url: string | undefined): Document {
  let { document } = parseHTML(html) as unknown as { document: Document };
  // A browser puts a fragment ("<p>…</p>", a saved story body) into <html><body>; linkedom leaves a document
  // with no root element, which Readability and the metadata reader cannot read.
  if (document.documentElement?.localName !== 'html' || document.body === null) {
    ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document });
  }
  if (url !== undefined) {
    // Readability resolves relative links against the document's base; linkedom has no URL of its own.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.prepend(base);
  }
  return document;
}

/**
 * Extracts the article from an HTML page. Null when Readability finds no content or the content is too
 * short to be an article.
 */
export function extractArticleFromHtml(html: string, url?: string): HtmlArticle | null {
  const doc = parse(html, url);
  const metadata = readPageMetadata(doc);
  // Readability rewrites the document it is given, so metadata is read first.
  let readable: ReturnType<Readability<Node>['parse']>;
  try {
    readable = new Readability<Node>(doc, { serializer: (el: Node) => el, charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    return null;
  }
  const content = (readable?.content ?? null) as Element | null;
  if (content === null) return null;
  const headline = readable?.title ?? metadata.title;
  const article = runToEnd(buildBlockText([content], { skip: isJunkInsideContent }));
  if (article.text.length < MIN_ARTICLE_CHARS) return null;
  const paragraphs = article.blocks.map((b) => article.text.slice(b.start, b.end));
  if (headline !== null && headline !== '' && paragraphs[0] !== headline) paragraphs.unshift(headline);
  return {
    input: {
      text: paragraphs.join('\n\n'),
      language: metadata.language ?? readable?.lang ?? null,
      title: headline,
      published: metadata.published ?? toIsoDate(readable?.publishedTime ?? null),
      source: metadata.source ?? readable?.siteName ?? null,
      byline: metadata.byline ?? plausibleByline(readable?.byline),
    },
    paragraphs,
  };
}
