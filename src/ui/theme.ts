// The card's two themes and the per-type accent colours, shared with the page highlighter so a highlight
// and its card carry the same colour. Every accent keeps WCAG AA contrast (4.5:1) on its theme's surface.
import type { EntityType } from '../core/types';
import { composite, contrastRatio, parseCssColor, type Rgba } from './css-color';

export type Theme = 'light' | 'dark';

export interface Surface {
  background: string;
  text: string;
  muted: string;
  border: string;
  subtle: string;
  /** Switches and primary buttons; `background` is the text colour on it. */
  primary: string;
}

export const THEME_SURFACES: Record<Theme, Surface> = {
  light: { background: '#ffffff', text: '#1f2328', muted: '#59636e', border: '#d1d9e0', subtle: '#f6f8fa', primary: '#0969da' },
  dark: { background: '#1f2328', text: '#f0f3f6', muted: '#9198a1', border: '#3d444d', subtle: '#2a3038', primary: '#4493f8' },
};

/**
 * The hue families of the page highlighter's underlines (src/page/mention-style.ts: person blue, place green,
 * organisation amber, other purple), darkened for text on a light card and lightened for a dark one.
 */
export const TYPE_COLORS: Record<EntityType, Record<Theme, string>> = {
  person: { light: '#1d4ed8', dark: '#93c5fd' },
  place: { light: '#047857', dark: '#6ee7b7' },
  organization: { light: '#b45309', dark: '#fcd34d' },
  other: { light: '#7e22ce', dark: '#d8b4fe' },
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
