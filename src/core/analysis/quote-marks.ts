/** A stretch of text between quotation marks. `open`/`close` are the marks' own offsets. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '\u201C': '\u201D', '\u201E': '\u201C\u201D', '\u00AB': '\u00BB', '\u2018': '\u2019', '\u201A': '\u2018\u2019' };
const LETTER = /[\p{L}\p{N}]/u;
/** A token that is one quotation mark, straight or curly, single or double. */
export const QUOTE_TOKEN = /^["'“”„«»‘’]$/u;
/** Every character the scan below cares about: quotation marks and line breaks. */
const MARKS = /["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\n\r]/g;
const STRAIGHT_SINGLE = "'";
// Dutch writes "'s avonds", "'t" and "'s-Hertogenbosch" with a leading apostrophe: no quotation.
const ELIDED_WORD = /^'[st](?![\p{L}\p{N}])/u;
const ANY_LETTER = /\p{L}/u;
const SPACE = /\s/u;

/**
 * A straight single quote opens a quotation ('We gaan door', zegt hij) when it starts a word after a space,
 * a bracket or the line's start, and is not an elided word's apostrophe ('s avonds, the '90s).
 */
function opensStraightSingle(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  return !LETTER.test(before) && before !== STRAIGHT_SINGLE && ANY_LETTER.test(text[i + 1] ?? '') && !ELIDED_WORD.test(text.slice(i, i + 3));
}

/** It closes one when it ends a word: not inside a word ("don't", "auto's"). */
function closesStraightSingle(text: string, i: number): boolean {
  return !SPACE.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + 1] ?? '');
}

/**
 * Outermost quotations in `text`, line by line (a quote does not run past its paragraph). Straight double
 * quotes pair up in turn; curly and guillemet quotes pair by shape; single curly quotes only count when no
 * letter touches them on the outside, so the apostrophe in "Sudan’s" is not a quote. Straight single
 * quotes (Dutch news quotes with them) open at a word's start and close at a word's end; inside a word they
 * are apostrophes. Quotes nested inside are part of the outer one.
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
    // A straight single quote that was an apostrophe after all gives way to a real quotation mark.
    if (open >= 0 && closers === STRAIGHT_SINGLE && c !== STRAIGHT_SINGLE) open = -1;
    if (open >= 0) {
      if (closers === STRAIGHT_SINGLE) {
        if (closesStraightSingle(text, i)) { out.push({ open, close: i }); open = -1; }
        continue;
      }
      if (c === closers || closers.includes(c)) {
        const single = c === '\u2019' || c === '\u2018';
        if (single && LETTER.test(text[i + 1] ?? '')) continue;
        out.push({ open, close: i });
        open = -1;
      }
      continue;
    }
    if (c === '"') { open = i; closers = '"'; continue; }
    if (c === STRAIGHT_SINGLE) {
      if (opensStraightSingle(text, i)) { open = i; closers = STRAIGHT_SINGLE; }
      continue;
    }
    const pair = PAIRS[c];
    if (pair === undefined) continue;
    if ((c === '\u2018' || c === '\u201A') && LETTER.test(text[i - 1] ?? '')) continue;
    open = i;
    closers = pair;
  }
  return out;
}
