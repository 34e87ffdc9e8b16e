/** Little-endian byte writer for the model file: varints for counts and ascending ids, raw arrays for weights. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  u8(v: number): void {
    this.ensure(1);
    this.bytes[this.length++] = v & 0xff;
  }

  varint(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`varint out of range: ${v}`);
    while (v >= 0x80) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.u8(v);
  }

  f32(v: number): void {
    this.ensure(4);
    new DataView(this.bytes.buffer).setFloat32(this.length, v, true);
    this.length += 4;
  }

  string(s: string): void {
    const encoded = new TextEncoder().encode(s);
    this.varint(encoded.length);
    this.raw(encoded);
  }

  raw(data: Uint8Array): void {
    this.ensure(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  /** Ascending unsigned ids as varint gaps. */
  ascending(ids: ArrayLike<number>): void {
    this.varint(ids.length);
    let previous = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = (ids[i] as number) >>> 0;
      if (id < previous) throw new Error('ascending: ids not sorted');
      this.varint(id - previous);
      previous = id;
    }
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export class ByteReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private need(n: number): void {
    if (this.offset + n > this.bytes.length) throw new Error('model file is truncated');
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.offset++] as number;
  }

  varint(): number {
    // Fast path: most varints in a model file (gaps between sorted ids, masks) are one byte.
    const first = this.bytes[this.offset];
    if (first !== undefined && first < 0x80) {
      this.offset++;
      return first;
    }
    let v = 0;
    let factor = 1;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * factor;
      if (b < 0x80) return v;
      factor *= 0x80;
      if (factor > 2 ** 35) throw new Error('model file has a bad varint');
    }
  }

  f32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.offset, true);
    this.offset += 4;
    return v;
  }

  string(): string {
    return new TextDecoder().decode(this.raw(this.varint()));
  }

  raw(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  /**
   * `n` varints in one tight loop over the bytes: decoding them one method call at a time was most
   * of a cold load (tens of thousands of values before the JIT has compiled anything).
   */
  varints(n: number): Float64Array {
    const out = new Float64Array(n);
    const bytes = this.bytes;
    let offset = this.offset;
    for (let i = 0; i < n; i++) {
      let v = 0;
      let factor = 1;
      for (;;) {
        if (offset >= bytes.length) throw new Error('model file is truncated');
        const b = bytes[offset++] as number;
        v += (b & 0x7f) * factor;
        if (b < 0x80) break;
        factor *= 0x80;
        if (factor > 2 ** 35) throw new Error('model file has a bad varint');
      }
      out[i] = v;
    }
    this.offset = offset;
    return out;
  }

  ascending(): Int32Array {
    const gaps = this.varints(this.varint());
    const out = new Int32Array(gaps.length);
    let previous = 0;
    for (let i = 0; i < gaps.length; i++) {
      previous += gaps[i] as number;
      out[i] = previous | 0;
    }
    return out;
  }

  get done(): boolean {
    return this.offset === this.bytes.length;
  }
}
