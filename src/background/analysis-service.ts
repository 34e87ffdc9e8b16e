// Runs the article analysis in the background, off the page's main thread. Each language's tagger model is
// fetched from the extension's own files once per background lifetime and shared by all tabs.
import browser from 'webextension-polyfill';
import { analyzeArticle } from '../core/analysis';
import { detectLanguage } from '../core/lang/detect';
import { NerTagger } from '../core/ner';
import type { AnalyzeReply } from '../core/messages';
import type { ArticleInput } from '../core/types';

/** Written by scripts/build.mjs from the models in assets/models. */
const MODEL_INDEX = 'models/models.json';

let modelIndex: Promise<Record<string, string>> | null = null;
const taggers = new Map<string, Promise<NerTagger | null>>();

async function fetchBytes(file: string): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(file));
  if (!res.ok) throw new Error(`${file}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

function availableModels(): Promise<Record<string, string>> {
  modelIndex ??= fetchBytes(MODEL_INDEX)
    .then((b) => JSON.parse(new TextDecoder().decode(b)) as Record<string, string>)
    .catch(() => ({}));
  return modelIndex;
}

export function loadTagger(lang: string): Promise<NerTagger | null> {
  let tagger = taggers.get(lang);
  if (!tagger) {
    tagger = availableModels().then(async (models) => {
      const file = models[lang];
      return file ? NerTagger.fromBytes(await fetchBytes(`models/${file}`)) : null;
    }).catch(() => null);
    taggers.set(lang, tagger);
  }
  return tagger;
}

export async function analyzeInBackground(article: ArticleInput): Promise<AnalyzeReply> {
  try {
    const language = detectLanguage(article.text, article.language);
    const tagger = await loadTagger(language);
    const analysis = analyzeArticle({ ...article, language }, (lang) => (lang === language ? tagger : null));
    return { ok: true, analysis };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
