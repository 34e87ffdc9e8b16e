// Hover and keyboard-focus emphasis for highlighted mentions, without a style sheet: adding one to the page
// makes the browser re-match every element's style (tens of milliseconds on a 100k-node page) and page CSP
// may refuse it. Instead, delegated listeners set the custom properties the wrapper's inline style reads
// (see mention-style.ts) on the one wrapper under the pointer or focus.

import { MENTION_TAG } from './element-rules.ts';

const HOVER_PROPERTIES: ReadonlyArray<[string, string]> = [
  ['--cc-mention-bg', 'var(--cc-mention-tint)'],
  ['--cc-mention-line', 'solid'],
];
const FOCUS_PROPERTIES: ReadonlyArray<[string, string]> = [
  ...HOVER_PROPERTIES,
  ['--cc-mention-outline', '2px solid var(--cc-mention-color)'],
];

function mentionOf(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (el === null || typeof el.closest !== 'function') return null;
  return el.closest(MENTION_TAG) as HTMLElement | null;
}

function setProperties(el: HTMLElement, properties: ReadonlyArray<[string, string]>, on: boolean): void {
  for (const [name, value] of properties) {
    if (on) el.style.setProperty(name, value);
    else el.style.removeProperty(name);
  }
}

function isKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // engines without :focus-visible: show the outline rather than hide focus
  }
}

export class MentionEmphasis {
  readonly #doc: Document;
  #listening = false;
  readonly #onOver = (event: Event): void => this.#hover(event as PointerEvent, true);
  readonly #onOut = (event: Event): void => this.#hover(event as PointerEvent, false);
  readonly #onFocus = (event: Event): void => this.#focus(event, true);
  readonly #onBlur = (event: Event): void => this.#focus(event, false);

  constructor(doc: Document) {
    this.#doc = doc;
  }

  start(): void {
    if (this.#listening) return;
    this.#listening = true;
    // Capture and passive: seen before the page can stop it, and never delays the page's own handling.
    const options = { capture: true, passive: true };
    this.#doc.addEventListener('pointerover', this.#onOver, options);
    this.#doc.addEventListener('pointerout', this.#onOut, options);
    this.#doc.addEventListener('focusin', this.#onFocus, options);
    this.#doc.addEventListener('focusout', this.#onBlur, options);
  }

  stop(): void {
    if (!this.#listening) return;
    this.#listening = false;
    this.#doc.removeEventListener('pointerover', this.#onOver, true);
    this.#doc.removeEventListener('pointerout', this.#onOut, true);
    this.#doc.removeEventListener('focusin', this.#onFocus, true);
    this.#doc.removeEventListener('focusout', this.#onBlur, true);
  }

  #hover(event: PointerEvent, entering: boolean): void {
    const mention = mentionOf(event.target);
    // Moving between the wrapper and its own text is not leaving it.
    if (mention === null || mention === mentionOf(event.relatedTarget)) return;
    setProperties(mention, HOVER_PROPERTIES, entering);
  }

  #focus(event: Event, gaining: boolean): void {
    const mention = mentionOf(event.target);
    if (mention === null || (gaining && !isKeyboardFocus(mention))) return;
    setProperties(mention, FOCUS_PROPERTIES, gaining);
  }
}
