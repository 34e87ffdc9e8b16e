// Wraps mentions in the live page in <cc-mention> elements and takes them out again, leaving the DOM as it
// was node for node. Every split and wrap is logged; undo replays the log backwards, merging split Text nodes
// into the original node (which keeps its identity) and skipping any step the page has since invalidated.

import type { EntityType } from '../core/types.ts';
import { MENTION_TAG, allowsWrapping } from './element-rules.ts';
import { restyleMention, styleMention } from './mention-style.ts';
import { MentionEmphasis } from './mention-emphasis.ts';
import { performOwnMutation } from './own-mutations.ts';
import type { TextMap, TextPiece } from './text-map.ts';
import { runToEnd, visibleChars } from './block-text.ts';

export interface MentionToHighlight {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  /** Which of the entity's mentions this is; written to data-mention so the pieces of one are one. */
  index?: number;
}

type Step =
  | { kind: 'split'; head: Text; tail: Text }
  | { kind: 'wrap'; wrapper: Element; text: Text };

/**
 * Wrapping a mention takes tens of microseconds (a few DOM calls, each crossing an Xray wrapper in Firefox); 8
 * keep a step well under a millisecond while sparing the slicer a clock read per mention.
 */
const MENTIONS_PER_YIELD = 8;
/** Undoing one step is a move or a merge, a few microseconds; 200 keep a step well under a millisecond. */
const UNDO_STEPS_PER_YIELD = 200;

export const MENTION_ENTITY_ATTRIBUTE = 'data-entity';
export const MENTION_TYPE_ATTRIBUTE = 'data-type';
export const MENTION_INDEX_ATTRIBUTE = 'data-mention';

/** A piece to wrap, with its node's length when it was checked (read once: in Firefox each read crosses an Xray). */
interface WrapTarget extends TextPiece {
  length: number;
}

/**
 * Whether text directly inside `el` may be wrapped: `el` and every ancestor allow it. Mentions of one paragraph
 * share their ancestors, so verdicts are kept in `verdicts` and each element is asked once per run of
 * `highlight`. Tags are fixed and a node the page moves has a new parent, asked afresh; editability, which an
 * attribute anywhere above can change, is asked again in each slice (`isNowEditable`, one call per parent),
 * where asking every ancestor again was a tenth of highlighting in Firefox. Not noticed: a whole paragraph
 * the page moves under <code> or into an SVG between two slices of one run.
 */
function canWrapInside(el: Element | null, verdicts: Map<Element, boolean>): boolean {
  if (el === null) return true;
  let verdict = verdicts.get(el);
  if (verdict === undefined) {
    verdict = allowsWrapping(el) && canWrapInside(el.parentElement, verdicts);
    verdicts.set(el, verdict);
  }
  return verdict;
}

/**
 * Whether the page made `el` editable (itself or through an ancestor) since the verdicts were formed. Kept in
 * `editable` for one slice: the page may run between slices.
 */
function isNowEditable(el: Element, editable: Map<Element, boolean>): boolean {
  let verdict = editable.get(el);
  if (verdict === undefined) {
    verdict = (el as HTMLElement).isContentEditable === true;
    editable.set(el, verdict);
  }
  return verdict;
}

/**
 * The pieces of a mention, or null when any of them can no longer be wrapped safely: the page changed the
 * text since it was read, the node left the document, it sits in an editable or code region, or it is
 * already highlighted.
 */
function wrappablePieces(map: TextMap, mention: MentionToHighlight, verdicts: Map<Element, boolean>, editable: Map<Element, boolean>): WrapTarget[] | null {
  const pieces = map.rangesFor(mention.start, mention.end);
  if (pieces.length === 0) return null;
  const targets: WrapTarget[] = [];
  let found = '';
  for (const piece of pieces) {
    const node = piece.node;
    if (!node.isConnected) return null;
    const parent = node.parentElement;
    if (parent === null || !canWrapInside(parent, verdicts) || isNowEditable(parent, editable)) return null;
    const data = node.data;
    if (piece.end > data.length) return null;
    found += data.slice(piece.start, piece.end);
    targets.push({ ...piece, length: data.length });
  }
  // The map's text collapses whitespace and drops invisible characters; the nodes do not. Compare the rest.
  const expected = map.text.slice(mention.start, mention.end);
  return found === expected || visibleChars(found) === visibleChars(expected) ? targets : null;
}

/** Mentions sorted by start, dropping any that overlaps one before it. */
function nonOverlapping(mentions: readonly MentionToHighlight[]): MentionToHighlight[] {
  const sorted = mentions.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionToHighlight[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

export class MentionHighlighter {
  readonly #doc: Document;
  #steps: Step[] = [];
  readonly #emphasis: MentionEmphasis;
  readonly #wrappers = new Set<Element>();
  readonly #prototypes = new Map<EntityType, Element>();

  constructor(doc: Document) {
    this.#doc = doc;
    this.#emphasis = new MentionEmphasis(doc);
  }

  /** How many wrappers are in place. */
  get size(): number {
    return this.#wrappers.size;
  }

  /** The wrappers of one entity, in document order. */
  wrappersOf(entityId: string): Element[] {
    return [...this.#wrappers]
      .filter((w) => w.getAttribute(MENTION_ENTITY_ATTRIBUTE) === entityId)
      // 4 is Node.DOCUMENT_POSITION_FOLLOWING: b comes after a.
      .sort((a, b) => ((a.compareDocumentPosition(b) & 4) !== 0 ? -1 : 1));
  }

  /**
   * Wraps each mention's text. Offsets index `map.text`. Overlapping mentions keep the first. Yields after
   * every few mentions so `runSliced` can spread the work; returns the number of mentions wrapped.
   */
  *highlight(map: TextMap, mentions: readonly MentionToHighlight[]): Generator<void, number, boolean | undefined> {
    if (mentions.length > 0) this.#emphasis.start();
    let wrapped = 0;
    const verdicts = new Map<Element, boolean>();
    const editable = new Map<Element, boolean>();
    // Back to front: splitting a node at a later offset leaves the earlier offsets of its head valid.
    const ordered = nonOverlapping(mentions).reverse();
    for (let from = 0; from < ordered.length; from += MENTIONS_PER_YIELD) {
      wrapped += performOwnMutation(() => this.#wrapMentions(map, ordered, from, from + MENTIONS_PER_YIELD, verdicts, editable));
      // A new slice: the page has run since, and may have made something editable.
      if (yield) editable.clear();
    }
    return wrapped;
  }

  /** Wraps `ordered[from, to)`; returns how many could be wrapped. */
  #wrapMentions(
    map: TextMap, ordered: readonly MentionToHighlight[], from: number, to: number,
    verdicts: Map<Element, boolean>, editable: Map<Element, boolean>,
  ): number {
    let wrapped = 0;
    for (let m = from; m < to && m < ordered.length; m++) {
      const mention = ordered[m]!;
      const pieces = wrappablePieces(map, mention, verdicts, editable);
      if (pieces === null) continue;
      for (let i = pieces.length - 1; i >= 0; i--) this.#wrapPiece(pieces[i]!, mention);
      wrapped++;
    }
    return wrapped;
  }

  /**
   * Removes every wrapper and merges every split, restoring the page's DOM exactly where the page has not
   * changed it meanwhile; where it has, the affected steps are skipped. Never throws.
   */
  undo(): void {
    runToEnd(this.undoSteps());
  }

  /** `undo` in small steps for `runSliced`, for pages with thousands of highlights. */
  *undoSteps(): Generator<void, void> {
    while (this.#steps.length > 0) {
      performOwnMutation(() => {
        for (let n = 0; n < UNDO_STEPS_PER_YIELD && this.#steps.length > 0; n++) {
          const step = this.#steps.pop()!;
          try {
            this.#undoStep(step);
          } catch {
            // A page that froze or replaced a node must not break the rest of the undo.
          }
          if (step.kind === 'wrap') this.#wrappers.delete(step.wrapper);
        }
      });
      yield;
    }
    this.#emphasis.stop();
  }

  #wrapPiece(piece: WrapTarget, mention: MentionToHighlight): void {
    const node = piece.node;
    if (piece.end < piece.length) this.#steps.push({ kind: 'split', head: node, tail: node.splitText(piece.end) });
    let target = node;
    if (piece.start > 0) {
      target = node.splitText(piece.start);
      this.#steps.push({ kind: 'split', head: node, tail: target });
    }
    const wrapper = this.#prototypeOf(mention.type).cloneNode(false) as Element;
    wrapper.setAttribute(MENTION_ENTITY_ATTRIBUTE, mention.entityId);
    if (mention.index !== undefined) wrapper.setAttribute(MENTION_INDEX_ATTRIBUTE, String(mention.index));
    target.parentNode!.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    this.#steps.push({ kind: 'wrap', wrapper, text: target });
    this.#wrappers.add(wrapper);
  }

  /**
   * A detached wrapper with everything a mention of `type` shares (tag, type, tabindex, the inline style),
   * built once per type and cloned for each mention: one clone copies the ~60 !important declarations that
   * would otherwise be ~60 setProperty calls per wrapper, the largest cost of highlighting in the profile.
   * Cloning copies the declarations as they are, so a page CSP without 'unsafe-inline' cannot refuse them
   * (as it could refuse a style attribute written as a string).
   */
  #prototypeOf(type: EntityType): Element {
    let prototype = this.#prototypes.get(type);
    if (prototype === undefined) {
      // The first type's prototype is styled in full; the others are copies of it with their colours.
      const first = this.#prototypes.values().next().value;
      if (first === undefined) {
        prototype = this.#doc.createElement(MENTION_TAG);
        prototype.setAttribute('tabindex', '-1');
        styleMention((prototype as HTMLElement).style, type);
      } else {
        prototype = first.cloneNode(false) as Element;
        restyleMention((prototype as HTMLElement).style, type);
      }
      prototype.setAttribute(MENTION_TYPE_ATTRIBUTE, type);
      this.#prototypes.set(type, prototype);
    }
    return prototype;
  }

  #undoStep(step: Step): void {
    if (step.kind === 'wrap') {
      const { wrapper } = step;
      const parent = wrapper.parentNode;
      if (parent === null) return;
      while (wrapper.firstChild !== null) parent.insertBefore(wrapper.firstChild, wrapper);
      wrapper.remove();
      return;
    }
    const { head, tail } = step;
    if (tail.parentNode === null || head.parentNode !== tail.parentNode || head.nextSibling !== tail) return;
    head.appendData(tail.data);
    tail.remove();
  }
}
