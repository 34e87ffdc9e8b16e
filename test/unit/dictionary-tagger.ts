// A stand-in for the trained tagger in unit tests: it tags exactly the names it is given, so a test
// controls the tagger's output and checks only the stage after it.
import type { SequenceTagger } from '../../src/core/analysis/index.ts';

/** names: "Mike Pence" → "PER"; the longest match wins, matching token by token. */
export function dictionaryTagger(names: Record<string, string>): SequenceTagger {
  const entries = Object.entries(names)
    .map(([name, type]) => ({ words: name.split(' '), type }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    tagDocument(sentences: string[][]): string[][] {
      return sentences.map((toks) => {
        const tags = toks.map(() => 'O');
        for (let i = 0; i < toks.length; ) {
          const hit = entries.find((e) => e.words.every((w, k) => toks[i + k] === w));
          if (!hit) { i += 1; continue; }
          hit.words.forEach((_, k) => { tags[i + k] = `${k === 0 ? 'B' : 'I'}-${hit.type}`; });
          i += hit.words.length;
        }
        return tags;
      });
    },
  };
}
