// The card placed next to its mention: what the content script renders into the overlay.
import { useLayoutEffect, useState } from 'preact/hooks';
import { Card, type CardProps } from './Card';
import { placeCard } from './position';

export interface PositionedCardProps extends CardProps {
  /** The highlighted mention the card belongs to. */
  anchor: Element;
  /**
   * Move focus into the card once it is placed: pass true when the reader opened it from the keyboard, so
   * its buttons are reachable (the overlay sits at the end of the document, far from the mention in tab order).
   */
  focusOnOpen?: boolean;
}

export function PositionedCard({ anchor, focusOnOpen = false, elementRef, ...cardProps }: PositionedCardProps) {
  const [card, setCard] = useState<HTMLDivElement | null>(null);
  // Layout effect: placed before the browser paints, not a frame later.
  useLayoutEffect(() => {
    if (!card) return undefined;
    // Stepping to another mention re-places the card: focus already inside it (on "next") stays where it is.
    const focusCard = () => {
      const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
      if (!active || !card.contains(active)) card.focus({ preventScroll: true });
    };
    return placeCard(anchor, card, focusOnOpen ? focusCard : undefined);
  }, [anchor, card, focusOnOpen]);
  return (
    <Card
      {...cardProps}
      elementRef={(el) => {
        setCard(el);
        elementRef?.(el);
      }}
    />
  );
}
