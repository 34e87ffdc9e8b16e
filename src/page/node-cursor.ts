// Moves through the Elements and Text nodes under a root, for the article walkers. In browsers it is a
// TreeWalker, which takes one native call per move: in Firefox every DOM property a content script reads
// crosses an Xray wrapper, and following firstChild / nextSibling / parentNode by hand took about five such
// crossings per node, the largest cost of reading an article there. DOMs whose TreeWalker cannot move
// between siblings (linkedom, used by the CLI) get the same moves over plain node pointers.

/** TreeWalker's moves: each returns the node moved to, or null (and stays) when there is none. */
export interface NodeCursor {
  firstChild(): Node | null;
  nextSibling(): Node | null;
  /** Null at the root. */
  parentNode(): Node | null;
}

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, spelled out because linkedom has no NodeFilter global. */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** The first of `node` and its following siblings that is an Element or a Text node. */
function shown(node: Node | null): Node | null {
  while (node !== null && node.nodeType !== 1 && node.nodeType !== 3) node = node.nextSibling;
  return node;
}

class PointerCursor implements NodeCursor {
  #current: Node;

  constructor(private readonly root: Node) {
    this.#current = root;
  }

  firstChild(): Node | null {
    return this.#moveTo(shown(this.#current.firstChild));
  }

  nextSibling(): Node | null {
    return this.#current === this.root ? null : this.#moveTo(shown(this.#current.nextSibling));
  }

  parentNode(): Node | null {
    return this.#current === this.root ? null : this.#moveTo(this.#current.parentNode);
  }

  #moveTo(node: Node | null): Node | null {
    if (node !== null) this.#current = node;
    return node;
  }
}

/** A cursor over the Elements and Text nodes under `root`, standing on `root`. */
export function elementAndTextCursor(root: Element): NodeCursor {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT) as Partial<TreeWalker> | undefined;
  return typeof walker?.firstChild === 'function' && typeof walker.nextSibling === 'function' && typeof walker.parentNode === 'function'
    ? (walker as TreeWalker)
    : new PointerCursor(root);
}

/**
 * Moves `cursor` to the next node after the current one's subtree: its next sibling, else the next sibling of
 * the nearest ancestor that has one. `leaving` is told each ancestor left on the way up. Null once the
 * walk is back at `root`.
 */
export function nextAfterSubtree(cursor: NodeCursor, root: Node, leaving: (parent: Node) => void): Node | null {
  for (;;) {
    const sibling = cursor.nextSibling();
    if (sibling !== null) return sibling;
    const parent = cursor.parentNode();
    if (parent === null || parent === root) return null;
    leaving(parent);
  }
}
