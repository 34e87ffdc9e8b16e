// When a card opens and closes, as a state machine with no DOM and injectable timers, so every timing
// scenario can be tested with fake timers. Modelled on Wikipedia Page Previews, minus its stale-timer bug:
// each scheduled action carries a token and does nothing when a newer event has superseded it.
import { CLOSE_DELAY_MS, DEFAULT_OPEN_DELAY_MS } from './timing';

type TimerId = ReturnType<typeof setTimeout>;

export interface HoverIntentOptions<T> {
  /** Dwell before a card opens for a hovered or focused mention. */
  openDelayMs?: number;
  /** How long an open card survives after the pointer (or focus) has left both mention and card. */
  closeDelayMs?: number;
  setTimeout?: (callback: () => void, ms: number) => TimerId;
  clearTimeout?: (id: TimerId) => void;
  /** Show the card for `target`. Also called while another card is open: replace it (no onClose first). */
  onOpen(target: T): void;
  /** Hide the open card. */
  onClose(): void;
}

interface Pending {
  id: TimerId;
  token: number;
}

export class HoverIntent<T = Element> {
  private readonly setTimer: (callback: () => void, ms: number) => TimerId;
  private readonly clearTimer: (id: TimerId) => void;
  private readonly onOpen: (target: T) => void;
  private readonly onClose: () => void;
  private openDelay: number;
  private readonly closeDelay: number;

  private current: T | null = null;
  private pendingOpen: (Pending & { target: T }) | null = null;
  private pendingClose: Pending | null = null;
  // What holds an open card open: the pointer or focus on its mention, or on the card itself.
  private pointerMention: T | null = null;
  private focusedMention: T | null = null;
  private pointerOnCard = false;
  private focusInCard = false;
  private token = 0;

  constructor(options: HoverIntentOptions<T>) {
    this.openDelay = options.openDelayMs ?? DEFAULT_OPEN_DELAY_MS;
    this.closeDelay = options.closeDelayMs ?? CLOSE_DELAY_MS;
    this.setTimer = options.setTimeout ?? ((cb, ms) => setTimeout(cb, ms));
    this.clearTimer = options.clearTimeout ?? ((id) => clearTimeout(id));
    this.onOpen = options.onOpen;
    this.onClose = options.onClose;
  }

  /** The mention whose card is open, or null. */
  get openTarget(): T | null {
    return this.current;
  }

  /** The reader changed the hover-delay setting; applies from the next hover. */
  setOpenDelay(ms: number): void {
    this.openDelay = ms;
  }

  pointerEnterMention(target: T): void {
    this.pointerMention = target;
    this.approach(target);
  }

  pointerLeaveMention(target: T): void {
    if (this.pointerMention === target) this.pointerMention = null;
    this.leave(target);
  }

  /** Plain focus (Tab) behaves like hovering: the card opens after the dwell, so tabbing through is quiet. */
  focusMention(target: T): void {
    this.focusedMention = target;
    this.approach(target);
  }

  blurMention(target: T): void {
    if (this.focusedMention === target) this.focusedMention = null;
    this.leave(target);
  }

  pointerEnterCard(): void {
    this.pointerOnCard = true;
    this.cancelClose();
  }

  pointerLeaveCard(): void {
    this.pointerOnCard = false;
    this.closeWhenReleased();
  }

  focusEnterCard(): void {
    this.focusInCard = true;
    this.cancelClose();
  }

  focusLeaveCard(): void {
    this.focusInCard = false;
    this.closeWhenReleased();
  }

  /** Open at once (Enter on a focused mention, the keyboard shortcut, a click in the popup's list). */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.show(target);
  }

  /** Escape, or anything else that must close the card now without moving the pointer (WCAG 1.4.13). */
  escape(): void {
    this.cancelOpen();
    this.cancelClose();
    // The pointer may still rest on the mention; it must leave and come back to reopen, not reopen now.
    this.pointerOnCard = false;
    this.focusInCard = false;
    if (this.current === null) return;
    this.current = null;
    this.onClose();
  }

  /** Cancels every timer without calling back (navigation, teardown). */
  dispose(): void {
    this.cancelOpen();
    this.cancelClose();
    this.current = null;
    this.pointerMention = null;
    this.focusedMention = null;
    this.pointerOnCard = false;
    this.focusInCard = false;
  }

  private approach(target: T): void {
    this.cancelClose();
    if (target === this.current) {
      // Back on the open card's mention within the close window: keep it, drop any switch in progress.
      this.cancelOpen();
      return;
    }
    if (this.pendingOpen?.target === target) return;
    // While another card is open it stays until this dwell completes, then the card switches.
    this.scheduleOpen(target);
  }

  private leave(target: T): void {
    const stillThere = this.pointerMention === target || this.focusedMention === target;
    if (this.pendingOpen?.target === target && !stillThere) this.cancelOpen();
    this.closeWhenReleased();
  }

  private closeWhenReleased(): void {
    if (this.current === null || this.pendingClose || this.pendingOpen) return;
    const held = this.pointerOnCard || this.focusInCard
      || this.pointerMention === this.current || this.focusedMention === this.current;
    if (!held) this.scheduleClose();
  }

  private show(target: T): void {
    if (this.current === target) return;
    this.current = target;
    this.onOpen(target);
  }

  private scheduleOpen(target: T): void {
    this.cancelOpen();
    const token = ++this.token;
    const id = this.setTimer(() => {
      if (this.pendingOpen?.token !== token) return;
      this.pendingOpen = null;
      this.show(target);
    }, this.openDelay);
    this.pendingOpen = { id, token, target };
  }

  private scheduleClose(): void {
    const token = ++this.token;
    const id = this.setTimer(() => {
      if (this.pendingClose?.token !== token) return;
      this.pendingClose = null;
      this.current = null;
      this.onClose();
    }, this.closeDelay);
    this.pendingClose = { id, token };
  }

  private cancelOpen(): void {
    if (!this.pendingOpen) return;
    this.clearTimer(this.pendingOpen.id);
    this.pendingOpen = null;
  }

  private cancelClose(): void {
    if (!this.pendingClose) return;
    this.clearTimer(this.pendingClose.id);
    this.pendingClose = null;
  }
}
