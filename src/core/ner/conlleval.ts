/** Entity-level exact-match scores as conlleval computes them (B/I/O tags, IOB1 or IOB2). */

export interface Chunk {
  start: number;
  end: number;
  type: string;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ChunkScores extends PrecisionRecall {
  tokens: number;
  perType: Record<string, PrecisionRecall>;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag[0] as string, tag.slice(2)];
}

/**
 * Chunks of one sentence. As in conlleval, a chunk starts at B-X, and at I-X after O or after a
 * different type (IOB1); it ends before B, O or a change of type.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  let prevType = '';
  tags.forEach((t, i) => {
    const [tag, type] = split(t);
    const starts = tag === 'B' || (tag === 'I' && (open === null || prevType !== type));
    if (open !== null && (tag === 'O' || starts)) {
      out.push(open);
      open = null;
    }
    if (starts) open = { start: i, end: i + 1, type };
    else if (open !== null) open.end = i + 1;
    prevType = tag === 'O' ? '' : type;
  });
  if (open !== null) out.push(open);
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : (100 * a) / b;
}

function prf(correct: number, guessed: number, gold: number): PrecisionRecall {
  const precision = ratio(correct, guessed);
  const recall = ratio(correct, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores predicted against gold tags, sentence by sentence; `types` restricts scoring to those types. */
export function scoreTags(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types?: ReadonlySet<string>): ChunkScores {
  const counts = new Map<string, { correct: number; guessed: number; gold: number }>();
  const countsFor = (type: string) => {
    let c = counts.get(type);
    if (c === undefined) {
      c = { correct: 0, guessed: 0, gold: 0 };
      counts.set(type, c);
    }
    return c;
  };
  const keep = (c: Chunk) => types === undefined || types.has(c.type);
  let tokens = 0;
  gold.forEach((goldTags, s) => {
    const predTags = predicted[s] ?? [];
    if (predTags.length !== goldTags.length) throw new Error(`sentence ${s}: ${predTags.length} predicted tags for ${goldTags.length} tokens`);
    tokens += goldTags.length;
    const goldChunks = chunksOf(goldTags).filter(keep);
    const predChunks = chunksOf(predTags).filter(keep);
    const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of goldChunks) countsFor(c.type).gold++;
    for (const c of predChunks) {
      const entry = countsFor(c.type);
      entry.guessed++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) entry.correct++;
    }
  });
  let correct = 0;
  let guessed = 0;
  let goldTotal = 0;
  const perType: Record<string, PrecisionRecall> = {};
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    correct += c.correct;
    guessed += c.guessed;
    goldTotal += c.gold;
    perType[type] = prf(c.correct, c.guessed, c.gold);
  }
  return { tokens, ...prf(correct, guessed, goldTotal), perType };
}
