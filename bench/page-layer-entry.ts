// What bench/page-layer.ts injects into a page: the page layer's browser-side API, run there as the content
// script runs it, with the measurements taken inside the page.
import { looksLikeArticle } from '../src/page/article-detect.ts';
import { readPageMetadata } from '../src/page/metadata.ts';
import { readArticle } from '../src/page/article-text.ts';
import { MentionHighlighter } from '../src/page/mention-highlighter.ts';

export interface MeasureResult {
  nodes: number;
  detection: string;
  detectMs: number;
  metadataMs: number;
  chars: number;
  truncated: boolean;
  readMs: number;
  readMaxStepMs: number;
  wrapped: number;
  highlightMs: number;
  highlightMaxStepMs: number;
  undoMaxStepMs: number;
  layoutSame: boolean;
  undoExact: boolean;
}

/** Runs in the page: every figure from one pass of detect → metadata → read → highlight → undo. */
export function measureInPage(): MeasureResult {
  const gc = (globalThis as unknown as { gc?: () => void }).gc;
  const timed = <T,>(f: () => T): [T, number] => {
    const t = performance.now();
    const value = f();
    return [value, performance.now() - t];
  };
  function stepped<T>(gen: Generator<unknown, T>): { value: T; max: number; total: number } {
    gc?.(); // garbage from the previous phase is not this phase's cost
    let max = 0;
    const t0 = performance.now();
    for (;;) {
      const t = performance.now();
      const step = gen.next();
      max = Math.max(max, performance.now() - t);
      if (step.done) return { value: step.value, max, total: performance.now() - t0 };
    }
  }
  const serialize = (n: Node): string =>
    n.nodeType === 3 ? `[${(n as Text).data}]` : n.nodeType === 1
      ? `<${(n as Element).localName}${Array.from((n as Element).attributes).map((a) => ` ${a.name}="${a.value}"`).join('')}>${Array.from(n.childNodes).map(serialize).join('')}</>`
      : '';
  const [detection, detectMs] = timed(() => looksLikeArticle(document));
  const [, metadataMs] = timed(() => readPageMetadata(document));
  const read = stepped(readArticle(document));
  const text = read.value.text;
  const mentions: { start: number; end: number; entityId: string; type: 'person' | 'place' | 'organization' | 'other' }[] = [];
  const names = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g;
  for (let m = names.exec(text); m !== null && mentions.length < 3_000; m = names.exec(text)) {
    mentions.push({ start: m.index, end: m.index + m[0].length, entityId: `e${mentions.length % 50}`, type: (['person', 'place', 'organization', 'other'] as const)[mentions.length % 4]! });
  }
  const blocks = read.value.blocks.slice(0, 300).map((b) => b.element);
  const layout = () => blocks.map((el) => JSON.stringify(el.getBoundingClientRect())).join();
  const before = serialize(document.documentElement);
  const layoutBefore = layout();
  const highlighter = new MentionHighlighter(document);
  const highlight = stepped(highlighter.highlight(read.value.map, mentions));
  const layoutSame = layout() === layoutBefore;
  const undo = stepped(highlighter.undoSteps());
  return {
    nodes: document.getElementsByTagName('*').length, detection: detection.reason, detectMs, metadataMs,
    chars: text.length, truncated: read.value.truncated, readMs: read.total, readMaxStepMs: read.max,
    wrapped: highlight.value, highlightMs: highlight.total, highlightMaxStepMs: highlight.max, undoMaxStepMs: undo.max,
    layoutSame, undoExact: serialize(document.documentElement) === before,
  };
}

