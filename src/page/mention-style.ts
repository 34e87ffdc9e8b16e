// How a highlighted mention looks, made to survive hostile page CSS without moving anything: every
// declaration is inline and !important (inline important beats any page rule). The properties through which
// page rules aimed at unknown elements (`* { margin: 1em }`, `cc-mention { display: none }`) could move or
// hide text are pinned to what a plain inline run of text has, and only properties that paint without
// taking space are set (text decoration, background, outline). No style sheet is added.
//
// Not `all: revert`: it works, but the browser expands it into every longhand (about 300) on every wrapper,
// which any page script reading outerHTML then pays for, 9 KB per mention.

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

/** What a plain inline run of text has, for every property a page rule could use to move or hide a wrapper. */
const NEUTRAL: readonly (readonly [string, string])[] = [
  ['display', 'inline'], ['position', 'static'], ['float', 'none'], ['inset', 'auto'], ['z-index', 'auto'],
  ['margin', '0'], ['padding', '0'], ['border', '0 none'], ['width', 'auto'], ['height', 'auto'],
  ['min-width', '0'], ['min-height', '0'], ['max-width', 'none'], ['max-height', 'none'],
  ['box-sizing', 'content-box'], ['vertical-align', 'baseline'], ['transform', 'none'], ['translate', 'none'],
  ['rotate', 'none'], ['scale', 'none'], ['filter', 'none'], ['clip-path', 'none'], ['mask', 'none'],
  ['opacity', '1'], ['visibility', 'inherit'], ['box-shadow', 'none'], ['background-image', 'none'],
  ['content-visibility', 'visible'], ['contain', 'none'], ['animation', 'none'], ['transition', 'none'],
  ['font', 'inherit'], ['font-feature-settings', 'inherit'], ['font-variation-settings', 'inherit'],
  ['line-height', 'inherit'], ['letter-spacing', 'inherit'], ['word-spacing', 'inherit'],
  ['text-transform', 'inherit'], ['text-shadow', 'inherit'], ['white-space', 'inherit'], ['color', 'inherit'],
  ['-webkit-text-fill-color', 'inherit'], ['unicode-bidi', 'normal'], ['direction', 'inherit'],
  ['cursor', 'inherit'], ['pointer-events', 'inherit'], ['user-select', 'inherit'],
];

/** What differs between the types; every other declaration reads these through var(). */
function typeDeclarations(type: EntityType): (readonly [string, string])[] {
  return [['--cc-mention-color', MENTION_COLORS[type]], ['--cc-mention-tint', MENTION_TINTS[type]]];
}

/** The layout-neutral, CSS-proof look for a mention of `type`, as declarations (all set !important). */
function mentionDeclarations(type: EntityType): (readonly [string, string])[] {
  return [
    ...NEUTRAL,
    ...typeDeclarations(type),
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', 'var(--cc-mention-line, dotted)'],
    ['text-decoration-color', 'var(--cc-mention-color)'],
    ['text-decoration-thickness', '1.5px'],
    ['text-underline-offset', '0.2em'],
    ['text-decoration-skip-ink', 'auto'],
    ['background-color', 'var(--cc-mention-bg, transparent)'],
    ['border-radius', '2px'],
    ['outline', 'var(--cc-mention-outline, none)'],
    ['outline-offset', '1px'],
  ];
}

/**
 * Gives a wrapper the look of a mention of `type`, in one write: through the CSSOM, which a page's CSP does
 * not restrict (it can refuse a style attribute set as markup), and parsed at once, where one setProperty per
 * declaration cost ~60 DOM calls, each crossing an Xray wrapper in Firefox.
 */
export function styleMention(style: CSSStyleDeclaration, type: EntityType): void {
  style.cssText = mentionDeclarations(type).map(([name, value]) => `${name}: ${value} !important`).join('; ');
}

/**
 * Turns a copy of a wrapper styled for another type into one for `type`: two declarations rather than the
 * ~60 that styleMention has the browser parse (about half a millisecond each time in a Firefox content script).
 */
export function restyleMention(style: CSSStyleDeclaration, type: EntityType): void {
  for (const [name, value] of typeDeclarations(type)) style.setProperty(name, value, 'important');
}
