// What colour the page really paints behind an element: the first non-transparent background among the
// element and its ancestors (most article text sits on a transparent block inside a coloured body).
import { parseCssColor } from './css-color';

export function effectiveBackground(element: Element): string {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'transparent';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = view.getComputedStyle(node).backgroundColor;
    const parsed = parseCssColor(color);
    if (parsed && parsed.a > 0) return color;
  }
  return 'transparent';
}
