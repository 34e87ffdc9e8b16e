// Reads a page's JSON-LD blocks into flat lists of objects. Pages ship broken JSON-LD often enough (trailing
// commas, HTML comments, CDATA wrappers, raw newlines in strings) that nothing here may throw.

export type JsonLdNode = Record<string, unknown>;

/** schema.org types that mean "this page is one article". */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'TechArticle', 'ScholarlyArticle', 'Report',
]);

/** Nested objects worth looking into for the article node (a WebPage whose mainEntity is the article). */
const CONTAINER_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage'];
/** Bounds the walk through deeply nested or self-similar graphs. */
const MAX_NODES = 200;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(<!--|<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // The two mistakes seen most in the wild: raw line breaks inside strings and trailing commas.
      return JSON.parse(cleaned.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Every object found in the page's JSON-LD, top-level and inside @graph / mainEntity, in page order. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const queue: unknown[] = [];
  // The selector narrows the page's scripts natively (a superset: the exact test follows), where asking each
  // of a hundred scripts for its type is a hundred DOM calls.
  for (const script of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') queue.push(parseLenient(script.textContent ?? ''));
  }
  while (queue.length > 0 && nodes.length < MAX_NODES) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      // Bounded: spreading a 100k-item array would overflow the argument stack.
      queue.unshift(...value.slice(0, MAX_NODES));
      continue;
    }
    if (!isObject(value)) continue;
    nodes.push(value);
    for (const key of CONTAINER_KEYS) {
      const inner = value[key];
      if (isObject(inner) || Array.isArray(inner)) queue.push(inner);
    }
  }
  return nodes;
}

export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  // "schema:NewsArticle" and "http://schema.org/NewsArticle" both occur.
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isArticleNode(node: JsonLdNode): boolean {
  return jsonLdTypes(node).some((t) => ARTICLE_TYPES.has(t));
}

/** A string property, or the `name` of an object property, or the first usable item of a list. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = jsonLdText(item);
      if (text !== null) return text;
    }
    return null;
  }
  if (isObject(value)) return jsonLdText(value['name'] ?? value['@value']);
  return null;
}

/** All names in a property that may hold one person or a list (author, creator). */
export function jsonLdNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    const name = isObject(item) ? jsonLdText(item['name']) : jsonLdText(item);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}
