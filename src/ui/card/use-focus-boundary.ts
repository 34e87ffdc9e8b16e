// Tells when focus enters or leaves an element as a whole: focusin/focusout bubble (focus/blur do not), and a
// move between two elements inside it is no change.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useFocusBoundary(root: RefObject<HTMLElement | null>, onEnter?: () => void, onLeave?: () => void): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    // A focus event's relatedTarget is a node or null; no instanceof Node, which fails across realms.
    const inside = (node: EventTarget | null) => node !== null && el.contains(node as Node);
    const focusIn = (e: FocusEvent) => { if (!inside(e.relatedTarget)) onEnter?.(); };
    const focusOut = (e: FocusEvent) => { if (!inside(e.relatedTarget)) onLeave?.(); };
    el.addEventListener('focusin', focusIn);
    el.addEventListener('focusout', focusOut);
    return () => {
      el.removeEventListener('focusin', focusIn);
      el.removeEventListener('focusout', focusOut);
    };
  }, [root, onEnter, onLeave]);
}
