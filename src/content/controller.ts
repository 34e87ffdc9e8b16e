// Turns the extension on and off in one tab as settings change, without a reload, and answers the popup.
import { h } from 'preact';
import { listen } from '../platform/messaging';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { parsePopupToContent, type PageState, type ScanState } from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import { ShadowContainer } from '../ui/shadow-container';

export class ContentController {
  private settings: Settings | null = null;
  private container: ShadowContainer | null = null;
  private scanState: ScanState = 'off';

  constructor(private readonly doc: Document) {}

  start(): void {
    listen(parsePopupToContent, (message) => {
      if (message.kind === 'get-page-state') return Promise.resolve(this.pageState());
      if (message.kind === 'scan') {
        this.activate();
        return Promise.resolve(this.pageState());
      }
      return undefined;
    });
    onSettingsChanged((s) => this.apply(s));
    void loadSettings().then((s) => this.apply(s));
  }

  private host(): string {
    return this.doc.location?.hostname ?? '';
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    if (isActiveOn(settings, this.host())) this.activate();
    else this.deactivate();
  }

  private activate(): void {
    if (this.container) return;
    this.container = new ShadowContainer({ document: this.doc });
    this.container.host.setAttribute('data-state', 'ready');
    this.container.render(h('div', { hidden: true }));
    this.scanState = 'article';
  }

  private deactivate(): void {
    this.container?.destroy();
    this.container = null;
    this.scanState = 'off';
  }

  private pageState(): PageState {
    return { host: this.host(), scanState: this.scanState, entities: [] };
  }
}
