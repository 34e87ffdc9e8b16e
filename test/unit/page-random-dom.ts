// Random DOM trees for the page layer's property tests: inline and block elements, text rich in collapsible
// whitespace and invisible characters, and a region (<code>) that must never be read or wrapped.
import fc from 'fast-check';

const word = fc.constantFrom('Anna', 'de', 'Vries', 'Noord-Korea', 'Tokyo', ',', '.', 'x', 'Ünal', 'Bundes\u00adtag', '\u200b', '', ' ', '  ', '\n  ', '\t');
const textLeaf = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ({ text: ws.join(ws.length > 2 ? ' ' : '') }));

export type Tree = { text: string } | { tag: string; children: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textLeaf,
    fc.record({
      tag: fc.constantFrom('p', 'b', 'i', 'a', 'span', 'div', 'em', 'code', 'li', 'h2', 'br'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

/** One to four sibling trees, to be built under <body>. */
export const randomForest = fc.array(tree, { minLength: 1, maxLength: 4 });

export function buildTree(parent: Node, node: Tree): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  if ('text' in node) {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  const el = doc.createElement(node.tag);
  if (node.tag === 'a') el.setAttribute('href', '#');
  parent.appendChild(el);
  if (node.tag !== 'br') for (const child of node.children) buildTree(el, child);
}
