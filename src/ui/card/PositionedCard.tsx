// The card placed next to its mention: what the content script renders into the overlay.
import { useLayoutEffect, useState } from 'preact/hooks';
import { Card, type CardProps } from './Card';
import { placeCard } from './position';

export interface PositionedCardProps extends CardProps {
  /** The highlighted mention the card belongs to. */
  anchor: Element;
}

export function PositionedCard({ anchor, elementRef, ...cardProps }: PositionedCardProps) {
  const [card, setCard] = useState<HTMLDivElement | null>(null);
  // Layout effect: placed before the browser paints, not a frame later.
  useLayoutEffect(() => (card ? placeCard(anchor, card) : undefined), [anchor, card]);
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
