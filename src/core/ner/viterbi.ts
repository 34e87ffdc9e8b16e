import { LABEL_COUNT, START_STATE, isLegalTransition } from './labels';

/** Transition scores, (LABEL_COUNT + 1) rows (the last is the start state) x LABEL_COUNT columns. */
export const TRANSITION_SIZE = (LABEL_COUNT + 1) * LABEL_COUNT;

// The decoding loop below is written out for nine labels (O and B-/I- of four types).
if (LABEL_COUNT !== 9) throw new Error('viterbi: the decoder is unrolled for 9 labels');
const L = 9;

const LEGAL: Uint8Array = (() => {
  const legal = new Uint8Array(TRANSITION_SIZE);
  for (let from = 0; from <= START_STATE; from++) {
    for (let to = 0; to < L; to++) legal[from * L + to] = isLegalTransition(from, to) ? 1 : 0;
  }
  return legal;
})();
const legalScores = new Float64Array(TRANSITION_SIZE);

/**
 * Transitions as 64-bit floats with -Infinity where IOB2 forbids the step. Rebuilt on every call (90
 * values): training decodes while it changes the transitions in place, so a cached copy would go stale.
 */
function legalTransitions(transitions: Float32Array): Float64Array {
  for (let k = 0; k < TRANSITION_SIZE; k++) legalScores[k] = LEGAL[k] === 1 ? (transitions[k] as number) : -Infinity;
  return legalScores;
}

/**
 * A fresh copy of the legal transition scores, for a caller whose transitions no longer change (the tagger:
 * rebuilding them on every sentence was a few percent of its decoding).
 */
export function legalTransitionScores(transitions: Float32Array): Float64Array {
  return legalTransitions(transitions).slice();
}

// Reused between calls (decoding is synchronous): allocating per sentence showed up as GC time.
let scratchScore = new Float64Array(256 * L);
let scratchBack = new Uint8Array(256 * L);

/**
 * The best label sequence under emission scores (n x LABEL_COUNT, row-major) plus transition
 * scores, among sequences that obey IOB2 (no I-X except after B-X or I-X). Ties go to the lower label.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  viterbiLegal(emissions, n, legalTransitions(transitions), out);
}

/** viterbi with the transitions already made legal (see legalTransitionScores). */
export function viterbiLegal(emissions: Float64Array, n: number, t: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  if (scratchScore.length < n * L) {
    scratchScore = new Float64Array(n * L * 2);
    scratchBack = new Uint8Array(n * L * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  for (let y = 0; y < L; y++) score[y] = (emissions[y] as number) + (t[START_STATE * L + y] as number);
  for (let i = 1; i < n; i++) {
    // The previous position's scores in locals and a branch-free maximum: the compare-and-branch loop
    // mispredicted on about every other step and took twice as long (measured: 230 vs 120 ns a token).
    const prev = (i - 1) * L;
    const a0 = score[prev] as number, a1 = score[prev + 1] as number, a2 = score[prev + 2] as number;
    const a3 = score[prev + 3] as number, a4 = score[prev + 4] as number, a5 = score[prev + 5] as number;
    const a6 = score[prev + 6] as number, a7 = score[prev + 7] as number, a8 = score[prev + 8] as number;
    for (let y = 0; y < L; y++) {
      const s0 = a0 + (t[y] as number), s1 = a1 + (t[L + y] as number), s2 = a2 + (t[2 * L + y] as number);
      const s3 = a3 + (t[3 * L + y] as number), s4 = a4 + (t[4 * L + y] as number), s5 = a5 + (t[5 * L + y] as number);
      const s6 = a6 + (t[6 * L + y] as number), s7 = a7 + (t[7 * L + y] as number), s8 = a8 + (t[8 * L + y] as number);
      const best = Math.max(s0, s1, s2, s3, s4, s5, s6, s7, s8);
      score[i * L + y] = best + (emissions[i * L + y] as number);
      back[i * L + y] = best === s0 ? 0 : best === s1 ? 1 : best === s2 ? 2 : best === s3 ? 3 : best === s4 ? 4 : best === s5 ? 5 : best === s6 ? 6 : best === s7 ? 7 : 8;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if ((score[(n - 1) * L + y] as number) > (score[(n - 1) * L + last] as number)) last = y;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last] as number;
  }
}
