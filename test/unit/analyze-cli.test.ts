// The analyze CLI's contract: one JSON document with --json, and bad input → one line on stderr, exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

describe('analyze CLI', () => {
  it('prints one JSON document with the contract fields for the seed article', () => {
    const r = run(['--json', 'test/fixtures/noord-korea-nl.txt']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { text: string; entities: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['language', 'title', 'published', 'source', 'text', 'entities']));
    expect(doc.language).toBe('nl');
    const pence = doc.entities.find((e) => e.name === 'Mike Pence') as {
      id: string; type: string; aliases: string[]; roles: string[]; mentions: { start: number; end: number; text: string; sentence: string }[];
      quotes: { text: string; sentence: string }[]; facts: { text: string; sentence: string }[]; related: { id: string; name: string; count: number }[];
    };
    expect(pence).toMatchObject({ type: 'person', aliases: ['Pence'] });
    for (const m of pence.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(pence.quotes[0]).toHaveProperty('sentence');
    expect(pence.facts[0]).toHaveProperty('text');
    expect(pence.related[0]).toHaveProperty('count');
  });

  it('reads stdin with -, and prints readable cards without --json', () => {
    const r = run(['-'], 'Titel\n\nDe Amerikaanse vicepresident Mike Pence is in Tokio. Pence sprak daar met Japan.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mike Pence');
    expect(r.stdout).toContain('role: Amerikaanse vicepresident');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt')],
    ['an empty file', () => { const f = join(dir, 'empty.txt'); writeFileSync(f, '  \n'); return f; }],
    ['a binary file', () => { const f = join(dir, 'binary.txt'); writeFileSync(f, Buffer.from([0, 159, 146, 150, 0, 1, 2])); return f; }],
    ['an HTML page without an article', () => { const f = join(dir, 'empty.html'); writeFileSync(f, '<html><body><nav>Home</nav></body></html>'); return f; }],
  ])('rejects %s with one line on stderr and exit code 2', (_what, file) => {
    const r = run(['--json', file()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^analyze: /);
  });
});
