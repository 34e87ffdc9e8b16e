// Splits a fact into plain and emphasised runs, so the card can <mark> where the entity is named.
import type { TextSpan } from '../../core/types';

export interface Segment {
  text: string;
  marked: boolean;
}

interface Located {
  text: string;
  start: number;
  end: number;
}

/**
 * Marks the mentions that fall inside the fact, using their article offsets. When the fact's offsets do
 * not match its text (the analyser trimmed or rewrote it), falls back to finding the entity's names in the
 * text, longest first, so "Mike Pence" is marked whole rather than "Pence" inside it.
 */
export function factSegments(fact: Located, mentions: readonly TextSpan[], names: readonly string[]): Segment[] {
  const offsetsFit = fact.end - fact.start === fact.text.length;
  const spans = offsetsFit
    ? mentions
      .filter((m) => m.start >= fact.start && m.end <= fact.end && m.end > m.start)
      .map((m) => ({ start: m.start - fact.start, end: m.end - fact.start }))
    : findNames(fact.text, names);
  return split(fact.text, spans);
}

function findNames(text: string, names: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  const sorted = [...new Set(names)].filter((n) => n.trim() !== '').sort((x, y) => y.length - x.length);
  for (const name of sorted) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      spans.push({ start: at, end: at + name.length });
    }
  }
  return spans;
}

function split(text: string, spans: TextSpan[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (span.start < cursor) continue; // overlaps one already marked
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
