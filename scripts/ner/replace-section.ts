import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in a Markdown file,
 * appending the section if it is absent, so several writers can share one file.
 */
export function replaceSection(file: string, name: string, body: string, heading = ''): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : heading;
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from
    ? text.slice(0, from) + block + text.slice(to + end.length)
    : `${text.trimEnd()}${text.trim() ? '\n\n' : ''}${block}\n`;
  writeFileSync(file, next);
}
