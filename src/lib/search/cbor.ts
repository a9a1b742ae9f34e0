/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative
 * integers, text strings and definite-length arrays — what its Rust `minicbor` derive writes
 * for structs of `String`, `u32`/`usize`, `i32` and `Vec`. Anything else (maps, floats, tags,
 * byte strings, indefinite lengths) is refused with the offset where it was found, so a Pagefind
 * that changes its format stops the build instead of writing a wrong index
 * (lib/search/merge-index.ts).
 */

export type Cbor = number | string | Cbor[];

const UTF8 = new TextEncoder();

export function decodeCbor(bytes: Uint8Array, start = 0): { value: Cbor; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = start;

  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) {
      const n = view.getUint16(at);
      at += 2;
      return n;
    }
    if (info === 26) {
      const n = view.getUint32(at);
      at += 4;
      return n;
    }
    if (info === 27) {
      const n = view.getBigUint64(at);
      at += 8;
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: số quá lớn ở byte ${at - 8}`);
      return Number(n);
    }
    throw new Error(`CBOR: độ dài không hỗ trợ (${info}) ở byte ${at - 1}`);
  };

  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error(`CBOR: dữ liệu bị cắt ở byte ${at}`);
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 3: {
        const n = length(info);
        if (at + n > bytes.length) throw new Error(`CBOR: chuỗi bị cắt ở byte ${at}`);
        const s = text.decode(bytes.subarray(at, at + n));
        at += n;
        return s;
      }
      case 4: {
        const n = length(info);
        const out: Cbor[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = item();
        return out;
      }
      default:
        throw new Error(`CBOR: kiểu ${major} không hỗ trợ ở byte ${at - 1}`);
    }
  };

  const value = item();
  return { value, end: at };
}

/** Writes CBOR into a growing buffer: integers in their shortest form, as minicbor does. */
export class CborWriter {
  private buf = new Uint8Array(1 << 16);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }

  private head(major: number, n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: không ghi được số ${n}`);
    this.room(9);
    const m = major << 5;
    if (n < 24) this.buf[this.at++] = m | n;
    else if (n < 0x100) {
      this.buf[this.at++] = m | 24;
      this.buf[this.at++] = n;
    } else if (n < 0x10000) {
      this.buf[this.at++] = m | 25;
      this.buf[this.at++] = n >> 8;
      this.buf[this.at++] = n & 0xff;
    } else if (n < 0x100000000) {
      this.buf[this.at++] = m | 26;
      new DataView(this.buf.buffer).setUint32(this.at, n);
      this.at += 4;
    } else {
      this.buf[this.at++] = m | 27;
      new DataView(this.buf.buffer).setBigUint64(this.at, BigInt(n));
      this.at += 8;
    }
  }

  int(n: number): this {
    if (n >= 0) this.head(0, n);
    else this.head(1, -1 - n);
    return this;
  }

  array(length: number): this {
    this.head(4, length);
    return this;
  }

  string(s: string): this {
    const encoded = UTF8.encode(s);
    this.head(3, encoded.length);
    this.room(encoded.length);
    this.buf.set(encoded, this.at);
    this.at += encoded.length;
    return this;
  }

  /** Writes any decoded value back (numbers must be integers). */
  value(v: Cbor): this {
    if (typeof v === 'number') return this.int(v);
    if (typeof v === 'string') return this.string(v);
    this.array(v.length);
    for (const x of v) this.value(x);
    return this;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}
