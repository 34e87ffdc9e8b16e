import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared data lies beside the work tree and is never copied into it. */
export const sharedNerData = path.resolve(repoRoot, '../shared/data/ner');
export const modelsDir = path.join(repoRoot, 'assets/models');

export function modelPath(lang: string, variant?: string): string {
  return path.join(modelsDir, `ner-${lang}${variant ? `-${variant}` : ''}.bin`);
}
