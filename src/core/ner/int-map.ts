/**
 * A read-only map from 32-bit keys to non-zero 32-bit values (0 means absent), as sorted arrays
 * (what the model file stores) plus an open-addressing table for lookups. Builds in a few
 * milliseconds for tens of thousands of entries, where a JavaScript Map would take tens.
 */
export class IntMap {
  private readonly table: Int32Array;
  private readonly mask: number;

  /** `keys` ascending as unsigned 32-bit numbers; `values` non-zero. */
  constructor(readonly keys: Int32Array, readonly values: Int32Array) {
    if (keys.length !== values.length) throw new Error('IntMap: keys and values differ in length');
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const value = values[i] as number;
      if (value === 0) throw new Error('IntMap: values must be non-zero');
      let slot = this.slotOf(key);
      while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = key;
      this.table[slot * 2 + 1] = value;
    }
  }

  static fromMap(map: ReadonlyMap<number, number>): IntMap {
    const entries = [...map].filter(([, v]) => v !== 0).sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
    return new IntMap(Int32Array.from(entries, (e) => e[0]), Int32Array.from(entries, (e) => e[1]));
  }

  static empty(): IntMap {
    return new IntMap(new Int32Array(0), new Int32Array(0));
  }

  get size(): number {
    return this.keys.length;
  }

  private slotOf(key: number): number {
    return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0) & this.mask;
  }

  get(key: number): number {
    let slot = this.slotOf(key);
    for (;;) {
      const value = this.table[slot * 2 + 1] as number;
      if (value === 0 || this.table[slot * 2] === key) return value;
      slot = (slot + 1) & this.mask;
    }
  }
}
