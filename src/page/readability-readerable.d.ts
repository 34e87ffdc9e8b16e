// Types for the deep import of Readability's small readerable check, so the content script does not bundle
// the whole of Readability (about 90 KB) for one heuristic.
declare module '@mozilla/readability/Readability-readerable.js' {
  // The file assigns the function to module.exports, so it is the default export.
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
