// The theme as CSS custom properties, for the card's and the popup's stylesheets.
import { ENTITY_TYPE_ORDER } from './entity-types';
import { THEME_SURFACES, TYPE_COLORS, type Theme } from './theme';

/** Declarations (no selector) setting --cc-bg, --cc-text, --cc-muted, --cc-border, --cc-subtle, --cc-primary, --cc-<type>. */
export function themeVariables(theme: Theme): string {
  const s = THEME_SURFACES[theme];
  return [
    `--cc-bg: ${s.background};`,
    `--cc-text: ${s.text};`,
    `--cc-muted: ${s.muted};`,
    `--cc-border: ${s.border};`,
    `--cc-subtle: ${s.subtle};`,
    `--cc-primary: ${s.primary};`,
    ...ENTITY_TYPE_ORDER.map((type) => `--cc-${type}: ${TYPE_COLORS[type][theme]};`),
  ].join(' ');
}

/** Rules giving any element with data-type="<type>" that type's colour as --cc-accent. */
export const TYPE_ACCENT_RULES = ENTITY_TYPE_ORDER
  .map((type) => `[data-type="${type}"] { --cc-accent: var(--cc-${type}); }`)
  .join('\n');
