/**
 * Bytes → text the way editors' files must be read: strict UTF-8 (invalid bytes
 * are refused, never replaced by U+FFFD), BOM dropped, CRLF/CR → LF, NFC.
 */

export type TextResult = { ok: true; text: string } | { ok: false; line: number; byte: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): TextResult {
  try {
    const text = decoder.decode(bytes); // the decoder drops a leading BOM
    return { ok: true, text: normalizeText(text) };
  } catch {
    const byte = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < byte; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, line, byte };
  }
}

/** Line ends to LF, a stray BOM removed, Unicode NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // overlongs, surrogates and values past U+10FFFF
    const c1 = bytes[i + 1]!;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}
