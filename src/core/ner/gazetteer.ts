import { IntMap } from './int-map';
import { labelType, isInside } from './labels';

/**
 * Word-level name lists: for each word form, which (source group, type, B/I position) it was seen
 * in as part of a name. Group 0 is the training corpora, group 1 lists used only as gazetteers
 * (e.g. WikiANN entities), so the model learns how far to trust each.
 */
export const BITS_PER_GROUP = 8;

/** The bit for a word seen with BIO label `label` (non-O) in source group `group`. */
export function gazetteerBit(group: number, label: number): number {
  return group * BITS_PER_GROUP + (labelType(label) - 1) * 2 + (isInside(label) ? 1 : 0);
}

/** Word hash -> bit mask of gazetteerBit()s. */
export type Gazetteer = IntMap;
