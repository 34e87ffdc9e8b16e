import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../src/ui/hover-intent';
import { CLOSE_DELAY_MS, DEFAULT_OPEN_DELAY_MS } from '../../../src/ui/timing';

type Mention = { name: string };
const a: Mention = { name: 'a' };
const b: Mention = { name: 'b' };
const c: Mention = { name: 'c' };

function setup(openDelayMs = 500, closeDelayMs = 300) {
  const events: string[] = [];
  const intent = new HoverIntent<Mention>({
    openDelayMs,
    closeDelayMs,
    onOpen: (target) => events.push(`open ${target.name}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('HoverIntent', () => {
  it('uses the Page Previews delays by default', () => {
    expect(DEFAULT_OPEN_DELAY_MS).toBe(500);
    expect(CLOSE_DELAY_MS).toBe(300);
    const events: string[] = [];
    const intent = new HoverIntent<Mention>({ onOpen: (t) => events.push(`open ${t.name}`), onClose: () => events.push('close') });
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(DEFAULT_OPEN_DELAY_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
    intent.pointerLeaveMention(a);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('opens only after the dwell', () => {
    const { intent, events } = setup(500);
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(499);
    expect(events).toEqual([]);
    expect(intent.openTarget).toBeNull();
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
    expect(intent.openTarget).toBe(a);
  });

  it('honours a changed open delay from the next hover', () => {
    const { intent, events } = setup(500);
    intent.setOpenDelay(1200);
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(1199);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('opens nothing for a pointer crossing several mentions quickly', () => {
    const { intent, events } = setup();
    for (const m of [a, b, c]) {
      intent.pointerEnterMention(m);
      vi.advanceTimersByTime(200);
      intent.pointerLeaveMention(m);
    }
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('keeps the card for the close delay after the pointer leaves, so it can be entered', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMention(a);
    vi.advanceTimersByTime(250);
    intent.pointerEnterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
    expect(intent.openTarget).toBeNull();
  });

  it('keeps the card when the same mention is re-hovered in the close window (no stale timer)', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMention(a);
    vi.advanceTimersByTime(200);
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    // A second leave starts a fresh close window, not the remainder of the first.
    intent.pointerLeaveMention(a);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('does nothing when an old timer fires even if clearTimeout fails to cancel it', () => {
    const callbacks: (() => void)[] = [];
    const events: string[] = [];
    const intent = new HoverIntent<Mention>({
      setTimeout: (cb) => (callbacks.push(cb), callbacks.length) as unknown as ReturnType<typeof setTimeout>,
      clearTimeout: () => {},
      onOpen: (t) => events.push(`open ${t.name}`),
      onClose: () => events.push('close'),
    });
    intent.pointerEnterMention(a);
    intent.pointerLeaveMention(a);
    intent.pointerEnterMention(b);
    callbacks[0]!();
    expect(events).toEqual([]);
    callbacks[1]!();
    expect(events).toEqual(['open b']);
    intent.pointerLeaveMention(b);
    intent.pointerEnterMention(b);
    callbacks[2]!();
    expect(events).toEqual(['open b']);
  });

  it('switches from one mention to another after the dwell, without closing in between', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMention(a);
    intent.pointerEnterMention(b);
    vi.advanceTimersByTime(499);
    expect(events).toEqual(['open a']);
    expect(intent.openTarget).toBe(a);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'open b']);
    expect(intent.openTarget).toBe(b);
  });

  it('closes the open card when the pointer only passes over another mention', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMention(a);
    intent.pointerEnterMention(b);
    vi.advanceTimersByTime(100);
    intent.pointerLeaveMention(b);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a', 'close']);
  });

  it('closes at once on Escape and does not reopen while the pointer rests on the mention', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.escape();
    expect(events).toEqual(['open a', 'close']);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a', 'close']);
    intent.pointerLeaveMention(a);
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['open a', 'close', 'open a']);
  });

  it('cancels a pending open on Escape', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(300);
    intent.escape();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('Escape while the pointer is on the card closes it, and leaving the card later does not call onClose again', () => {
    const { intent, events } = setup();
    intent.openNow(a);
    intent.pointerEnterCard();
    intent.escape();
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a', 'close']);
  });

  it('openNow opens immediately and replaces another card', () => {
    const { intent, events } = setup();
    intent.openNow(a);
    expect(events).toEqual(['open a']);
    intent.openNow(b);
    expect(events).toEqual(['open a', 'open b']);
    intent.openNow(b);
    expect(events).toEqual(['open a', 'open b']);
  });

  it('openNow cancels a pending open for another mention', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(200);
    intent.openNow(b);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open b']);
  });

  it('opens after the dwell on plain keyboard focus, and closes after blur', () => {
    const { intent, events } = setup();
    intent.focusMention(a);
    vi.advanceTimersByTime(499);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
    intent.blurMention(a);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close']);
  });

  it('tabbing through mentions quickly opens nothing', () => {
    const { intent, events } = setup();
    for (const m of [a, b, c]) {
      intent.focusMention(m);
      vi.advanceTimersByTime(100);
      intent.blurMention(m);
    }
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('keeps a card open while focus moves from the mention into the card', () => {
    const { intent, events } = setup();
    intent.focusMention(a);
    intent.openNow(a);
    intent.blurMention(a);
    intent.focusEnterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    intent.focusLeaveCard();
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close']);
  });

  it('keeps a keyboard-opened card while its mention has focus, even when the pointer passes elsewhere', () => {
    const { intent, events } = setup();
    intent.focusMention(a);
    intent.openNow(a);
    intent.pointerEnterMention(b);
    vi.advanceTimersByTime(100);
    intent.pointerLeaveMention(b);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
  });

  it('keeps a pending open when the pointer leaves a mention that still has focus', () => {
    const { intent, events } = setup();
    intent.focusMention(a);
    intent.pointerEnterMention(a);
    intent.pointerLeaveMention(a);
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['open a']);
  });

  it('dispose cancels timers without calling back', () => {
    const { intent, events } = setup();
    intent.pointerEnterMention(a);
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMention(a);
    intent.dispose();
    intent.pointerEnterMention(b);
    intent.dispose();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    expect(intent.openTarget).toBeNull();
  });
});
