// The popup's stylesheet. Follows the system theme (the popup has no page behind it); colours from theme.ts.
import { SHARED_CSS } from '../shared-css';
import { themeVariables, TYPE_ACCENT_RULES } from '../theme-css';

export const POPUP_CSS = `
:root { ${themeVariables('light')} color-scheme: light; }
@media (prefers-color-scheme: dark) {
  :root { ${themeVariables('dark')} color-scheme: dark; }
}
${TYPE_ACCENT_RULES}
${SHARED_CSS}

html, body { margin: 0; padding: 0; background: var(--cc-bg); }
*, *::before, *::after { box-sizing: border-box; }
.cc-popup {
  width: 320px; max-height: 580px; overflow-y: auto; padding: 12px;
  color: var(--cc-text); background: var(--cc-bg);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
:focus-visible { outline: 2px solid var(--cc-primary); outline-offset: 2px; }

.cc-popup__switches { display: grid; gap: 8px; padding-bottom: 10px; border-bottom: 1px solid var(--cc-border); }
.cc-switch { display: flex; align-items: center; gap: 8px; }
.cc-switch__label { flex: 1; min-width: 0; overflow-wrap: anywhere; cursor: pointer; }
.cc-switch:first-child .cc-switch__label { font-weight: 600; font-size: 14px; }
.cc-switch--disabled { opacity: 0.55; }
.cc-switch--disabled .cc-switch__label { cursor: default; }
.cc-switch__input {
  appearance: none; margin: 0; flex: none; width: 34px; height: 20px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--cc-border); background-color: var(--cc-subtle);
  background-image: radial-gradient(circle, var(--cc-muted) 0 6px, transparent 7px);
  background-size: 18px 18px; background-repeat: no-repeat; background-position: 1px center;
  transition: background-position 120ms ease-out, background-color 120ms ease-out;
}
.cc-switch__input:checked {
  background-color: var(--cc-primary); border-color: var(--cc-primary);
  background-image: radial-gradient(circle, var(--cc-bg) 0 6px, transparent 7px);
  background-position: calc(100% - 1px) center;
}
.cc-switch__input:disabled { cursor: default; }
@media (prefers-reduced-motion: reduce) { .cc-switch__input { transition: none; } }

.cc-popup__section { padding: 10px 0; border-bottom: 1px solid var(--cc-border); }
.cc-popup__heading { margin: 0 0 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--cc-muted); }
.cc-popup__subheading { display: block; margin: 0 0 4px; padding: 0; font-weight: 600; }

.cc-status { margin: 0; color: var(--cc-muted); }
.cc-status p { margin: 0 0 8px; }
.cc-button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid var(--cc-border); background: var(--cc-subtle); color: var(--cc-text); }
.cc-button--primary { background: var(--cc-primary); border-color: var(--cc-primary); color: var(--cc-bg); font-weight: 600; }

.cc-entities { display: grid; gap: 8px; max-height: 260px; overflow-y: auto; }
.cc-entities__heading { display: flex; align-items: center; gap: 4px; margin: 0 0 2px; font-size: 12px; font-weight: 600; color: var(--cc-accent); }
.cc-entities__list { margin: 0; padding: 0; list-style: none; }
.cc-entity {
  display: flex; align-items: baseline; gap: 8px; width: 100%; padding: 3px 6px; border: 0; border-radius: 4px;
  background: transparent; color: var(--cc-text); font: inherit; text-align: start; cursor: pointer;
}
.cc-entity:hover { background: var(--cc-subtle); }
.cc-entity__name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cc-entity__count { color: var(--cc-muted); font-size: 12px; font-variant-numeric: tabular-nums; }

.cc-types { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; margin: 0 0 10px; padding: 0; border: 0; }
.cc-types legend { grid-column: 1 / -1; }
.cc-types__option { display: flex; align-items: center; gap: 5px; cursor: pointer; }
.cc-types__option .cc-icon { color: var(--cc-accent); }
.cc-types__option input { margin: 0; accent-color: var(--cc-accent); }

.cc-delay__row { display: flex; align-items: center; gap: 8px; }
.cc-delay__row input { flex: 1; margin: 0; accent-color: var(--cc-primary); }
.cc-delay__value { min-width: 4.5em; text-align: end; font-variant-numeric: tabular-nums; color: var(--cc-muted); }

.cc-popup__note { margin: 10px 0 0; font-size: 11px; color: var(--cc-muted); }
`;
