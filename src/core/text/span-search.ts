import type { TextSpan } from '../types.ts';

/** The index of the span in `spans` (sorted, not overlapping) that covers `offset`, or -1. Binary search. */
export function spanAt(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start <= offset ? lo : -1;
}
