/** A stretch of text between quotation marks. `open`/`close` are the marks' own offsets. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '\u201C': '\u201D', '\u201E': '\u201C\u201D', '\u00AB': '\u00BB', '\u2018': '\u2019', '\u201A': '\u2018\u2019' };
const LETTER = /[\p{L}\p{N}]/u;
/** Every character the scan below cares about: quotation marks and line breaks. */
const MARKS = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\n\r]/g;

/**
 * Outermost quotations in `text`, line by line (a quote does not run past its paragraph). Straight double
 * quotes pair up in turn; curly and guillemet quotes pair by shape; single curly quotes only count when no
 * letter touches them on the outside, so the apostrophe in "Sudan’s" is not a quote. Straight single
 * quotes are left alone: they are apostrophes more often than quotes. Quotes nested inside are part of
 * the outer one.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let closers = '';
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n' || c === '\r') { open = -1; continue; }
    if (open >= 0) {
      if (c === closers || closers.includes(c)) {
        const single = c === '\u2019' || c === '\u2018';
        if (single && LETTER.test(text[i + 1] ?? '')) continue;
        out.push({ open, close: i });
        open = -1;
      }
      continue;
    }
    if (c === '"') { open = i; closers = '"'; continue; }
    const pair = PAIRS[c];
    if (pair === undefined) continue;
    if ((c === '\u2018' || c === '\u201A') && LETTER.test(text[i - 1] ?? '')) continue;
    open = i;
    closers = pair;
  }
  return out;
}
