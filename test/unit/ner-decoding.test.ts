import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, LABEL_COUNT, START_STATE, isLegalTransition, labelIndex } from '../../src/core/ner/labels';
import { TRANSITION_SIZE, viterbi } from '../../src/core/ner/viterbi';

const L = LABEL_COUNT;

function pathScore(path: number[], emissions: Float64Array, transitions: Float32Array): number {
  let score = 0;
  let previous = START_STATE;
  path.forEach((y, i) => {
    score += (emissions[i * L + y] as number) + (transitions[previous * L + y] as number);
    previous = y;
  });
  return score;
}

function isLegal(path: number[]): boolean {
  let previous = START_STATE;
  return path.every((y) => {
    const ok = isLegalTransition(previous, y);
    previous = y;
    return ok;
  });
}

function bestLegalByEnumeration(n: number, emissions: Float64Array, transitions: Float32Array): number {
  let best = -Infinity;
  const path = new Array<number>(n).fill(0);
  const visit = (i: number): void => {
    if (i === n) {
      if (isLegal(path)) best = Math.max(best, pathScore(path, emissions, transitions));
      return;
    }
    for (let y = 0; y < L; y++) {
      path[i] = y;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

describe('Viterbi decoding', () => {
  it('never emits I-X after O or at the start, even when I-X scores best', () => {
    const emissions = new Float64Array(2 * L);
    emissions[labelIndex('I-PER')] = 10;
    emissions[L + labelIndex('I-LOC')] = 10;
    const out = new Uint8Array(2);
    viterbi(emissions, 2, new Float32Array(TRANSITION_SIZE), out);
    const tags = Array.from(out, (y) => LABELS[y]);
    expect(tags[0]).not.toMatch(/^I-/);
    expect(tags[1] === 'I-LOC' ? tags[0] : 'B-LOC').toBe('B-LOC');
  });

  it('finds the best legal path (checked against enumerating all paths)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 4 * L, maxLength: 4 * L }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: TRANSITION_SIZE, maxLength: TRANSITION_SIZE }),
        (n, e, t) => {
          const emissions = Float64Array.from(e.slice(0, n * L));
          const transitions = Float32Array.from(t);
          const out = new Uint8Array(n);
          viterbi(emissions, n, transitions, out);
          const path = Array.from(out);
          expect(isLegal(path)).toBe(true);
          expect(pathScore(path, emissions, transitions)).toBe(bestLegalByEnumeration(n, emissions, transitions));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('IOB2 rule: I-X only after B-X or I-X', () => {
    const b = labelIndex('B-ORG');
    const i = labelIndex('I-ORG');
    expect(isLegalTransition(b, i)).toBe(true);
    expect(isLegalTransition(i, i)).toBe(true);
    expect(isLegalTransition(0, i)).toBe(false);
    expect(isLegalTransition(labelIndex('B-PER'), i)).toBe(false);
    expect(isLegalTransition(START_STATE, i)).toBe(false);
    expect(isLegalTransition(0, b)).toBe(true);
  });
});
