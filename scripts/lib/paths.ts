import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Read-only data shared with the project: corpora, real pages, the seed article. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const distDir = (target: 'chrome' | 'firefox') => path.join(repoRoot, 'dist', target);
export const artifactsDir = path.join(repoRoot, 'artifacts');
