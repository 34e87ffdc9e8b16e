// Golden tests: real articles through the whole pipeline (text or HTML extraction, segmentation, the shipped
// tagger models, resolution, roles, quotes). The golden files list what must hold, not a snapshot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analysis/index.ts';
import { parsePlainTextArticle } from '../../src/core/text/plain-article.ts';
import type { Analysis, ArticleInput, Entity } from '../../src/core/types.ts';
import { extractArticleFromHtml } from '../../src/page/html-article.ts';
import { loadTagger } from '../../scripts/lib/models.ts';

interface GoldenEntity {
  name: string;
  type: Entity['type'];
  aliases?: string[];
  roles?: string[];
  quotes?: string[];
  /** The name may be an alias of the entity rather than its canonical name. */
  orAlias?: boolean;
}
interface Golden {
  source: string;
  language: string;
  title?: string;
  published?: string;
  articleSource?: string;
  entities: GoldenEntity[];
  absent: string[];
}

const GOLDEN_DIR = 'test/golden';
function load(source: string): ArticleInput {
  const raw = readFileSync(source, 'utf8');
  if (!source.endsWith('.html')) return parsePlainTextArticle(raw);
  const article = extractArticleFromHtml(raw);
  if (!article) throw new Error(`no article in ${source}`);
  return article.input;
}

const named = (a: Analysis, name: string): Entity | undefined =>
  a.entities.find((e) => e.name === name) ?? a.entities.find((e) => e.aliases.includes(name));
const lower = (s: string): string => s.toLowerCase();

for (const file of readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json'))) {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as Golden;
  describe(`golden ${file}`, () => {
    // Loaded here, not inside the analysis (which reads a broken model as "no entities"), so that a model
    // that fails to load fails these tests with its own message.
    const loaded = loadTagger(golden.language);
    const analysis = analyzeArticle(load(golden.source), (lang) => (lang === golden.language ? loaded : null));

    it('passes the article metadata through and detects the language', () => {
      expect(analysis.language).toBe(golden.language);
      if (golden.title !== undefined) expect(analysis.title).toBe(golden.title);
      if (golden.published !== undefined) expect(analysis.published).toBe(golden.published);
      if (golden.articleSource !== undefined) expect(analysis.source).toBe(golden.articleSource);
    });

    if (golden.entities.length > 0) it.each(golden.entities.map((g) => [g.name, g] as const))('has %s', (_name, g) => {
      const e = named(analysis, g.name);
      expect(e, `entity ${g.name} among ${analysis.entities.map((x) => x.name).join(', ')}`).toBeDefined();
      if (!g.orAlias) expect(e!.name).toBe(g.name);
      expect(e!.type).toBe(g.type);
      for (const alias of g.aliases ?? []) expect(e!.aliases).toContain(alias);
      for (const role of g.roles ?? []) expect(e!.roles.some((r) => lower(r).includes(lower(role))), `role "${role}" in ${JSON.stringify(e!.roles)}`).toBe(true);
      for (const quote of g.quotes ?? []) expect(e!.quotes.some((q) => q.text.includes(quote)), `quote "${quote}" in ${JSON.stringify(e!.quotes.map((q) => q.text))}`).toBe(true);
      for (const m of e!.mentions) expect(analysis.text.slice(m.start, m.end)).toBe(m.text);
    });

    if (golden.absent.length > 0) it('has no entity for function words, labels or adjectives', () => {
      const names = analysis.entities.flatMap((e) => [e.name, ...e.aliases]);
      for (const word of golden.absent) expect(names).not.toContain(word);
    });
  });
}
