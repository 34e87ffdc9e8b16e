// The one overlay host on the page: <cc-root> with an open shadow root holding our stylesheet and whatever
// Preact renders. A custom tag name so page rules for div/span do not match it; an inline !important style
// because inline important declarations beat every page rule, including `cc-root { display: none !important }`
// and `* { all: unset }`.
import { render, type ComponentChild } from 'preact';
import { OVERLAY_CSS } from './overlay-css';

export const OVERLAY_TAG = 'cc-root';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0px',
  left: '0px',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  contain: 'style',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  clip: 'auto',
  'clip-path': 'none',
  // The host itself takes no pointer events; the card inside sets pointer-events: auto.
  'pointer-events': 'none',
};

export interface ShadowContainerOptions {
  document?: Document;
  /** The stylesheet inside the shadow root; the overlay's own by default. */
  css?: string;
}

export class ShadowContainer {
  readonly host: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** The element Preact renders into (inside the shadow root). */
  readonly mount: HTMLElement;
  /**
   * Our stylesheet, added to the shadow root with the first thing rendered: parsing it is work a page whose
   * reader never opens a card does not need (about a millisecond of the set-up in Firefox).
   */
  #style: HTMLStyleElement | null;
  private destroyed = false;

  constructor({ document: doc = document, css = OVERLAY_CSS }: ShadowContainerOptions = {}) {
    // A content script that was reloaded (extension update) leaves its old host behind: one overlay only.
    for (const stale of doc.querySelectorAll(OVERLAY_TAG)) stale.remove();
    this.host = doc.createElement(OVERLAY_TAG);
    // One CSSOM write, which a page's CSP does not restrict (it can refuse a style attribute set as markup),
    // instead of a DOM call per declaration, each crossing an Xray wrapper in Firefox.
    this.host.style.cssText = Object.entries(HOST_STYLE).map(([name, value]) => `${name}: ${value} !important`).join('; ');
    // Page translators and spell checkers must not rewrite the card.
    this.host.setAttribute('translate', 'no');
    this.shadowRoot = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    // Set textContent from the content script before insertion: Firefox then checks the sheet against the
    // extension's CSP, not a page's strict style-src (bugzilla 1706787; mozilla/firefox-translations#272).
    style.textContent = css;
    this.#style = style;
    this.mount = doc.createElement('div');
    this.mount.className = 'cc-mount';
    this.shadowRoot.append(this.mount);
    // documentElement, not body: single-page apps replace <body> wholesale.
    doc.documentElement.append(this.host);
  }

  render(vnode: ComponentChild): void {
    if (this.destroyed) return;
    // Some pages rebuild <html>'s children; put the host back rather than render into a detached node.
    if (!this.host.isConnected) this.host.ownerDocument.documentElement.append(this.host);
    if (this.#style !== null && vnode !== null && vnode !== undefined) {
      this.shadowRoot.prepend(this.#style);
      this.#style = null;
    }
    render(vnode, this.mount);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    render(null, this.mount);
    this.host.remove();
  }
}
