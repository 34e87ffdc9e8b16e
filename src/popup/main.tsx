import { render } from 'preact';
import { PopupRoot } from './popup-root';

render(<PopupRoot />, document.getElementById('app')!);
