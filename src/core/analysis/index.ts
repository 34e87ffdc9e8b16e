export { analyzeArticle, type SequenceTagger } from './analyze.ts';
