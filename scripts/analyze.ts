// Command line: analyse an article (.html, .txt or - for stdin) and print its entity cards, or with --json
// the analysis as one JSON document (the contract other tools read). Bad input → one line on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../src/core/analysis/index.ts';
import { detectLanguage } from '../src/core/lang/detect.ts';
import { parsePlainTextArticle } from '../src/core/text/plain-article.ts';
import type { Analysis, ArticleInput } from '../src/core/types.ts';
import { extractArticleFromHtml } from '../src/page/html-article.ts';
import { loadTagger } from './lib/models.ts';

// A NUL byte or a high share of replacement characters means the file is not text.
const MAX_BAD_CHAR_SHARE = 0.01;

class UsageError extends Error {}

function readInput(file: string): { raw: string; html: boolean } {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const raw = bytes.toString('utf8');
  const bad = (raw.match(/\uFFFD/g)?.length ?? 0) / Math.max(1, raw.length);
  if (bytes.includes(0) || bad > MAX_BAD_CHAR_SHARE) throw new UsageError(`${file} is not a text or HTML file`);
  if (raw.trim() === '') throw new UsageError(`${file} is empty`);
  const html = ['.html', '.htm'].includes(extname(file).toLowerCase()) || (file === '-' && /^\s*<(!doctype|html)/i.test(raw));
  return { raw, html };
}

/** The HTML path: the page layer's extractor (Readability on linkedom). */
function articleFromHtml(html: string, file: string): ArticleInput {
  return extractArticleFromHtml(html, file === '-' ? undefined : pathToFileURL(resolve(file)).href)?.input ?? { text: '' };
}

function printCards(a: Analysis): void {
  const out: string[] = [];
  out.push(`${a.title ?? '(untitled)'} — ${a.language}${a.published ? `, ${a.published}` : ''}${a.source ? `, ${a.source}` : ''}`);
  for (const e of a.entities) {
    out.push('', `${e.name}  [${e.type}, ${e.mentions.length}×]${e.aliases.length ? `  aka ${e.aliases.join(', ')}` : ''}`);
    for (const r of e.roles) out.push(`  role: ${r}`);
    // As on the card: reported speech is the writer's words, so it gets no quotation marks.
    for (const q of e.quotes) out.push(`  ${q.reported ? `quote (reported): ${q.text}` : `quote: “${q.text}”`}${q.attribution ? ` (${q.attribution})` : ''}`);
    for (const f of e.facts.slice(0, 3)) out.push(`  fact [${(f.kinds ?? []).join(', ')}]: ${f.text}`);
    if (e.related.length) out.push(`  with: ${e.related.map((r) => `${r.name} (${r.count})`).join(', ')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(args: string[]): void {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--');
  if (files.length !== 1) throw new UsageError('usage: npm run --silent analyze -- [--json] FILE.html|FILE.txt|-');
  const file = files[0]!;
  const { raw, html } = readInput(file);
  const input = html ? articleFromHtml(raw, file) : parsePlainTextArticle(raw);
  if (input.text.trim() === '') throw new UsageError(`no article found in ${file}`);
  // Load the model here rather than inside the analysis, which treats a broken model as "no entities":
  // on the command line a model that fails to load is an error to report.
  const language = detectLanguage(input.text, input.language);
  const tagger = loadTagger(language);
  const analysis = analyzeArticle(input, (lang) => (lang === language ? tagger : null));
  if (json) {
    const { sentences: _sentences, ...rest } = analysis;
    process.stdout.write(`${JSON.stringify(rest)}\n`);
  } else printCards(analysis);
}

try {
  main(process.argv.slice(2));
} catch (e: unknown) {
  const message = e instanceof UsageError ? e.message : `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}
