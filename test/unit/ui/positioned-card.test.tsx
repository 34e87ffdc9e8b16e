// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PositionedCard } from '../../../src/ui/card/PositionedCard';
import { fakeT, pence } from './card-fixture';

afterEach(cleanup);

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

function mockAnchor(x: number, y: number) {
  const anchor = document.createElement('span');
  document.body.append(anchor);
  const box = { x, y, width: 60, height: 20, top: y, left: x, right: x + 60, bottom: y + 20, toJSON: () => ({}) } as DOMRect;
  vi.spyOn(anchor, 'getBoundingClientRect').mockReturnValue(box);
  vi.spyOn(anchor, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
  return anchor;
}

const baseProps = {
  entity: pence,
  lookupEntity: () => undefined,
  article: { source: null, published: null, language: 'nl' },
  currentMention: 0,
  onStep: () => {},
  onOpenEntity: () => {},
  onClose: () => {},
  t: fakeT,
  theme: 'dark' as const,
};

beforeEach(() => {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('PositionedCard', () => {
  it('renders the card hidden until placed, then fixed next to its anchor, and hands out its element', async () => {
    const anchor = mockAnchor(120, 100);
    const elementRef = vi.fn();
    render(<PositionedCard {...baseProps} anchor={anchor} elementRef={elementRef} />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(elementRef).toHaveBeenCalledWith(dialog);
    expect(dialog.style.position).toBe('fixed');
    expect(dialog.style.visibility).toBe('hidden');
    await settle();
    expect(dialog.style.visibility).toBe('');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(dialog.style.left).toBe('120px');
    expect(parseFloat(dialog.style.top)).toBeGreaterThanOrEqual(120);
    expect(document.activeElement).not.toBe(dialog);
  });

  it('moves focus into the card once placed when opened from the keyboard', async () => {
    render(<PositionedCard {...baseProps} anchor={mockAnchor(120, 100)} focusOnOpen />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    await settle();
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps focus on the control the reader is using when the card moves to another mention', async () => {
    const { rerender } = render(<PositionedCard {...baseProps} anchor={mockAnchor(120, 100)} focusOnOpen />);
    await settle();
    const next = screen.getByRole('button', { name: 'cardNextMention' });
    next.focus();
    const second = mockAnchor(300, 400);
    rerender(<PositionedCard {...baseProps} anchor={second} currentMention={1} focusOnOpen />);
    await settle();
    expect(screen.getByRole('dialog').style.left).toBe('300px');
    expect(document.activeElement).toBe(next);
  });
});
