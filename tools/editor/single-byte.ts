/**
 * What TCVN3 and VNI share: their text arrives as bytes read as Windows-1252,
 * and encoding maps each non-ASCII character through the encoding's table.
 */

const cp1252 = new TextDecoder('windows-1252');

/** Raw bytes → the characters Windows-1252 reads them as (the form legacy text usually arrives in). */
export function readWindows1252(bytes: Uint8Array): string {
  return cp1252.decode(bytes);
}

/** Unicode → a legacy encoding's characters through `table`; ASCII passes through. Throws naming the encoding. */
export function encodeThrough(text: string, table: ReadonlyMap<string, string>, encoding: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (table.has(ch)) out += table.get(ch);
    else throw new RangeError(`"${ch}" không có trong bảng mã ${encoding}`);
  }
  return out;
}

/** Characters of a single-byte encoding (each one a byte value) → bytes. */
export function charsToBytes(chars: string): Uint8Array {
  return Uint8Array.from(chars, (c) => c.charCodeAt(0));
}
