// Unicode property escapes (\p{L}, \p{Lu}, \p{Ll}) cost V8 many times a character-code comparison, and
// the analysis ran them on every token several times (a tenth of its time, measured). Most tokens are
// ASCII: those are checked by code; the rest go to the same Unicode classes.
const LETTER_START = /^\p{L}/u;
const UPPERCASE_START = /^\p{Lu}/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** Same as /^\p{L}/u.test(s). */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(s);
}

/** Same as /^\p{Lu}/u.test(s). */
export function startsWithUppercase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPERCASE_START.test(s);
}

/** Same as /^\p{Ll}+$/u.test(s): a word written all in lowercase letters. */
export function isLowercaseWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LOWERCASE_WORD.test(s);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/** Same as /^[\p{P}\p{S}]+$/u.test(s): a token of punctuation and symbols only. */
export function isPunctuation(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return PUNCTUATION.test(s);
    // Every printable ASCII character but a letter or a digit is punctuation or a symbol.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c <= 32 || c === 127) return false;
  }
  return s.length > 0;
}

/** Same as /\s/.test(String.fromCharCode(code)): JavaScript's \s. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
