/** A stretch of text between quotation marks. `open`/`close` are the marks' own offsets. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '\u201C': '\u201D', '\u201E': '\u201C\u201D', '\u00AB': '\u00BB', '\u2018': '\u2019', '\u201A': '\u2018\u2019' };
const LETTER = /[\p{L}\p{N}]/u;

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
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
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
