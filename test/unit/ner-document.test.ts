import { describe, expect, it } from 'vitest';
import { computeDocumentSignals } from '../../src/core/ner/document-signals';
import { labelIndex } from '../../src/core/ner/labels';
import { computeMentionContexts } from '../../src/core/ner/mention-contexts';
import { computeTokenInfo } from '../../src/core/ner/token-info';

const doc = (sentences: string[][]) => sentences.map((s) => s.map(computeTokenInfo));
const labels = (sentences: string[][]) => sentences.map((s) => Uint8Array.from(s, labelIndex));

describe('document signals (pass 2)', () => {
  const sentences = [
    ['Pence', 'zei', 'dat'],
    ['Mike', 'Pence', 'kwam'],
    ['Pence', 'en', 'de', 'zei'],
  ];
  const tags = [
    ['B-PER', 'O', 'O'],
    ['B-PER', 'I-PER', 'O'],
    ['B-ORG', 'O', 'O', 'O'],
  ];
  const signals = computeDocumentSignals(doc(sentences), labels(tags), sentences.map(() => false));

  it('gives each token the majority type of the same word elsewhere, leaving itself out', () => {
    const PER = 1;
    // Flattened: Pence(0) zei(1) dat(2) Mike(3) Pence(4) kwam(5) Pence(6) en(7) de(8) zei(9)
    expect(signals.majorityType[0]).toBe(PER); // elsewhere: PER once, ORG once; the first maximum wins
    expect(signals.majorityType[6]).toBe(PER); // elsewhere: PER twice
    expect(signals.majorityType[4]).toBe(PER);
    expect(signals.majorityType[1]).toBe(0); // "zei" elsewhere is O
    expect(signals.majorityType[3]).toBe(-1); // "Mike" occurs nowhere else
  });

  it('tells whether the word is capitalised mid-sentence or lowercase elsewhere', () => {
    expect(signals.caseElsewhere[0]).toBe(1); // "Pence" mid-sentence in sentence 2
    expect(signals.caseElsewhere[4]).toBe(0); // elsewhere only sentence-initial
    expect(signals.caseElsewhere[1]).toBe(2); // "zei" lowercase elsewhere
  });
});

describe('mention contexts', () => {
  it('give a capitalised word the neighbours of its other mentions, not its own', () => {
    const sentences = [
      ['de', 'luchtvaartmaatschappij', 'Swissair', 'groeit'],
      ['Swissair', 'zei', 'niets'],
      ['gisteren', 'nog', 'niets'],
    ];
    const mentions = computeMentionContexts(doc(sentences));
    const of = (j: number) => Array.from(mentions.contexts.subarray(mentions.offsets[j], mentions.offsets[j + 1]));
    const second = of(4);
    const first = of(2);
    expect(second.length).toBe(2);
    expect(first.length).toBe(2);
    expect(new Set([...first, ...second]).size).toBe(4);
    // Lowercase words and words mentioned once get none.
    expect(of(1)).toEqual([]);
    expect(of(9)).toEqual([]);
    expect(of(7)).toEqual([]);
  });
});
