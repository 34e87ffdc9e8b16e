// Placeholder until the core analysis lands: answers analyze requests with an empty analysis.
import type { AnalyzeReply } from '../core/messages';
import type { ArticleInput } from '../core/types';

export async function analyzeInBackground(article: ArticleInput): Promise<AnalyzeReply> {
  return {
    ok: true,
    analysis: {
      language: article.language ?? 'und', title: article.title ?? null, published: article.published ?? null,
      source: article.source ?? null, text: article.text, sentences: [], entities: [],
    },
  };
}
