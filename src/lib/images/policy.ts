/**
 * Image policy, in one place: which widths and formats the portal publishes,
 * and what it refuses. Measured choices are explained in docs/images.md.
 */

/** Widths of a cover photo: phone, tablet, the article column, and 2× for dense screens. */
export const COVER_WIDTHS = [400, 720, 1080, 1440];
/** The article column is at most 44rem (~704 px) wide. */
export const COVER_SIZES = '(min-width: 46rem) 704px, 100vw';

/** Formats the portal serves. WebP: ~20× faster to encode than AVIF, supported by every current browser. */
export const OUTPUT_FORMATS = ['webp'] as const;

/** Largest source file accepted. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Largest source image accepted, in pixels. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Source types accepted, by extension. */
export const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'JPEG',
  '.jpeg': 'JPEG',
  '.png': 'PNG',
  '.webp': 'WebP',
  '.avif': 'AVIF',
  '.gif': 'GIF',
  '.svg': 'SVG',
  '.tif': 'TIFF',
  '.tiff': 'TIFF',
};
