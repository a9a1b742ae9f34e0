/**
 * Does an image file carry metadata (EXIF, XMP, IPTC)? Read from the container
 * structure of JPEG, PNG and WebP without decoding, so checking thousands of
 * published images costs milliseconds. Other formats answer "unknown".
 */

const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** true / false, or undefined when the format is not one this reader knows. */
export function carriesMetadata(b: Uint8Array): boolean | undefined {
  // JPEG: APP1 (Exif or XMP) and APP13 (Photoshop IPTC) segments before the scan.
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 4 <= b.length && b[i] === 0xff) {
      const marker = b[i + 1]!;
      if (marker === 0xda || marker === 0xd9) return false; // start of scan / end of image
      const length = (b[i + 2]! << 8) | b[i + 3]!;
      if (marker === 0xe1 || marker === 0xed) return true;
      i += 2 + length;
    }
    return false;
  }
  // PNG: eXIf chunk, or XMP in an iTXt chunk.
  if (b.length > 8 && ascii(b, 1, 3) === 'PNG') {
    let i = 8;
    while (i + 8 <= b.length) {
      const length = ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
      const type = ascii(b, i + 4, 4);
      if (type === 'eXIf' || type === 'zXIf') return true;
      if (type === 'iTXt' && ascii(b, i + 8, 17) === 'XML:com.adobe.xmp') return true;
      if (type === 'IEND') return false;
      i += 12 + length;
    }
    return false;
  }
  // WebP: EXIF or XMP chunks in the RIFF container.
  if (b.length > 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    let i = 12;
    while (i + 8 <= b.length) {
      const type = ascii(b, i, 4);
      const length = b[i + 4]! | (b[i + 5]! << 8) | (b[i + 6]! << 16) | ((b[i + 7]! << 24) >>> 0);
      if (type === 'EXIF' || type === 'XMP ') return true;
      i += 8 + length + (length % 2);
    }
    return false;
  }
  return undefined;
}
