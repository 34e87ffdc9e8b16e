// What the page layer treats as non-article, as a block, or as the extension's own markup. Shared by the
// article walker, the highlighter and the watcher so that all three agree on where article text can live.

/** Elements whose content is never article text (controls, code, embedded documents, metadata). */
const EXCLUDED_TAGS = new Set([
  'nav', 'aside', 'form', 'input', 'textarea', 'select', 'option', 'button', 'label', 'code', 'pre', 'kbd',
  'samp', 'var', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'object', 'embed',
  'canvas', 'video', 'audio', 'map', 'dialog', 'head', 'title', 'meta', 'link',
]);

/** ARIA landmarks and widgets that hold navigation or chrome rather than the story. */
const EXCLUDED_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog',
  'alert', 'banner', 'tablist', 'form',
]);

/** The extension's own elements: the card host and the mention wrappers. */
export const UI_ROOT_TAG = 'cc-root';
export const MENTION_TAG = 'cc-mention';

/**
 * Elements that start a new line when rendered with the default style sheet; text on either side of one is
 * a different block. Tag names rather than computed style because reading style for every node of a 100k-node
 * page costs far more than the walk itself.
 */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The attributes the tests of this layer look at, as bits of ElementFacts' record of which an element has. */
const FACT_BITS = { role: 1, hidden: 2, 'aria-hidden': 4, style: 8, contenteditable: 16, class: 32, id: 64 } as const;
export type FactAttribute = keyof typeof FACT_BITS;
/** The attributes through which an element can be excluded (see isExcludedElement). */
const EXCLUDING_BITS = FACT_BITS.role | FACT_BITS.hidden | FACT_BITS['aria-hidden'] | FACT_BITS.style | FACT_BITS.contenteditable;

/**
 * An element's tag and which of the attributes above it has, read once for all the tests of this layer: two
 * calls, after which a test reads an attribute's value only where the element has one. In Firefox every DOM
 * read of a content script crosses an Xray wrapper, and asking each element for role, hidden, aria-hidden,
 * style, contenteditable, class and id one by one was most of the cost of reading an article there. The
 * tests run once per element of the page in cold code (mostly interpreted in Firefox), so they stay lean.
 */
export class ElementFacts {
  readonly tag: string;
  readonly #present: number;
  #class: string | undefined;
  #id: string | undefined;

  constructor(readonly el: Element, tag = el.localName) {
    this.tag = tag;
    let present = 0;
    const names = el.getAttributeNames();
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (Object.hasOwn(FACT_BITS, name)) present |= FACT_BITS[name as FactAttribute];
    }
    this.#present = present;
  }

  has(name: FactAttribute): boolean {
    return (this.#present & FACT_BITS[name]) !== 0;
  }

  /** Whether it has any attribute through which it could be excluded. */
  get mayBeExcluded(): boolean {
    return (this.#present & EXCLUDING_BITS) !== 0;
  }

  /** Whether it has a class or an id. */
  get named(): boolean {
    return (this.#present & (FACT_BITS.class | FACT_BITS.id)) !== 0;
  }

  /** The attribute's value; null, without asking the element, when it has no such attribute. */
  attribute(name: FactAttribute): string | null {
    return this.has(name) ? this.el.getAttribute(name) : null;
  }

  /** The class attribute, '' when absent; read at most once. */
  get className(): string {
    return (this.#class ??= this.attribute('class') ?? '');
  }

  /** The id attribute, '' when absent; read at most once. */
  get id(): string {
    return (this.#id ??= this.attribute('id') ?? '');
  }
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** A page header is chrome, but an article's own header holding its headline is not. */
function isPageChrome(facts: ElementFacts): boolean {
  const tag = facts.tag;
  if (tag === 'footer') return true;
  if (tag === 'header' || facts.attribute('role') === 'banner') return facts.el.querySelector('h1') === null;
  return false;
}

const MAY_HIDE_INLINE = /none|hidden|\\/i;

export function isHiddenByAttribute(el: Element, facts = new ElementFacts(el)): boolean {
  if (facts.has('hidden')) return true;
  if (facts.attribute('aria-hidden') === 'true') return true;
  // Inline style only: it is what hides collapsed widgets and costs no style recalculation. The attribute's
  // text is tested first because reading `.style` builds a declaration object for every element asked: text
  // without "none", "hidden" or a CSS escape (which could spell them) cannot hide anything.
  const text = facts.attribute('style');
  if (text === null || !MAY_HIDE_INLINE.test(text)) return false;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/** Whether a contenteditable attribute's value (null when absent) makes its element editable. */
function isEditableValue(value: string | null): boolean {
  return value !== null && value !== 'false';
}

/**
 * True when nothing inside `el` may be read as article text or be wrapped by a highlight: controls, code,
 * embedded content, hidden and editable regions, page chrome and the extension's own card.
 */
export function isExcludedElement(el: Element, facts = new ElementFacts(el)): boolean {
  const tag = facts.tag;
  if (EXCLUDED_TAGS.has(tag) || tag === UI_ROOT_TAG) return true;
  // Most elements: no attribute that could exclude them and not a page header or footer.
  if (!facts.mayBeExcluded && tag !== 'header' && tag !== 'footer') return false;
  const role = facts.attribute('role');
  if (role !== null && EXCLUDED_ROLES.has(role) && !(role === 'banner' && !isPageChrome(facts))) return true;
  return isPageChrome(facts) || isHiddenByAttribute(el, facts) || isEditableValue(facts.attribute('contenteditable'));
}

/** Tags in which a highlight must never be inserted, whatever a text map says (nor in another highlight). */
const NEVER_WRAP_TAGS = new Set([
  'input', 'textarea', 'select', 'option', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'noscript',
  'template', 'svg', 'math', 'title', 'head', UI_ROOT_TAG, MENTION_TAG,
]);

/**
 * True when text directly inside `el` could be wrapped as far as `el` itself goes: not an editable, code, form
 * or SVG element, nor the extension's own (a highlight is never nested in another). Whether its ancestors
 * allow it is for the caller to ask of each of them.
 */
export function allowsWrapping(el: Element): boolean {
  if (NEVER_WRAP_TAGS.has(el.localName) || isEditableValue(el.getAttribute('contenteditable'))) return false;
  return el.namespaceURI === null || el.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/**
 * `ancestor.contains(node)` by walking up from `node`: O(depth) everywhere, where linkedom's `contains`
 * searches the whole subtree.
 */
export function isInside(node: Node, ancestor: Node): boolean {
  for (let a: Node | null = node; a !== null; a = a.parentNode) if (a === ancestor) return true;
  return false;
}

/**
 * Whether `el` is rendered. checkVisibility answers from computed style (display:none via a class, a closed
 * <details>), which inline attributes cannot; browsers without it show everything.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el);
}
