// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeCard } from '../../../src/ui/card/position';

const rect = (x: number, y: number, width: number, height: number) => ({
  x, y, width, height, top: y, left: x, right: x + width, bottom: y + height, toJSON: () => ({}),
}) as DOMRect;

const VIEWPORT = { width: 1024, height: 768 };

beforeEach(() => {
  // happy-dom lays nothing out: give the viewport the size floating-ui reads from <html>.
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(VIEWPORT.width);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(VIEWPORT.height);
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** floating-ui measures the floating element by its CSS size, checked against its offset size. */
function sizeCard(card: HTMLElement) {
  card.style.width = '300px';
  card.style.height = '150px';
  vi.spyOn(card, 'offsetWidth', 'get').mockReturnValue(300);
  vi.spyOn(card, 'offsetHeight', 'get').mockReturnValue(150);
  vi.spyOn(card, 'getBoundingClientRect').mockImplementation(() => rect(0, 0, 300, 150));
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('placeCard', () => {
  it('places the card fixed, just below its anchor, and stops following after cleanup', async () => {
    const anchor = document.createElement('span');
    const card = document.createElement('div');
    document.body.append(anchor, card);
    let anchorRect = rect(100, 200, 80, 20);
    vi.spyOn(anchor, 'getBoundingClientRect').mockImplementation(() => anchorRect);
    vi.spyOn(anchor, 'getClientRects').mockImplementation(() => [anchorRect] as unknown as DOMRectList);
    sizeCard(card);

    const cleanup = placeCard(anchor, card);
    expect(card.style.visibility).toBe('hidden');
    await settle();
    expect(card.style.visibility).toBe('');
    expect(card.style.position).toBe('fixed');
    expect(card.style.left).toBe('100px');
    expect(parseFloat(card.style.top)).toBeGreaterThan(220);
    expect(parseFloat(card.style.top)).toBeLessThan(240);
    expect(parseFloat(card.style.maxHeight)).toBeLessThanOrEqual(Math.floor(window.innerHeight * 0.6));

    cleanup();
    anchorRect = rect(400, 300, 80, 20);
    window.dispatchEvent(new Event('resize'));
    await settle();
    expect(card.style.left).toBe('100px');
  });

  it('flips above an anchor near the bottom of the viewport', async () => {
    const anchor = document.createElement('span');
    const card = document.createElement('div');
    document.body.append(anchor, card);
    const bottom = VIEWPORT.height - 30;
    const anchorRect = rect(100, bottom, 80, 20);
    vi.spyOn(anchor, 'getBoundingClientRect').mockImplementation(() => anchorRect);
    vi.spyOn(anchor, 'getClientRects').mockImplementation(() => [anchorRect] as unknown as DOMRectList);
    sizeCard(card);
    const cleanup = placeCard(anchor, card);
    await settle();
    expect(parseFloat(card.style.top) + 150).toBeLessThanOrEqual(bottom);
    cleanup();
  });
});
