// The content script's life in one tab: when settings say so, find the article, have the background analyse
// it, highlight the mentions and attach the cards; when they say otherwise, undo all of it. Answers the popup.
// Every step that touches the page runs in short slices (runSliced), so the page never waits on us.
import { listen, sendToBackground } from '../platform/messaging';
import { followSettings } from '../platform/settings-feed';
import { t, uiLanguage } from '../platform/i18n';
import {
  parseBackgroundToContent, parsePopupToContent, type PageEntitySummary, type PageState, type ScanState,
} from '../core/messages';
import { isActiveOn, type Settings } from '../core/settings';
import type { Analysis } from '../core/types';
import { looksLikeArticle } from '../page/article-detect';
import { readArticle } from '../page/article-text';
import { PageHead, readPageMetadata } from '../page/metadata';
import { runSliced } from '../page/slicer';
import { MentionHighlighter, type MentionToHighlight } from '../page/mention-highlighter';
import { ArticleWatcher, type ArticleChange } from '../page/article-watcher';
import { ShadowContainer } from '../ui/shadow-container';
import type { Translate } from '../ui/messages';
import { CardOverlay } from './card-overlay';
import { markDone, measured, sliceRecorder } from './task-meter';

interface Session {
  abort: AbortController;
  forced: boolean;
  container: ShadowContainer | null;
  highlighter: MentionHighlighter;
  overlay: CardOverlay | null;
  watcher: ArticleWatcher | null;
  analysis: Analysis | null;
  /** The element the article was read from; the watcher looks only there. */
  root: Element | null;
}

export class ContentController {
  private settings: Settings | null = null;
  private session: Session | null = null;
  private scanState: ScanState = 'off';
  /** The popup's "Scan this page": run here even though the page did not look like an article. */
  private forced = false;

  constructor(private readonly doc: Document) {}

  start(): void {
    listen(parsePopupToContent, (message) => {
      switch (message.kind) {
        case 'get-page-state':
          return Promise.resolve(this.pageState());
        case 'scan':
          this.forced = true;
          this.restart();
          return Promise.resolve(this.pageState());
        case 'show-entity':
          return Promise.resolve(this.session?.overlay?.openEntity(message.id) ?? false);
      }
    });
    listen(parseBackgroundToContent, (message) => {
      if (message.kind !== 'command') return undefined;
      this.session?.overlay?.focusNextMention();
      return Promise.resolve();
    });
    followSettings((s) => this.apply(s), this.doc.defaultView);
  }

  private host(): string {
    return this.doc.location?.hostname ?? '';
  }

  private apply(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    const active = isActiveOn(next, this.host());
    if (!active) {
      this.stop();
      this.scanState = 'off';
      return;
    }
    if (!this.session) {
      void this.run();
      return;
    }
    if (previous && JSON.stringify(previous.types) !== JSON.stringify(next.types)) this.restart();
    else this.session.overlay?.setOpenDelay(next.hoverDelayMs);
  }

  private restart(): void {
    this.stop();
    if (this.settings && isActiveOn(this.settings, this.host())) void this.run();
  }

  private async run(): Promise<void> {
    const session: Session = {
      abort: new AbortController(), forced: this.forced, container: null,
      highlighter: new MentionHighlighter(this.doc), overlay: null, watcher: null, analysis: null, root: null,
    };
    this.session = session;
    const { signal } = session.abort;
    // Read once for the article check and the metadata, which follows in the same task.
    const head = new PageHead(this.doc);
    try {
      if (!session.forced) {
        const detection = measured('detect', () => looksLikeArticle(this.doc, head));
        if (!detection.article) {
          this.scanState = 'not-article';
          return;
        }
      }
      this.scanState = 'scanning';
      await this.analyseAndHighlight(session, head);
      if (signal.aborted) return;
      session.watcher = new ArticleWatcher(this.doc, { root: session.root });
      session.watcher.start((kind) => this.onArticleChanged(session, kind));
    } catch (err) {
      if (signal.aborted) return;
      this.scanState = 'unsupported';
      console.debug('[context-cards] analysis stopped:', err);
    }
  }

  private async analyseAndHighlight(session: Session, head = new PageHead(this.doc)): Promise<void> {
    const { signal } = session.abort;
    const meta = measured('metadata', () => readPageMetadata(this.doc, head));
    const article = await runSliced(readArticle(this.doc), { signal, onSlice: sliceRecorder('read') });
    if (signal.aborted || article.text.trim() === '') {
      if (!signal.aborted) this.scanState = 'not-article';
      return;
    }
    session.root = article.root;
    session.watcher?.setRoot(article.root);
    // Sending copies the text into the message here, on the page's main thread; the analysis runs elsewhere.
    const reply = await measured('send', () => sendToBackground({
      kind: 'analyze',
      article: { text: article.text, language: meta.language, title: meta.title, published: meta.published, source: meta.source, byline: meta.byline },
    }));
    if (signal.aborted) return;
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply from the background');
    const analysis = reply.analysis;
    session.analysis = analysis;
    const container = measured('container', () => {
      session.container ??= new ShadowContainer({ document: this.doc });
      session.container.host.setAttribute('data-state', 'scanning');
      return session.container;
    });
    const mentions = measured('mentions', () => this.mentionsToHighlight(analysis));
    await runSliced(session.highlighter.highlight(article.map, mentions), { signal, onSlice: sliceRecorder('highlight') });
    if (signal.aborted) return;
    measured('overlay', () => {
      session.overlay?.dispose();
      session.overlay = new CardOverlay({
        doc: this.doc,
        container,
        analysis,
        openDelayMs: this.settings?.hoverDelayMs ?? 500,
        t: t as Translate,
        locale: uiLanguage,
      });
      container.host.setAttribute('data-state', 'ready');
    });
    markDone();
    this.scanState = 'article';
    void sendToBackground({ kind: 'page-entities', count: this.entitySummaries().length }).catch(() => undefined);
  }

  private mentionsToHighlight(analysis: Analysis): MentionToHighlight[] {
    const types = this.settings?.types;
    const mentions: MentionToHighlight[] = [];
    for (const entity of analysis.entities) {
      if (types && !types[entity.type]) continue;
      entity.mentions.forEach((m, index) => mentions.push({ start: m.start, end: m.end, entityId: entity.id, type: entity.type, index }));
    }
    return mentions;
  }

  private onArticleChanged(session: Session, kind: ArticleChange): void {
    if (this.session !== session) return;
    if (kind === 'navigated') {
      // A new page in a single-page app: start over, including the "is this an article" check.
      this.forced = false;
      this.restart();
      return;
    }
    // New text in the same article: analyse the whole article again, since new text can change which
    // entities there are and their ids. The old highlights go first so the text is read as the page has it.
    session.overlay?.dispose();
    session.overlay = null;
    void runSliced(session.highlighter.undoSteps(), { signal: session.abort.signal, onSlice: sliceRecorder('undo') })
      .then(() => this.analyseAndHighlight(session))
      .catch(() => undefined);
  }

  private stop(): void {
    const s = this.session;
    if (!s) return;
    this.session = null;
    s.abort.abort();
    s.watcher?.stop();
    s.overlay?.dispose();
    s.highlighter.undo();
    s.container?.destroy();
    void sendToBackground({ kind: 'page-entities', count: 0 }).catch(() => undefined);
  }

  private entitySummaries(): PageEntitySummary[] {
    const analysis = this.session?.analysis;
    if (!analysis) return [];
    const types = this.settings?.types;
    return analysis.entities
      .filter((e) => !types || types[e.type])
      .map((e) => ({ id: e.id, name: e.name, type: e.type, count: e.mentions.length }));
  }

  private pageState(): PageState {
    return { host: this.host(), scanState: this.scanState, entities: this.entitySummaries() };
  }
}
