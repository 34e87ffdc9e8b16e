// Connects the highlighted mentions on the page to the card: hover intent, keyboard, stepping between
// mentions, opening related entities. Listens by delegation on the document, so it costs nothing per
// mention and works for mentions added later.
import type { Analysis, Entity } from '../core/types';
import { HoverIntent } from '../ui/hover-intent';
import { PositionedCard } from '../ui/card/PositionedCard';
import { pickTheme } from '../ui/theme';
import { effectiveBackground } from '../ui/page-background';
import type { ShadowContainer } from '../ui/shadow-container';
import type { Translate } from '../ui/messages';

const MENTION_SELECTOR = 'cc-mention[data-entity]';
/** How long a mention we jumped to stays emphasised: long enough to find it after the scroll ends. */
const FLASH_MS = 1200;
/**
 * When, during the dwell, the card is rendered ahead (hidden): late enough that a pointer crossing the text
 * prepares nothing, early enough that the page's first card render (26–45 ms measured) ends before the dwell.
 */
const PREPARE_AFTER_MS = 150;

interface OpenCard {
  entity: Entity;
  anchor: Element;
  mentionIndex: number;
  /** Opened with Enter: focus moves into the card, since <cc-root> is last in the tab order. */
  byKeyboard: boolean;
}

export interface CardOverlayOptions {
  doc: Document;
  container: ShadowContainer;
  analysis: Analysis;
  openDelayMs: number;
  t: Translate;
  /**
   * The reader's locale, asked for at the first card render: the first call into the browser's i18n API costs
   * a millisecond or two in a Firefox content script, which highlighting does not need to pay.
   */
  locale: () => string;
}

export class CardOverlay {
  private readonly entities = new Map<string, Entity>();
  private readonly intent: HoverIntent<Element>;
  private open: OpenCard | null = null;
  /** A card rendered ahead during the dwell, not shown yet. */
  private prepared: OpenCard | null = null;
  private prepareTimer: ReturnType<typeof setTimeout> | null = null;
  private keyboardOpen = false;
  private cardElement: HTMLElement | null = null;
  private readonly abort = new AbortController();
  private locale: string | null = null;

  constructor(private readonly opts: CardOverlayOptions) {
    for (const e of opts.analysis.entities) this.entities.set(e.id, e);
    this.intent = new HoverIntent<Element>({
      openDelayMs: opts.openDelayMs,
      onOpen: (target) => this.show(target),
      onClose: () => this.hide(),
    });
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      opts.doc.addEventListener(type, fn, { capture: true, passive: type !== 'keydown', signal: this.abort.signal });
    on('pointerover', (e) => {
      const m = this.mentionOf(e.target);
      if (!m) return;
      this.intent.pointerEnterMention(m);
      if (!this.open) this.schedulePrepare(m);
    });
    on('pointerout', (e) => {
      const m = this.mentionOf(e.target);
      // Moving between the pieces of one mention (or into a child) is not leaving it.
      if (m && this.mentionOf(e.relatedTarget) !== m) {
        this.intent.pointerLeaveMention(m);
        this.cancelPrepare();
      }
    });
    on('focusin', (e) => {
      const m = this.mentionOf(e.target);
      if (m) this.intent.focusMention(m);
    });
    on('focusout', (e) => {
      const m = this.mentionOf(e.target);
      if (m) this.intent.blurMention(m);
    });
    on('keydown', (e) => {
      if (e.key === 'Escape' && this.open) {
        this.intent.escape();
        return;
      }
      const m = this.mentionOf(e.target);
      if (m && (e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey) {
        // A mention inside a link: Enter opens the card instead of following the link only when the card
        // is not open yet; a second Enter follows the link as usual.
        if (this.open?.anchor === m) return;
        e.preventDefault();
        this.keyboardOpen = true;
        this.intent.openNow(m);
        this.keyboardOpen = false;
      }
    });
  }

  setOpenDelay(ms: number): void {
    this.intent.setOpenDelay(ms);
  }

  private mentionOf(target: EventTarget | null): Element | null {
    const el = target instanceof Element ? target : null;
    const m = el?.closest(MENTION_SELECTOR) ?? null;
    return m && this.entities.has(m.getAttribute('data-entity')!) ? m : null;
  }

  /** The wrappers of one entity, in document order, grouped by mention (a mention may span several). */
  private mentionAnchors(entityId: string): Element[] {
    const firsts = new Map<string, Element>();
    for (const el of this.opts.doc.querySelectorAll(`cc-mention[data-entity="${CSS.escape(entityId)}"]`)) {
      const key = el.getAttribute('data-mention') ?? String(firsts.size);
      if (!firsts.has(key)) firsts.set(key, el);
    }
    return [...firsts.values()];
  }

  private cardFor(anchor: Element): OpenCard | null {
    const entity = this.entities.get(anchor.getAttribute('data-entity') ?? '');
    if (!entity) return null;
    const anchors = this.mentionAnchors(entity.id);
    const key = anchor.getAttribute('data-mention');
    const mentionIndex = Math.max(0, anchors.findIndex((a) => a === anchor || (key !== null && a.getAttribute('data-mention') === key)));
    return { entity, anchor: anchors[mentionIndex] ?? anchor, mentionIndex, byKeyboard: this.keyboardOpen };
  }

  private show(anchor: Element): void {
    this.cancelPrepare(false);
    const card = this.cardFor(anchor);
    if (!card) return;
    this.open = card;
    this.render();
  }

  private schedulePrepare(anchor: Element): void {
    this.cancelPrepare(false);
    this.prepareTimer = setTimeout(() => {
      this.prepareTimer = null;
      if (this.open) return;
      this.prepared = this.cardFor(anchor);
      if (this.prepared) this.render();
    }, PREPARE_AFTER_MS);
  }

  /** Drops a card prepared for a hover that ended before its dwell (and clears it from the overlay). */
  private cancelPrepare(clear = true): void {
    if (this.prepareTimer !== null) clearTimeout(this.prepareTimer);
    this.prepareTimer = null;
    if (!this.prepared) return;
    this.prepared = null;
    if (clear && !this.open) this.render();
  }

  private hide(): void {
    const hadFocus = this.cardElement?.contains(this.opts.container.shadowRoot.activeElement) ?? false;
    const anchor = this.open?.anchor;
    this.open = null;
    this.render();
    // WCAG: closing a card the reader was in puts focus back where they came from.
    if (hadFocus && anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
  }

  /** Scrolls to the entity's mention `index` (wrapping), flashes it and moves the card there. */
  private step(delta: 1 | -1): void {
    if (!this.open) return;
    const anchors = this.mentionAnchors(this.open.entity.id);
    if (anchors.length === 0) return;
    const index = (this.open.mentionIndex + delta + anchors.length) % anchors.length;
    this.jumpTo(this.open.entity, anchors, index);
  }

  private jumpTo(entity: Entity, anchors: Element[], index: number): void {
    const anchor = anchors[index];
    if (!anchor) return;
    anchor.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(anchor);
    this.open = { entity, anchor, mentionIndex: index, byKeyboard: this.open?.byKeyboard ?? false };
    this.render();
  }

  /** Opens the card of `entityId` at its first mention (related chips, the popup's list). */
  openEntity(entityId: string): boolean {
    const entity = this.entities.get(entityId);
    const anchors = entity ? this.mentionAnchors(entityId) : [];
    if (!entity || anchors.length === 0) return false;
    this.intent.openNow(anchors[0]!);
    this.jumpTo(entity, anchors, 0);
    return true;
  }

  /** Moves keyboard focus to the next mention after the focused one (or the first in view). */
  focusNextMention(): void {
    const all = [...this.opts.doc.querySelectorAll(MENTION_SELECTOR)].filter((m) => this.mentionOf(m) === m);
    if (all.length === 0) return;
    const active = this.opts.doc.activeElement;
    const current = active ? all.indexOf(active) : -1;
    let next = current + 1;
    if (current < 0) {
      const firstInView = all.findIndex((m) => m.getBoundingClientRect().top >= 0);
      next = firstInView < 0 ? 0 : firstInView;
    }
    const target = all[next % all.length] as HTMLElement;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private render(): void {
    const { container, analysis, t } = this.opts;
    const open = this.open ?? this.prepared;
    if (!open) {
      container.render(null);
      this.cardElement = null;
      return;
    }
    const prefersDark = this.opts.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    container.render(
      <PositionedCard
        anchor={open.anchor}
        preparing={!this.open}
        focusOnOpen={open.byKeyboard}
        entity={open.entity}
        lookupEntity={(id) => this.entities.get(id)}
        article={{ source: analysis.source, published: analysis.published, language: analysis.language }}
        currentMention={open.mentionIndex}
        onStep={(d) => this.step(d)}
        onOpenEntity={(id) => this.openEntity(id)}
        onClose={() => this.intent.escape()}
        onPointerEnter={() => this.intent.pointerEnterCard()}
        onPointerLeave={() => this.intent.pointerLeaveCard()}
        onFocusEnter={() => this.intent.focusEnterCard()}
        onFocusLeave={() => this.intent.focusLeaveCard()}
        t={t}
        theme={pickTheme(effectiveBackground(open.anchor), prefersDark)}
        locale={(this.locale ??= this.opts.locale())}
        elementRef={(el) => { this.cardElement = el; }}
      />,
    );
  }

  dispose(): void {
    this.cancelPrepare(false);
    this.abort.abort();
    this.intent.dispose();
    this.open = null;
    this.opts.container.render(null);
  }
}

function flash(el: Element): void {
  el.setAttribute('data-flash', '');
  setTimeout(() => el.removeAttribute('data-flash'), FLASH_MS);
}
