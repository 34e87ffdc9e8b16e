import { startsWithUppercase } from '../text/letters.ts';

// Sites append desk or agency codes to headlines ("… rond Noord-Korea TTR"): a short run of capitals.
const TRAILING_CODE = /\s+(\p{Lu}{2,5})$/u;
const HAS_LOWERCASE = /\p{Ll}/u;

/**
 * The headline without a trailing code that is no part of it: all capitals, in a headline that is not itself
 * written in capitals, and never used in the article (an acronym the article uses, "… with the EU", stays).
 */
export function articleTitle(title: string | null, text: string): string | null {
  if (title === null) return null;
  const code = TRAILING_CODE.exec(title);
  if (!code || !HAS_LOWERCASE.test(title) || usesWord(text, code[1]!)) return title;
  const rest = title.slice(0, code.index).trimEnd();
  return rest.length > 0 && startsWithUppercase(rest) ? rest : title;
}

/** Whether `word` stands in `text` as a word of its own (not inside a longer one). */
function usesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/**
 * Where the text's first line ends in " | byline" or " | publisher" (a page title put above the article, as
 * the Guardian writes it): that segment names the writer or site, not what the article is about. [start,
 * end) in the text, or null.
 */
export function creditInTitleLine(text: string, credits: readonly (string | null)[]): [number, number] | null {
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  const bar = text.lastIndexOf('|', lineEnd);
  if (bar < 0) return null;
  const segment = text.slice(bar + 1, lineEnd).trim().toLowerCase();
  return segment !== '' && credits.some((c) => c !== null && c.trim().toLowerCase() === segment) ? [bar + 1, lineEnd] : null;
}

/** The title without a trailing " | byline" or " | publisher" ("… whale strandings | Eleanor Ainge Roy"). */
export function titleWithoutCredit(title: string | null, credits: readonly (string | null)[]): string | null {
  if (title === null) return null;
  const cut = creditInTitleLine(title, credits);
  const rest = cut ? title.slice(0, cut[0] - 1).trimEnd() : title;
  return rest === '' ? title : rest;
}
