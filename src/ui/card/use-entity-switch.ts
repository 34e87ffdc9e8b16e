// Opening a related entity replaces the card's content in place: start it at the top, and if the reader was
// in the card with the keyboard, keep focus in the card rather than losing it with the chip that was pressed.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Returns the chip handler to use instead of `onOpenEntity`. */
export function useEntitySwitch(
  root: RefObject<HTMLElement | null>,
  entityId: string,
  onOpenEntity: (id: string) => void,
): (id: string) => void {
  const refocusFor = useRef<string | null>(null);
  const shown = useRef(entityId);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || shown.current === entityId) return;
    shown.current = entityId;
    el.scrollTop = 0;
    if (refocusFor.current === entityId) el.focus({ preventScroll: true });
    refocusFor.current = null;
  }, [entityId]);
  return (id: string) => {
    const el = root.current;
    const active = el ? (el.getRootNode() as Document | ShadowRoot).activeElement : null;
    refocusFor.current = el && active && el.contains(active) ? id : null;
    onOpenEntity(id);
  };
}
