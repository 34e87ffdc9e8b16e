import { LABEL_COUNT, START_STATE, isLegalTransition } from './labels';

/** Transition scores, (LABEL_COUNT + 1) rows (the last is the start state) x LABEL_COUNT columns. */
export const TRANSITION_SIZE = (LABEL_COUNT + 1) * LABEL_COUNT;

const LEGAL: Uint8Array = (() => {
  const legal = new Uint8Array(TRANSITION_SIZE);
  for (let from = 0; from <= START_STATE; from++) {
    for (let to = 0; to < LABEL_COUNT; to++) legal[from * LABEL_COUNT + to] = isLegalTransition(from, to) ? 1 : 0;
  }
  return legal;
})();

// Reused between calls (decoding is synchronous): allocating per sentence showed up as GC time.
let scratchScore = new Float64Array(256 * LABEL_COUNT);
let scratchBack = new Uint8Array(256 * LABEL_COUNT);

/**
 * The best label sequence under emission scores (n x LABEL_COUNT, row-major) plus transition
 * scores, among sequences that obey IOB2 (no I-X except after B-X or I-X).
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  const L = LABEL_COUNT;
  if (scratchScore.length < n * L) {
    scratchScore = new Float64Array(n * L * 2);
    scratchBack = new Uint8Array(n * L * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  for (let y = 0; y < L; y++) {
    const t = START_STATE * L + y;
    score[y] = LEGAL[t] ? (emissions[y] as number) + (transitions[t] as number) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const t = p * L + y;
        if (!LEGAL[t]) continue;
        const s = (score[(i - 1) * L + p] as number) + (transitions[t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + (emissions[i * L + y] as number);
      back[i * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if ((score[(n - 1) * L + y] as number) > (score[(n - 1) * L + last] as number)) last = y;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last] as number;
  }
}
