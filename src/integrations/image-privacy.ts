/**
 * No published image carries EXIF, GPS, XMP or IPTC (honorees are real people,
 * and phone photos carry where they were taken). Astro's sharp service already
 * strips metadata from the images it resizes; this pass covers any original
 * copied to dist/ as is. Metadata is removed, the colour profile kept, and the
 * result read back: a file that still carries any fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type FormatEnum } from 'sharp';

const RASTER = /\.(jpe?g|png|webp|avif|tiff?|gif)$/i;

export function publishedImages(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => RASTER.test(p)).map((p) => path.join(dir, p));
}

export async function hasMetadata(file: string): Promise<boolean> {
  const m = await sharp(file).metadata();
  return Boolean(m.exif || m.xmp || m.iptc || m.tifftagPhotoshop);
}

/** Strip metadata from every image in `dir` that has any; returns the files rewritten. */
export async function stripImageMetadata(dir: string): Promise<string[]> {
  const rewritten: string[] = [];
  for (const file of publishedImages(dir)) {
    if (!(await hasMetadata(file))) continue;
    const input = fs.readFileSync(file);
    const { format } = await sharp(input).metadata();
    // rotate() applies the EXIF orientation before the EXIF goes; animated GIF/WebP keep their frames.
    const output = await sharp(input, { animated: true }).rotate().keepIccProfile().toFormat(format as keyof FormatEnum, { quality: 90 }).toBuffer();
    fs.writeFileSync(file, output);
    if (await hasMetadata(file)) throw new Error(`${path.relative(dir, file)}: không xoá được siêu dữ liệu (EXIF/GPS) của ảnh`);
    rewritten.push(file);
  }
  return rewritten;
}
