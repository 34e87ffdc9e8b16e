// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMetadata, toIsoDate } from '../../src/page/metadata.ts';
import { looksLikeArticle } from '../../src/page/article-detect.ts';

function page(head: string, body = '', lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('readPageMetadata', () => {
  it('prefers JSON-LD, inside @graph and arrays, over meta tags', () => {
    const doc = page(
      ld('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},' +
        '{"@type":["NewsArticle"],"headline":"Japan and US agree","datePublished":"2018-02-10T09:00:00+01:00",' +
        '"author":[{"@type":"Person","name":"Anna de Vries"},{"@type":"Person","name":"Piet Jansen"}],' +
        '"publisher":{"@type":"Organization","name":"NOS"}}]}') +
        '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site"><meta name="author" content="Meta Author">',
      '',
      'nl',
    );
    expect(readPageMetadata(doc)).toEqual({
      title: 'Japan and US agree',
      byline: 'Anna de Vries, Piet Jansen',
      published: '2018-02-10T09:00:00+01:00',
      source: 'NOS',
      language: 'nl',
    });
  });

  it('survives malformed JSON-LD and falls back to meta tags and markup', () => {
    const doc = page(
      ld('{"@type": "NewsArticle", "headline": "broken",,,') + ld('<!-- {"@type":"Article","headline":"Commented out"} -->') +
        ld('[1, null, "x", {"@type": 42}]') +
        '<meta property="og:title" content="Fallback title"><meta property="og:site_name" content="The Daily">' +
        '<meta property="article:published_time" content="2020-05-01 10:00:00"><meta property="og:locale" content="de_DE">' +
        '<title>Ignored | The Daily</title>',
      '<article><span class="byline">By Jane Roe</span><time datetime="2019-01-01">then</time></article>',
    );
    const meta = readPageMetadata(doc);
    // The commented-out block is valid JSON once unwrapped, so it wins over og:title.
    expect(meta.title).toBe('Commented out');
    expect(meta.source).toBe('The Daily');
    expect(meta.published).toBe('2020-05-01T10:00:00');
    expect(meta.byline).toBe('Jane Roe');
    expect(meta.language).toBe('de-DE');
  });

  it('copes with a huge JSON-LD array and a document that throws', () => {
    const huge = `[${Array.from({ length: 200_000 }, () => '{"@type":"Thing"}').join(',')},{"@type":"NewsArticle","headline":"Late"}]`;
    expect(() => readPageMetadata(page(ld(huge)))).not.toThrow();
    const hostile = page('<title>x</title>');
    Object.defineProperty(hostile, 'title', { get: () => { throw new Error('no'); } });
    expect(readPageMetadata(hostile)).toEqual({ title: null, byline: null, published: null, source: null, language: null });
  });

  it('uses the document title, <time datetime> and content-language when nothing else is there', () => {
    const doc = page(
      '<title>Storm hits the coast tonight - Coastal News</title><meta http-equiv="Content-Language" content="en-GB">',
      '<p>Text</p><time datetime="2021-03-04T05:06:07Z">yesterday</time>',
    );
    expect(readPageMetadata(doc)).toEqual({
      title: 'Storm hits the coast tonight',
      byline: null,
      published: '2021-03-04T05:06:07Z',
      source: null,
      language: 'en-GB',
    });
  });

  it('rejects bylines that are links or datelines glued to names', () => {
    const doc = page('<meta name="author" content="https://facebook.com/someone">', '<div class="byline">Lucas Nolan22 Dec 2016651</div>');
    expect(readPageMetadata(doc).byline).toBeNull();
  });

  it('normalises dates to ISO 8601 and rejects nonsense', () => {
    expect(toIsoDate('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T05:36:09+01:00');
    expect(toIsoDate('Tue, 01 Mar 2016 12:00:00 GMT')).toBe('2016-03-01T12:00:00.000Z');
    expect(toIsoDate('yesterday')).toBeNull();
  });
});

describe('looksLikeArticle', () => {
  const prose = Array.from({ length: 5 }, () => `<p>${'The committee met again on Tuesday to discuss the proposal in detail, '.repeat(4)}</p>`).join('');

  it('trusts a declared article type (JSON-LD incl. arrays and URLs, og:type)', () => {
    expect(looksLikeArticle(page(ld('[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/ReportageNewsArticle"}]'), '<p>x</p>'))).toEqual({
      article: true,
      reason: 'json-ld:http://schema.org/ReportageNewsArticle',
    });
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', '<p>x</p>')).reason).toBe('og:type');
  });

  it('falls back to Readability’s readerable check', () => {
    expect(looksLikeArticle(page('', prose))).toEqual({ article: true, reason: 'readerable' });
    expect(looksLikeArticle(page('', '<ul><li><a href="/">Home</a></li></ul>'))).toEqual({ article: false, reason: 'not-readerable' });
  });

  it('says no to search result pages', () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = prose;
    const start = location.href;
    try {
      history.pushState({}, '', '/search?q=obama');
      expect(looksLikeArticle(document)).toEqual({ article: false, reason: 'search-page' });
      history.pushState({}, '', '/2018/02/10/obama-visits-japan');
      expect(looksLikeArticle(document)).toEqual({ article: true, reason: 'og:type' });
    } finally {
      history.pushState({}, '', start);
    }
  });

  it('says no to applications and form pages even when they declare an article', () => {
    const form = Array.from({ length: 40 }, (_, i) => `<input name="f${i}">`).join('');
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', form + prose)).reason).toBe('application');
    const editor = page('', prose);
    editor.body.setAttribute('contenteditable', 'true');
    expect(looksLikeArticle(editor).article).toBe(false);
  });

  it('counts only the form controls a reader sees: a hidden log-in dialog does not make an article a tool', () => {
    const dialog = `<div style="display:none">${Array.from({ length: 40 }, (_, i) => `<input name="f${i}">`).join('')}</div>`;
    const shown = Array.from({ length: 10 }, (_, i) => `<input name="s${i}">`).join('');
    expect(looksLikeArticle(page('<meta property="og:type" content="article">', dialog + shown + prose))).toEqual({ article: true, reason: 'og:type' });
    expect(looksLikeArticle(page('', dialog + shown + prose))).toEqual({ article: true, reason: 'readerable' });
  });
});
