/** Vietnamese titles → ASCII kebab-case slugs and ids. */
import { foldVi } from './fold.ts';

/** The id/slug form of the content model: lowercase ASCII kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug we make from a title (a URL segment people may have to read aloud). */
export const MAX_SLUG_LENGTH = 100;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** "Hội nghị tổng kết … năm 2020" → "hoi-nghi-tong-ket-…-nam-2020" (tones stripped, đ → d). */
export function slugify(text: string): string {
  let slug = foldVi(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH);
    const cut = slug.lastIndexOf('-');
    if (cut > MAX_SLUG_LENGTH / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  return slug;
}

/** The first of `base`, `base-2`, `base-3`… that is not already taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
