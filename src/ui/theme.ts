// The card's two themes and the per-type accent colours, shared with the page highlighter so a highlight
// and its card carry the same colour. Every accent keeps WCAG AA contrast (4.5:1) on its theme's surface.
import type { EntityType } from '../core/types';
import { composite, contrastRatio, parseCssColor, type Rgba } from './css-color';

export type Theme = 'light' | 'dark';

export const THEME_SURFACES: Record<Theme, { background: string; text: string; muted: string; border: string; subtle: string }> = {
  light: { background: '#ffffff', text: '#1f2328', muted: '#59636e', border: '#d1d9e0', subtle: '#f6f8fa' },
  dark: { background: '#1f2328', text: '#f0f3f6', muted: '#9198a1', border: '#3d444d', subtle: '#2a3038' },
};

export const TYPE_COLORS: Record<EntityType, Record<Theme, string>> = {
  person: { light: '#7c3aed', dark: '#c4b5fd' },
  place: { light: '#047857', dark: '#6ee7b7' },
  organization: { light: '#1d4ed8', dark: '#93c5fd' },
  other: { light: '#a14a00', dark: '#fcd34d' },
};

const SURFACE_RGBA: Record<Theme, Rgba> = {
  light: parseCssColor(THEME_SURFACES.light.background)!,
  dark: parseCssColor(THEME_SURFACES.dark.background)!,
};

/**
 * The theme that sits closest to the page: the card surface with the lower contrast against the page's
 * actual background, so a card on a dark page is dark even when the system is light. A transparent or
 * unreadable background says nothing, so the reader's system preference decides; a translucent one is
 * judged as painted over that preference's surface.
 */
export function pickTheme(pageBackground: string, prefersDark: boolean): Theme {
  const fallback: Theme = prefersDark ? 'dark' : 'light';
  const parsed = parseCssColor(pageBackground);
  if (!parsed || parsed.a === 0) return fallback;
  const page = parsed.a < 1 ? composite(parsed, SURFACE_RGBA[fallback]) : parsed;
  return contrastRatio(page, SURFACE_RGBA.dark) < contrastRatio(page, SURFACE_RGBA.light) ? 'dark' : 'light';
}
