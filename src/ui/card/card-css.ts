// The card's stylesheet, placed inside the shadow root by ShadowContainer. Colours come from theme.ts so the
// card and the page highlights cannot drift apart.
import { SHARED_CSS } from '../shared-css';
import { themeVariables, TYPE_ACCENT_RULES } from '../theme-css';
import { CARD_FADE_IN_MS } from '../timing';

export const CARD_CSS = `
.cc-card[data-theme="light"] { ${themeVariables('light')} --cc-shadow: 0 8px 24px rgba(31, 35, 40, 0.18), 0 1px 3px rgba(31, 35, 40, 0.12); color-scheme: light; }
.cc-card[data-theme="dark"] { ${themeVariables('dark')} --cc-shadow: 0 8px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4); color-scheme: dark; }
${TYPE_ACCENT_RULES}
${SHARED_CSS}

.cc-card {
  box-sizing: border-box;
  pointer-events: auto;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  max-height: 60vh;
  overflow: auto;
  overscroll-behavior: contain;
  background: var(--cc-bg);
  color: var(--cc-text);
  border: 1px solid var(--cc-border);
  border-top: 3px solid var(--cc-accent);
  border-radius: 8px;
  box-shadow: var(--cc-shadow);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  padding: 10px 12px 8px;
  animation: cc-fade-in ${CARD_FADE_IN_MS}ms ease-out;
}
.cc-card *, .cc-card *::before, .cc-card *::after { box-sizing: border-box; }
.cc-card:focus { outline: none; }
.cc-card:focus-visible { outline: 2px solid var(--cc-accent); outline-offset: 2px; }
@keyframes cc-fade-in { from { opacity: 0; } to { opacity: 1; } }
/* Prepared during the dwell: laid out, styled and placed, but not seen, not hit, not heard. The fade starts
   when the attribute goes. */
.cc-card[data-preparing] { visibility: hidden !important; pointer-events: none !important; animation: none; }
@media (prefers-reduced-motion: reduce) { .cc-card { animation: none; } }

.cc-card__header { display: flex; align-items: flex-start; gap: 8px; }
.cc-card__title { flex: 1; min-width: 0; }
.cc-card__name { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.3; overflow-wrap: anywhere; }
.cc-card__type { display: inline-flex; align-items: center; gap: 4px; margin: 2px 0 0; color: var(--cc-accent); font-size: 12px; font-weight: 600; }

.cc-button {
  font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 6px;
  cursor: pointer; padding: 2px 6px; line-height: 1.3;
}
.cc-button:hover { background: var(--cc-subtle); border-color: var(--cc-border); }
.cc-button:focus-visible { outline: 2px solid var(--cc-accent); outline-offset: 1px; }
.cc-button:disabled { opacity: 0.4; cursor: default; background: transparent; border-color: transparent; }
.cc-card__close { color: var(--cc-muted); font-size: 16px; line-height: 1; padding: 2px 6px; }

.cc-card__roles { margin: 6px 0 0; padding: 0; list-style: none; }
.cc-card__roles li { display: inline; }
.cc-card__roles li + li::before { content: " · "; color: var(--cc-muted); }

.cc-section { margin-top: 10px; }
.cc-section__heading { margin: 0 0 4px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--cc-muted); }
.cc-card__aliases { margin: 0; overflow-wrap: anywhere; }

.cc-mentions { display: flex; align-items: center; gap: 4px; margin-top: 8px; color: var(--cc-muted); }
.cc-mentions__count { flex: 1; }
.cc-mentions__position { min-width: 3.5em; text-align: center; font-variant-numeric: tabular-nums; color: var(--cc-text); }

.cc-quotes, .cc-facts, .cc-chips { margin: 0; padding: 0; list-style: none; }
.cc-quote { margin: 0 0 6px; padding-inline-start: 8px; border-inline-start: 2px solid var(--cc-accent); }
.cc-quote blockquote { margin: 0; font-style: italic; overflow-wrap: anywhere; }
.cc-quote__reported { margin: 0; overflow-wrap: anywhere; }
.cc-quote figcaption { color: var(--cc-muted); font-size: 12px; }
.cc-fact { margin: 0 0 6px; overflow-wrap: anywhere; }
.cc-fact mark { background: color-mix(in srgb, var(--cc-accent) 18%, transparent); color: inherit; font-weight: 600; border-radius: 2px; padding: 0 1px; }

.cc-chips { display: flex; flex-wrap: wrap; gap: 4px; }
.cc-chip { display: inline-flex; align-items: center; gap: 4px; border-color: var(--cc-border); border-radius: 999px; padding: 1px 8px; max-width: 100%; }
.cc-chip::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: var(--cc-accent); flex: none; }
.cc-chip__name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cc-chip__count { color: var(--cc-muted); font-size: 11px; font-variant-numeric: tabular-nums; }

.cc-card__footer { margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--cc-border); color: var(--cc-muted); font-size: 11px; display: flex; flex-wrap: wrap; gap: 0 6px; }
.cc-card__footer > * + *::before { content: "·"; margin-inline-end: 6px; }
`;
