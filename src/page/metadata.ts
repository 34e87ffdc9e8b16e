// What a page says about its article: title, author, date, publisher and language, from JSON-LD first (the
// most deliberate source), then Open Graph and other meta tags, then the markup itself.

import { isArticleNode, jsonLdNames, jsonLdText, readJsonLd, type JsonLdNode } from './json-ld.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601 as the page gave it (offset kept), or converted from another date format. */
  published: string | null;
  source: string | null;
  /** BCP 47 tag, e.g. "en-US". */
  language: string | null;
}

/** Longer "bylines" are paragraphs a loose selector caught, not names. */
const MAX_BYLINE_CHARS = 120;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Meta tag contents by lower-cased name, property or itemprop (first wins), read in one pass. */
export type MetaTags = Map<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = clean(el.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attribute)?.toLowerCase();
      if (key !== undefined && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/**
 * The page's JSON-LD and meta tags, each read when first asked for, so that the article check and the
 * metadata read in the same task share one reading of them.
 */
export class PageHead {
  #jsonLd: JsonLdNode[] | undefined;
  #tags: MetaTags | undefined;

  constructor(private readonly doc: Document) {}

  get jsonLd(): JsonLdNode[] {
    return (this.#jsonLd ??= readJsonLd(this.doc));
  }

  get tags(): MetaTags {
    return (this.#tags ??= readMetaTags(this.doc));
  }
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value !== undefined) return value;
  }
  return null;
}

function firstText(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  return el === null ? null : clean(el.textContent);
}

/** Normalises a date string to ISO 8601, keeping the page's offset when it already is ISO. */
export function toIsoDate(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (ISO_DATE.test(text)) return text.replace(' ', 'T');
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function toLanguageTag(value: string | null): string | null {
  if (value === null) return null;
  const tag = value.split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  return LANGUAGE_TAG.test(tag) ? tag : null;
}

/**
 * A document title usually carries the site name after a separator ("Headline | Site"); keep the headline
 * part, unless it is too short to be one (then the site name came first).
 */
function headlineOfDocumentTitle(title: string | null): string | null {
  if (title === null) return null;
  const parts = title.split(/\s+[|\-–—»:]\s+/);
  if (parts.length < 2) return title;
  const head = parts.slice(0, -1).join(' - ');
  return head.split(/\s+/).length >= 3 ? head : parts.slice(1).join(' - ');
}

function fromJsonLd(head: PageHead): { article: JsonLdNode | null; site: JsonLdNode | null } {
  let article: JsonLdNode | null = null;
  let site: JsonLdNode | null = null;
  for (const node of head.jsonLd) {
    if (article === null && isArticleNode(node)) article = node;
    const types = node['@type'];
    if (site === null && (types === 'WebSite' || types === 'Organization' || types === 'NewsMediaOrganization')) site = node;
  }
  return { article, site };
}

/** A name, not a paragraph or a dateline glued to one ("Lucas Nolan22 Dec 2016"). */
export function plausibleByline(text: string | null | undefined): string | null {
  const name = clean(text)?.replace(/^(by|door|von|par|por)\s+/i, '') ?? null;
  return name !== null && name.length <= MAX_BYLINE_CHARS && !/\d|^https?:/.test(name) ? name : null;
}

/** Where sites put the author's name, most specific first. */
const BYLINE_SELECTORS = ['[itemprop="author"] [itemprop="name"]', '[rel="author"]', '[itemprop="author"]', '.byline', '.author'];

function bylineFromMarkup(doc: Document): string | null {
  // One selector list, one pass over the document (a query per selector costs a pass each on huge pages).
  const found = Array.from(doc.querySelectorAll(BYLINE_SELECTORS.join(', ')));
  for (const selector of BYLINE_SELECTORS) {
    for (const el of found) {
      if (!el.matches(selector)) continue;
      const name = plausibleByline(el.textContent);
      if (name !== null) return name;
    }
  }
  return null;
}

function publishedFromMarkup(doc: Document): string | null {
  const time = doc.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]');
  return time === null ? null : clean(time.getAttribute('datetime'));
}

const NOTHING_KNOWN: PageMetadata = { title: null, byline: null, published: null, source: null, language: null };

/** Reads the article's metadata. Never throws; absent facts are null. */
export function readPageMetadata(doc: Document, head = new PageHead(doc)): PageMetadata {
  try {
    return readMetadata(doc, head);
  } catch {
    // Pages can freeze or proxy their own objects; losing the metadata must not lose the article.
    return { ...NOTHING_KNOWN };
  }
}

function readMetadata(doc: Document, head: PageHead): PageMetadata {
  const { article, site } = fromJsonLd(head);
  const tags = head.tags;
  const title =
    jsonLdText(article?.['headline']) ?? meta(tags, 'dc.title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title') ??
    headlineOfDocumentTitle(clean(doc.title)) ?? firstText(doc, 'h1');
  const authors = jsonLdNames(article?.['author'] ?? article?.['creator']);
  const metaAuthor = meta(tags, 'author', 'article:author', 'parsely-author', 'dc.creator', 'dcterm:creator', 'sailthru.author');
  const byline =
    (authors.length > 0 ? authors.join(', ') : null) ??
    plausibleByline(metaAuthor) ??
    bylineFromMarkup(doc);
  const published = toIsoDate(
    jsonLdText(article?.['datePublished']) ??
      meta(tags, 'article:published_time', 'og:published_time', 'datePublished', 'parsely-pub-date', 'dc.date',
        'dc.date.issued', 'dcterms.created', 'dcterm:created', 'sailthru.date', 'pubdate', 'publish-date', 'date') ??
      publishedFromMarkup(doc),
  );
  const source =
    jsonLdText(article?.['publisher']) ?? meta(tags, 'og:site_name', 'application-name', 'dc.publisher', 'dcterm:publisher') ??
    jsonLdText(site?.['name']);
  const language =
    toLanguageTag(doc.documentElement?.getAttribute('lang') ?? null) ?? toLanguageTag(meta(tags, 'og:locale')) ??
    toLanguageTag(meta(tags, 'content-language')) ?? toLanguageTag(meta(tags, 'language', 'dc.language')) ??
    toLanguageTag(jsonLdText(article?.['inLanguage']));
  return { title, byline, published, source, language };
}
