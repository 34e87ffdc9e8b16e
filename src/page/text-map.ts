// Maps offsets in an article's plain text back to the live Text nodes they were read from.
//
// The text is built from node data with whitespace runs collapsed, so the mapping is piecewise: a segment is
// either linear (text length equals node length) or one collapsed whitespace run (one text character standing
// for several node characters). Segment boundaries map exactly; inside a linear segment offsets map one to one.

/** A slice of one Text node: `node.data.slice(start, end)`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export class TextMap {
  readonly #nodes: Text[] = [];
  readonly #nodeIndex = new Map<Text, number>();
  // Parallel arrays, one entry per segment, sorted by text offset; far lighter than objects on 200k chars.
  readonly #textStart: number[] = [];
  readonly #textEnd: number[] = [];
  readonly #node: number[] = [];
  readonly #nodeStart: number[] = [];
  readonly #nodeEnd: number[] = [];

  /** The text this map was built for, once the builder is done. */
  text = '';

  /**
   * Records that text[textStart, textEnd) was read from node.data[nodeStart, nodeEnd). Segments must be added
   * in increasing text order; a segment continuing the previous one linearly is merged into it.
   */
  add(node: Text, textStart: number, textEnd: number, nodeStart: number, nodeEnd: number): void {
    let index = this.#nodeIndex.get(node);
    if (index === undefined) {
      index = this.#nodes.push(node) - 1;
      this.#nodeIndex.set(node, index);
    }
    const last = this.#textEnd.length - 1;
    const linear = textEnd - textStart === nodeEnd - nodeStart;
    if (
      linear && last >= 0 && this.#node[last] === index && this.#textEnd[last] === textStart &&
      this.#nodeEnd[last] === nodeStart &&
      this.#textEnd[last]! - this.#textStart[last]! === this.#nodeEnd[last]! - this.#nodeStart[last]!
    ) {
      this.#textEnd[last] = textEnd;
      this.#nodeEnd[last] = nodeEnd;
      return;
    }
    this.#textStart.push(textStart);
    this.#textEnd.push(textEnd);
    this.#node.push(index);
    this.#nodeStart.push(nodeStart);
    this.#nodeEnd.push(nodeEnd);
  }

  /** The Text nodes the text was read from, in document order. */
  get nodes(): readonly Text[] {
    return this.#nodes;
  }

  get segmentCount(): number {
    return this.#textStart.length;
  }

  /**
   * The node slices holding text[start, end), in document order, one per Text node. Offsets inside a
   * collapsed whitespace run snap outwards to the run's ends. Block separators map to nothing.
   */
  rangesFor(start: number, end: number): TextPiece[] {
    const pieces: TextPiece[] = [];
    if (end <= start) return pieces;
    for (let i = this.#firstSegmentEndingAfter(start); i < this.#textStart.length; i++) {
      const ts = this.#textStart[i]!;
      const te = this.#textEnd[i]!;
      if (ts >= end) break;
      const ns = this.#nodeStart[i]!;
      const ne = this.#nodeEnd[i]!;
      const linear = te - ts === ne - ns;
      const from = start <= ts ? ns : linear ? ns + (start - ts) : ns;
      const to = end >= te ? ne : linear ? ns + (end - ts) : ne;
      if (to <= from) continue;
      const node = this.#nodes[this.#node[i]!]!;
      const previous = pieces[pieces.length - 1];
      // Segments of one node follow each other in node order; a gap between them is characters the text
      // skipped (soft hyphens), which belong inside the piece.
      if (previous !== undefined && previous.node === node && previous.end <= from) previous.end = to;
      else pieces.push({ node, start: from, end: to });
    }
    return pieces;
  }

  /** The text offset where `node.data[offset]` was read, or -1 when that character is not in the text. */
  textOffsetOf(node: Text, offset: number): number {
    const index = this.#nodeIndex.get(node);
    if (index === undefined) return -1;
    // Segments of one node are contiguous in text order only per block, so scan; nodes rarely have many.
    for (let i = 0; i < this.#node.length; i++) {
      if (this.#node[i] !== index) continue;
      const ns = this.#nodeStart[i]!;
      const ne = this.#nodeEnd[i]!;
      if (offset < ns || offset >= ne) continue;
      const ts = this.#textStart[i]!;
      return this.#textEnd[i]! - ts === ne - ns ? ts + (offset - ns) : ts;
    }
    return -1;
  }

  #firstSegmentEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.#textEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#textEnd[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
