/**
 * What an image file is, read from its first bytes (no decoding, no sharp),
 * so the content check stays synchronous and fast: format and pixel size of
 * JPEG, PNG, GIF, WebP and AVIF; SVG checked as text for anything active.
 */

export interface ImageInfo {
  format: 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | 'tiff';
  width?: number;
  height?: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = b[i + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8), DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

function avifSize(b: Uint8Array): { width: number; height: number } | undefined {
  for (let i = 0; i + 20 < Math.min(b.length, 4096); i++) {
    if (b[i] === 0x69 && ascii(b, i, 4) === 'ispe') return { width: u32be(b, i + 8), height: u32be(b, i + 12) };
  }
  return undefined;
}

export function inspectImage(b: Uint8Array): ImageInfo | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { format: 'jpeg', ...jpegSize(b) };
  if (b.length >= 24 && ascii(b, 1, 3) === 'PNG') return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  if (b.length >= 10 && ascii(b, 0, 4) === 'GIF8') return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const chunk = ascii(b, 12, 4);
    if (chunk === 'VP8X')
      return {
        format: 'webp',
        width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
        height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
      };
    if (chunk === 'VP8L') {
      const v = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
      return { format: 'webp', width: 1 + (v & 0x3fff), height: 1 + ((v >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ') return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    return { format: 'webp' };
  }
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && /avi[fs]/.test(ascii(b, 8, 4)))
    return { format: 'avif', ...avifSize(b) };
  if (b.length >= 4 && (ascii(b, 0, 4) === 'II*\u0000' || ascii(b, 0, 4) === 'MM\u0000*')) return { format: 'tiff' };
  const head = new TextDecoder()
    .decode(b.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
    return { format: 'svg' };
  return undefined;
}

/** Anything in an SVG that could run code or fetch from elsewhere; empty when the SVG is inert. */
export function svgProblems(text: string): string[] {
  const out: string[] = [];
  if (/<\s*script\b/i.test(text)) out.push('thẻ <script>');
  if (/[\s/"']on[a-z]+\s*=/i.test(text)) out.push('thuộc tính sự kiện (on…=)');
  if (/(?:java|vb)script\s*:/i.test(text.replace(/&#x?[0-9a-f]+;?/gi, '').replace(/\s+/g, '')))
    out.push('đường dẫn javascript:');
  if (/<\s*foreignObject\b/i.test(text)) out.push('thẻ <foreignObject>');
  if (
    /(?:xlink:)?href\s*=\s*["']\s*(?:https?:|\/\/|data:)/i.test(text) ||
    /url\(\s*["']?\s*(?:https?:|\/\/)/i.test(text) ||
    /@import/i.test(text)
  )
    out.push('tham chiếu ra ngoài (http:, //, data:, @import)');
  return out;
}
