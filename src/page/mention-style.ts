// How a highlighted mention looks, made to survive hostile page CSS without moving anything: every
// declaration is inline and !important (inline important beats any page rule), `all: revert` first drops
// whatever the page applies to unknown elements (`* { margin: 1em }`, `all: unset`), and only properties that
// paint without taking space are set (text decoration, background, outline). No style sheet is added.

import type { EntityType } from '../core/types.ts';

/** Underline colours per entity type; mid-tone so they read on both light and dark pages. */
export const MENTION_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#3b82f6',
  place: '#16a34a',
  organization: '#d97706',
  other: '#9333ea',
};

/** The same hues at low alpha, shown behind a mention on hover and focus. */
const MENTION_TINTS: Readonly<Record<EntityType, string>> = {
  person: 'rgba(59, 130, 246, 0.16)',
  place: 'rgba(22, 163, 74, 0.16)',
  organization: 'rgba(217, 119, 6, 0.16)',
  other: 'rgba(147, 51, 234, 0.16)',
};

/**
 * Hover and focus emphasis cannot be inline (no pseudo-classes there), so the inline style reads custom
 * properties that mention-emphasis.ts sets on the hovered or focused wrapper; `all` does not touch them.
 */

/** Applies the layout-neutral, CSS-proof look for a mention of `type` to a wrapper. */
export function styleMention(style: CSSStyleDeclaration, type: EntityType): void {
  const set = (name: string, value: string): void => style.setProperty(name, value, 'important');
  set('all', 'revert');
  set('display', 'inline');
  set('--cc-mention-color', MENTION_COLORS[type]);
  set('--cc-mention-tint', MENTION_TINTS[type]);
  set('text-decoration-line', 'underline');
  set('text-decoration-style', 'var(--cc-mention-line, dotted)');
  set('text-decoration-color', MENTION_COLORS[type]);
  set('text-decoration-thickness', '1.5px');
  set('text-underline-offset', '0.2em');
  set('text-decoration-skip-ink', 'auto');
  set('background-color', 'var(--cc-mention-bg, transparent)');
  set('border-radius', '2px');
  set('outline', 'var(--cc-mention-outline, none)');
  set('outline-offset', '1px');
}
