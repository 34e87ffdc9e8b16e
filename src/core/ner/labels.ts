import type { NerType } from '../types';

/** The entity types in label order. A type's B- label is 1 + 2k and its I- label 2 + 2k. */
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** BIO labels as the tagger emits them; index 0 is O. */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;
/** The row of the transition table that stands for "before the first token". */
export const START_STATE = LABEL_COUNT;

const labelIndexByName = new Map(LABELS.map((l, i) => [l, i]));

/** Index of a BIO label; unknown types (e.g. a corpus with extra types) count as O. */
export function labelIndex(label: string): number {
  return labelIndexByName.get(label) ?? 0;
}

/** 0 for O, else 1..4 for PER, LOC, ORG, MISC. */
export function labelType(label: number): number {
  return (label + 1) >> 1;
}

export function isInside(label: number): boolean {
  return label > 0 && (label & 1) === 0;
}

/** IOB2: I-X may follow only B-X or I-X; anything may follow anything else. */
export function isLegalTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from !== START_STATE && from !== 0 && labelType(from) === labelType(to);
}
