// Everything inside the overlay's shadow root. The first rule cuts inheritance at the shadow boundary: page
// styles on <html> (font, colour, line-height, direction, letter-spacing) would otherwise leak into the card.
import { CARD_CSS } from './card/card-css';

export const OVERLAY_CSS = `
:host { all: initial !important; }
.cc-mount { all: initial; }
${CARD_CSS}
`;
