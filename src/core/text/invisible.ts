/**
 * Characters that change nothing a reader sees but break word matching: soft hyphens (sites insert
 * them for hyphenation), zero-width spaces/joiners and byte-order marks.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Spaces that should separate words like an ordinary space. */
const ODD_SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g;

/** `text` without invisible characters, for display. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export interface CleanText {
  /** The text without invisible characters and with odd spaces made ordinary spaces. */
  clean: string;
  /** toOriginal[i] is the index in the original text of clean[i]; toOriginal[clean.length] = original length. */
  toOriginal: Uint32Array;
}

/** Removes invisible characters, remembering where every remaining character came from. */
export function cleanText(text: string): CleanText {
  const toOriginal = new Uint32Array(text.length + 1);
  let out = '';
  let n = 0;
  let runStart = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    for (let i = runStart; i < m.index; i++) toOriginal[n++] = i;
    out += text.slice(runStart, m.index);
    runStart = m.index + 1;
  }
  for (let i = runStart; i < text.length; i++) toOriginal[n++] = i;
  out += text.slice(runStart);
  toOriginal[n] = text.length;
  return { clean: out.replace(ODD_SPACES, ' '), toOriginal: toOriginal.subarray(0, n + 1) };
}
