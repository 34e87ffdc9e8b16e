import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

describe('facts on a card', () => {
  it('ranks the sentences that mention an entity by what they offer, saying why', () => {
    const text = [
      'Japan groeit al jaren gestaag door.',
      'Japan bouwt veel.',
      'Het land Japan telt 3 grote steden en veel dorpen.',
      'Op 7 februari 2018 won Japan een grote prijs.',
      'Niemand anders deed mee.',
    ].join(' ');
    const a = analyzeArticle({ text, language: 'nl' }, () => dictionaryTagger({ Japan: 'LOC' }));
    const facts = a.entities[0]!.facts;
    expect(facts.map((f) => [f.text, f.kinds])).toEqual([
      ['Japan groeit al jaren gestaag door.', ['first-mention']],
      ['Op 7 februari 2018 won Japan een grote prijs.', ['number', 'date']],
      ['Het land Japan telt 3 grote steden en veel dorpen.', ['number']],
      // Four words: too short to say much, so last.
      ['Japan bouwt veel.', []],
    ]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('does not take a modal "may" for a month', () => {
    const a = analyzeArticle({ text: 'Sudan may open its borders to 20 new traders soon.', language: 'en' }, () => dictionaryTagger({ Sudan: 'LOC' }));
    expect(a.entities[0]!.facts[0]!.kinds).toEqual(['first-mention', 'number']);
  });
});
