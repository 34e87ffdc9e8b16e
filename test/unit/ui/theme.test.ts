import { describe, expect, it } from 'vitest';
import { contrastRatio, parseCssColor } from '../../../src/ui/css-color';
import { pickTheme, THEME_SURFACES, TYPE_COLORS } from '../../../src/ui/theme';

describe('parseCssColor', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseCssColor('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseCssColor('color(srgb 1 0 0.5)')).toEqual({ r: 255, g: 0, b: 127.5, a: 1 });
    expect(parseCssColor('transparent')!.a).toBe(0);
    expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#1f2328')).toEqual({ r: 31, g: 35, b: 40, a: 1 });
  });

  it('returns null for what it cannot read', () => {
    for (const v of ['', 'red', 'oklch(0.5 0.1 200)', 'rgb(1, 2)', 'rgb(a, b, c)', 'color(display-p3 1 0 0)']) {
      expect(parseCssColor(v)).toBeNull();
    }
  });
});

describe('pickTheme', () => {
  it('follows the page background, not the system, when the page paints one', () => {
    expect(pickTheme('rgb(255, 255, 255)', true)).toBe('light');
    expect(pickTheme('rgb(250, 247, 240)', true)).toBe('light');
    expect(pickTheme('rgb(0, 0, 0)', false)).toBe('dark');
    expect(pickTheme('rgb(30, 33, 40)', false)).toBe('dark');
    expect(pickTheme('rgb(60, 60, 60)', false)).toBe('dark');
    expect(pickTheme('rgb(200, 200, 200)', true)).toBe('light');
  });

  it('falls back to the system preference when the background is transparent or unreadable', () => {
    expect(pickTheme('rgba(0, 0, 0, 0)', true)).toBe('dark');
    expect(pickTheme('rgba(0, 0, 0, 0)', false)).toBe('light');
    expect(pickTheme('transparent', true)).toBe('dark');
    expect(pickTheme('oklch(0.2 0 0)', false)).toBe('light');
  });

  it('judges a translucent background over the preferred surface', () => {
    // A faint grey wash is still a light page on a light system...
    expect(pickTheme('rgba(0, 0, 0, 0.05)', false)).toBe('light');
    // ...and an almost opaque black is dark whatever the system says.
    expect(pickTheme('rgba(0, 0, 0, 0.95)', false)).toBe('dark');
  });
});

describe('TYPE_COLORS', () => {
  it('keeps every accent readable (WCAG AA, 4.5:1) on its theme’s card surface', () => {
    for (const [type, colors] of Object.entries(TYPE_COLORS)) {
      for (const theme of ['light', 'dark'] as const) {
        const ratio = contrastRatio(parseCssColor(colors[theme])!, parseCssColor(THEME_SURFACES[theme].background)!);
        expect(ratio, `${type} on ${theme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps muted text and primary buttons readable on both surfaces', () => {
    for (const theme of ['light', 'dark'] as const) {
      const s = THEME_SURFACES[theme];
      expect(contrastRatio(parseCssColor(s.muted)!, parseCssColor(s.background)!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(parseCssColor(s.text)!, parseCssColor(s.background)!)).toBeGreaterThanOrEqual(7);
      // Text on a primary button is the surface colour.
      expect(contrastRatio(parseCssColor(s.primary)!, parseCssColor(s.background)!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
