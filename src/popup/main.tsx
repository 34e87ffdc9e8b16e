import { render } from 'preact';
import { POPUP_CSS } from '../ui/popup/popup-css';
import { PopupRoot } from './popup-root';

// A constructed stylesheet, not a <style> element: the popup's CSP (style-src 'self') blocks inline <style>.
const sheet = new CSSStyleSheet();
sheet.replaceSync(POPUP_CSS);
document.adoptedStyleSheets = [sheet];

render(<PopupRoot />, document.getElementById('app')!);
