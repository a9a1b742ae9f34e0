/**
 * No published image carries EXIF, GPS, XMP or IPTC (honorees are real people,
 * and phone photos carry where they were taken). Astro's sharp service already
 * strips metadata from the images it resizes; this pass covers the originals
 * Astro copies to dist/ as they are. Metadata is removed, the colour profile
 * kept, and the result read back: a file that still carries any fails the build.
 *
 * Cheap on every build: JPEG, PNG and WebP are checked from their container
 * structure without decoding, and a stripped original is kept in a cache by
 * content hash, so an unchanged photo is never re-encoded.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type FormatEnum } from 'sharp';
import { carriesMetadata } from '../lib/images/metadata.ts';
import { IMAGE_TYPES } from '../lib/images/policy.ts';

/** Published raster images: every accepted source type but SVG (which carries no EXIF), by extension. */
const RASTER_EXTENSIONS = new Set(Object.keys(IMAGE_TYPES).filter((ext) => ext !== '.svg'));
const isRaster = (p: string) => RASTER_EXTENSIONS.has(path.extname(p).toLowerCase());

export function publishedImages(dir: string, files?: readonly string[]): string[] {
  return (files ?? (fs.readdirSync(dir, { recursive: true }) as string[]))
    .filter(isRaster)
    .map((p) => path.join(dir, p));
}

async function hasMetadata(bytes: Buffer): Promise<boolean> {
  const quick = carriesMetadata(bytes);
  if (quick !== undefined) return quick;
  const m = await sharp(bytes).metadata();
  return Boolean(m.exif || m.xmp || m.iptc || m.tifftagPhotoshop);
}

async function strip(input: Buffer): Promise<Buffer> {
  const { format } = await sharp(input).metadata();
  // rotate() applies the EXIF orientation before the EXIF goes; animated GIF/WebP keep their frames.
  return sharp(input, { animated: true })
    .rotate()
    .keepIccProfile()
    .toFormat(format as keyof FormatEnum, { quality: 90 })
    .toBuffer();
}

/**
 * Strip metadata from every image in `dir` that has any (`images`: its published images, when the
 * caller has already listed them); returns the files rewritten.
 */
export async function stripImageMetadata(
  dir: string,
  cacheDir: string,
  images: readonly string[] = publishedImages(dir),
): Promise<string[]> {
  const rewritten: string[] = [];
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const file of images) {
    const input = fs.readFileSync(file);
    if (!(await hasMetadata(input))) continue;
    const key = crypto.createHash('sha256').update(input).digest('hex');
    const cached = path.join(cacheDir, `${key}${path.extname(file).toLowerCase()}`);
    let output: Buffer;
    if (fs.existsSync(cached)) output = fs.readFileSync(cached);
    else {
      output = await strip(input);
      fs.writeFileSync(cached, output);
    }
    if (await hasMetadata(output))
      throw new Error(`${path.relative(dir, file)}: không xoá được siêu dữ liệu (EXIF/GPS) của ảnh`);
    fs.writeFileSync(file, output);
    rewritten.push(file);
  }
  return rewritten;
}
