import { LANGUAGES } from '../lang/index.ts';
import type { ArticleInput } from '../types.ts';

// A first line longer than this, or ending like a sentence, is the article's first paragraph, not a title.
const MAX_TITLE_CHARS = 200;
const HEADER = /^date\s+(\d{4}(?:-\d{2}){0,2})\s+(.+)$/i;
const ENDS_LIKE_SENTENCE = /[.!?;:]["”’']?$/u;
const NUMERIC_DATE = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const SOURCE_NAME = /^([\p{Lu}\p{N}][\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "07 februari 2018", "7 February 2018", "07-02-2018" → "2018-02-07"; null when the line is not a date. */
export function parseDateLine(line: string): string | null {
  const t = line.trim().toLowerCase();
  const numeric = NUMERIC_DATE.exec(t);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  const m = /^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u.exec(t) ?? /^(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (!m) return null;
  const [dayText, monthText] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  for (const lang of LANGUAGES) {
    const month = lang.months.indexOf(monthText);
    if (month >= 0) return `${m[3]}-${pad(month + 1)}-${pad(Number(dayText))}`;
  }
  return null;
}

/**
 * A credit line: "Bron: DPA 0 Japan en …" → source "DPA" and, when the article's first sentence was run
 * into the credit (scraped pages do that, with a comment count between), where that sentence starts.
 */
function creditOf(line: string): { source: string; rest: number } | null {
  const m = /^\s*(\p{L}+)\s*:\s*/u.exec(line);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  if (!LANGUAGES.some((l) => l.sourceLabels.includes(label))) return null;
  const name = SOURCE_NAME.exec(line.slice(m[0].length))?.[1]?.trim();
  if (!name) return null;
  const after = /^\s+(?:\d+\s+)?(?=\p{Lu})/u.exec(line.slice(m[0].length + name.length));
  return { source: name, rest: after ? m[0].length + name.length + after[0].length : -1 };
}

/**
 * Reads an article saved as plain text: blocks separated by blank lines (or single line breaks). The first
 * line is the title when it looks like one; a header "date 2018-02 Title" gives the date too; a line that
 * is only a date refines it, and a "Bron: X"/"Source: X" line names the source. The text keeps every
 * block after the title, joined by "\n\n", so the source line's own article text is not lost (it becomes a
 * block of its own).
 */
export function parsePlainTextArticle(raw: string): ArticleInput {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  let title: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  const first = lines[0];
  if (first !== undefined && lines.length > 1) {
    const header = HEADER.exec(first);
    if (header) {
      published = header[1]!;
      title = header[2]!.trim();
      lines.shift();
    } else if (first.length <= MAX_TITLE_CHARS && !ENDS_LIKE_SENTENCE.test(first)) {
      title = first;
      lines.shift();
    }
  }
  const blocks: string[] = [];
  for (const line of lines) {
    const date = parseDateLine(line);
    if (date && (!published || date.startsWith(published))) published = date;
    const credit = creditOf(line);
    source ??= credit?.source ?? null;
    // The credit and the sentence run into it become two blocks: a card quoting the sentence should not
    // start with "Bron: DPA 0".
    if (credit && credit.rest > 0) blocks.push(line.slice(0, credit.rest).trim(), line.slice(credit.rest));
    else blocks.push(line);
  }
  return { text: blocks.join('\n\n'), title, published, source };
}
