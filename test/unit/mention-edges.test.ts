// Separators the tagger takes into a name are not part of it: "· Bron" is the label "Bron", no name.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import { dictionaryTagger } from './dictionary-tagger.ts';

describe('mention edges', () => {
  it('drops a leading separator, then judges what is left', () => {
    const text = '07 februari 2018, 12u16 · Bron: DPA\n\nDe Amerikaanse vicepresident Mike Pence was in Tokio. Het regime · Pyongyang reageerde niet.';
    const a = analyzeArticle({ text, language: 'nl' }, () => dictionaryTagger({ '· Bron': 'PER', DPA: 'ORG', 'Mike Pence': 'PER', '· Pyongyang': 'LOC' }));
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('· Bron');
    expect(names).not.toContain('Bron');
    expect(names).toContain('Pyongyang');
    for (const e of a.entities) for (const m of e.mentions) expect(m.text).toMatch(/^[\p{L}\p{N}]/u);
  });
});
