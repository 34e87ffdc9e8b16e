// Everything inside the overlay's shadow root. No :host rule on purpose: an important :host declaration
// outranks the host's inline !important style (the inner context wins for important rules) and would undo
// position: fixed. The host's inline `all: initial` already cuts inheritance from the page (font, colour,
// line-height, letter-spacing on <html>); the mount repeats it for anything the host lets through.
import { CARD_CSS } from './card/card-css';

export const OVERLAY_CSS = `
.cc-mount { all: initial; }
${CARD_CSS}
`;
