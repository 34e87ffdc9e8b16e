// Keeps the card next to its mention while the page scrolls, resizes or reflows.
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

/** Gap between the mention and the card, so the card does not cover the line being read. */
const CARD_OFFSET_PX = 6;
/** The card keeps this far from the viewport edges when shifted or flipped to fit. */
const VIEWPORT_PADDING_PX = 8;
/** Never taller than this share of the viewport, so the article stays visible around it. */
const MAX_HEIGHT_VH = 0.6;

/**
 * Positions `card` (inside the fixed overlay host) below its `anchor`, flipping above and shifting sideways
 * to stay in view, and follows the anchor until the returned cleanup is called. 'fixed' strategy: the host
 * is position: fixed at 0,0, so viewport coordinates are the card's own. `onFirstPlaced` runs once the card
 * is visible (a hidden element cannot take focus).
 */
export function placeCard(anchor: Element, card: HTMLElement, onFirstPlaced?: () => void): () => void {
  card.style.position = 'fixed';
  card.style.top = '0';
  card.style.left = '0';
  // Unplaced, the card would show for a frame in the viewport's corner; it appears once it has a place.
  card.style.visibility = 'hidden';
  let active = true;
  let placed = false;
  const update = () => {
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // A mention that wraps onto two lines: place against the line the pointer is on, not the union box.
        inline(),
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight, elements }) {
            const cap = Math.floor(window.innerHeight * MAX_HEIGHT_VH);
            elements.floating.style.maxHeight = `${Math.max(0, Math.min(cap, Math.floor(availableHeight)))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (!active) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      card.style.visibility = '';
      if (!placed) {
        placed = true;
        onFirstPlaced?.();
      }
    });
  };
  const stop = autoUpdate(anchor, card, update);
  return () => {
    active = false;
    stop();
  };
}
