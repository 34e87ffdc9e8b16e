/**
 * Intl.Segmenter slows down quadratically on long strings in V8 (measured: 11,000 sentences in one
 * 480,000-character line took 17 s, a hundred times what the same text takes in short pieces). Long lines
 * are therefore segmented in windows of at most this many characters.
 */
export const MAX_SEGMENT_WINDOW = 2_000;

const SENTENCE_END = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F']);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A window of `line` from `from`, and whether its end is a place where a sentence may end. */
export interface SegmentWindow {
  from: number;
  to: number;
  sentenceEnd: boolean;
}

/**
 * Splits `line[from, to)` into windows no longer than MAX_SEGMENT_WINDOW, cut after the last sentence-ending
 * mark in the window when there is one, otherwise after the last space, otherwise anywhere that does not
 * split a surrogate pair.
 */
export function segmentWindows(line: string, from: number, to: number): SegmentWindow[] {
  const out: SegmentWindow[] = [];
  let start = from;
  while (to - start > MAX_SEGMENT_WINDOW) {
    const limit = start + MAX_SEGMENT_WINDOW;
    let cut = -1;
    let sentenceEnd = false;
    for (let i = limit - 1; i > start; i--) {
      const c = line[i]!;
      if (SENTENCE_END.has(c) && (c > '\u3000' || /\s/.test(line[i + 1] ?? ' '))) { cut = i + 1; sentenceEnd = true; break; }
      if (cut < 0 && /\s/.test(c)) cut = i + 1;
    }
    if (cut <= start) cut = isHighSurrogate(line.charCodeAt(limit - 1)) ? limit - 1 : limit;
    out.push({ from: start, to: cut, sentenceEnd });
    start = cut;
  }
  out.push({ from: start, to, sentenceEnd: true });
  return out;
}
