// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PositionedCard } from '../../../src/ui/card/PositionedCard';
import { fakeT, pence } from './card-fixture';

afterEach(cleanup);

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('PositionedCard', () => {
  it('renders the card hidden until placed, then fixed next to its anchor, and hands out its element', async () => {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const box = { x: 120, y: 100, width: 60, height: 20, top: 100, left: 120, right: 180, bottom: 120, toJSON: () => ({}) } as DOMRect;
    vi.spyOn(anchor, 'getBoundingClientRect').mockReturnValue(box);
    vi.spyOn(anchor, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
    const elementRef = vi.fn();
    render(
      <PositionedCard
        anchor={anchor}
        entity={pence}
        lookupEntity={() => undefined}
        article={{ source: null, published: null, language: 'nl' }}
        currentMention={0}
        onStep={() => {}}
        onOpenEntity={() => {}}
        onClose={() => {}}
        t={fakeT}
        theme="dark"
        elementRef={elementRef}
      />,
    );
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(elementRef).toHaveBeenCalledWith(dialog);
    expect(dialog.style.position).toBe('fixed');
    expect(dialog.style.visibility).toBe('hidden');
    await settle();
    expect(dialog.style.visibility).toBe('');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(dialog.style.left).toBe('120px');
    expect(parseFloat(dialog.style.top)).toBeGreaterThanOrEqual(120);
    anchor.remove();
    vi.restoreAllMocks();
  });
});
