// Just enough CSS colour handling to read what getComputedStyle returns for a background and to reason
// about contrast (WCAG 2 relative luminance).

export interface Rgba {
  /** 0-255 */
  r: number;
  g: number;
  b: number;
  /** 0-1 */
  a: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function channel(token: string, scale: number): number | null {
  const n = parseFloat(token);
  if (!Number.isFinite(n)) return null;
  return token.trim().endsWith('%') ? (n / 100) * scale : n;
}

/**
 * Parses the forms browsers return from getComputedStyle: `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`,
 * `rgb(1 2 3 / 50%)`, `color(srgb 0.1 0.2 0.3 / 0.5)`, `transparent`, and `#rgb`/`#rrggbb` for constants.
 * Anything else (other colour spaces, keywords) is null: the caller falls back.
 */
export function parseCssColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    const n = parseInt(full, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  const fn = /^(rgba?|color)\((.*)\)$/.exec(v);
  if (!fn) return null;
  const [, name, body = ''] = fn;
  let parts = body.replace(/\s*\/\s*/, ' / ').split(/[\s,]+/).filter((p) => p !== '');
  let scale = 255;
  if (name === 'color') {
    if (parts[0] !== 'srgb') return null;
    parts = parts.slice(1);
    scale = 1;
  }
  const slash = parts.indexOf('/');
  const alphaToken = slash >= 0 ? parts[slash + 1] : parts[3];
  const rgb = (slash >= 0 ? parts.slice(0, slash) : parts.slice(0, 3)).map((p) => channel(p, scale));
  if (rgb.length !== 3 || rgb.some((c) => c === null)) return null;
  const alpha = alphaToken === undefined ? 1 : channel(alphaToken, 1);
  if (alpha === null) return null;
  const [r, g, b] = (rgb as number[]).map((c) => clamp((c / scale) * 255, 0, 255));
  return { r: r!, g: g!, b: b!, a: clamp(alpha, 0, 1) };
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(x: Rgba, y: Rgba): number {
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}
