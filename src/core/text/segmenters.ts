// Building an Intl.Segmenter costs far more than using one: keep one per language and granularity.
const cache = new Map<string, Intl.Segmenter>();

export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let s = cache.get(key);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity });
    cache.set(key, s);
  }
  return s;
}
