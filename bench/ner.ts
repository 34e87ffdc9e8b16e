// Usage: npm run bench:ner
// Our English tagger next to compromise (people()/places()/organizations()) on CoNLL-2003 eng.testa:
// entity-level F1 over PER/LOC/ORG (compromise has no MISC) and tokens per second, in one run.
// Writes its table into bench/RESULTS.md between the bench:ner markers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import type { LabelledDocument } from '../src/core/ner/conll';
import { parseConll } from '../src/core/ner/conll';
import { scoreTags } from '../src/core/ner/conlleval';
import { NerTagger } from '../src/core/ner/index';
import { modelPath, repoRoot, sharedNerData } from '../scripts/ner/paths';
import { replaceSection } from '../scripts/ner/replace-section';
import { median, timeRuns } from './stats';

const TYPES = new Set(['PER', 'LOC', 'ORG']);
const RUNS = 3;

/** Tags a document with compromise: its matches, by character offset, back onto the CoNLL tokens. */
function compromiseTags(doc: LabelledDocument): string[][] {
  const starts: number[] = [];
  let text = '';
  for (const sentence of doc) {
    for (const token of sentence.tokens) {
      if (text !== '' && !text.endsWith('\n')) text += ' ';
      starts.push(text.length);
      text += token;
    }
    text += '\n';
  }
  const tags: string[] = starts.map(() => 'O');
  const words = doc.flatMap((sentence) => sentence.tokens);
  const parsed = nlp(text);
  type Match = { offset: { start: number; length: number } };
  const groups: [string, Match[]][] = [
    ['PER', parsed.people().json({ offset: true })],
    ['LOC', parsed.places().json({ offset: true })],
    ['ORG', parsed.organizations().json({ offset: true })],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      const from = m.offset.start;
      const to = from + m.offset.length;
      // Fair to compromise: its matches may carry a title ("captain David Platt") or the full stop
      // after a name; trim leading lowercase words and punctuation at either end.
      let span = starts.flatMap((s, i) => (s >= from && s < to ? [i] : []));
      const trimmable = (i: number, leading: boolean) => /^\p{P}+$/u.test(words[i] as string) || (leading && /^\p{Ll}/u.test(words[i] as string));
      while (span.length > 0 && trimmable(span[0] as number, true)) span = span.slice(1);
      while (span.length > 0 && trimmable(span[span.length - 1] as number, false)) span = span.slice(0, -1);
      if (span.some((i) => tags[i] !== 'O')) continue;
      span.forEach((i, k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${type}`));
    }
  }
  let k = 0;
  return doc.map((sentence) => sentence.tokens.map(() => tags[k++] as string));
}

const dev = 'conll2003/eng.testa';
const docs = parseConll(readFileSync(path.join(sharedNerData, dev), 'utf8'));
const gold = docs.flatMap((doc) => doc.map((s) => s.tags));
const tokens = gold.reduce((n, s) => n + s.length, 0);
const tagger = NerTagger.fromBytes(readFileSync(modelPath('en')));

const systems: { name: string; tag: (doc: LabelledDocument) => string[][] }[] = [
  { name: 'Context Cards NER (ner-en.bin)', tag: (doc) => tagger.tagDocument(doc.map((s) => s.tokens)) },
  { name: `compromise ${(nlp as unknown as { version: string }).version}`, tag: compromiseTags },
];
const rows = systems.map(({ name, tag }) => {
  const predicted = docs.flatMap(tag);
  const scores = scoreTags(gold, predicted, TYPES);
  const cpuBefore = process.cpuUsage();
  const ms = median(timeRuns(() => docs.forEach(tag), RUNS, 1));
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns.
  const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / (RUNS + 1);
  const perType = ['PER', 'LOC', 'ORG'].map((t) => scores.perType[t]?.f1 ?? 0);
  return `| ${name} | ${scores.precision.toFixed(1)} | ${scores.recall.toFixed(1)} | **${scores.f1.toFixed(1)}** | ${perType.map((f) => f.toFixed(1)).join(' | ')} | ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} | ${Math.round(tokens / (cpuMsPerRun / 1000)).toLocaleString('en')} |`;
});
const table = [
  '## NER: our tagger vs compromise',
  '',
  `\`npm run bench:ner\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${dev} (${tokens} tokens, ${docs.length} documents), entity-level exact match (conlleval) over PER/LOC/ORG (compromise's matches trimmed of leading lowercase words and punctuation at either end); wall speed is the median of ${RUNS} timed runs after one warm-up, CPU-time speed the mean over those runs and the warm-up; one thread, on a shared machine.`,
  '',
  '| system | precision | recall | F1 | PER F1 | LOC F1 | ORG F1 | tokens/s (wall) | tokens/s (CPU time) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
replaceSection(path.join(repoRoot, 'bench/RESULTS.md'), 'bench:ner', table, '# Benchmark results\n');
console.log(table);
