/**
 * The only module that calls getCollection. Pages read the Portal of the
 * validated content (drafts out, indexes computed once per build) from here,
 * and the bodies and images Astro renders and resolves.
 */
import { getCollection, getEntry, render } from 'astro:content';
// The configured base, read from the config itself (a stray BASE_URL in the environment cannot change it).
import { base as CONFIG_BASE } from 'astro:config/client';
import { portalOf, type Portal } from '../lib/domain/portal.ts';
import { latestValidation } from '../lib/source/validate.ts';
import type { ImageMetadata } from 'astro';
import type { Article } from '../lib/domain/types.ts';
import { withBase, absoluteUrl } from '../lib/routing/paths.ts';
import { commitDates, lastChange, lastModified, type CommitDates } from '../lib/source/last-change.ts';

/**
 * The Portal of the validated content: the very object the build's search index was made from
 * (one model per build). In `astro dev` a saved file is validated again by the loaders, and the
 * next page gets the Portal of the new content. Astro's collections are read only for what Astro
 * itself must resolve: rendered bodies and images.
 */
export function getPortal(): Promise<Portal> {
  return Promise.resolve(portalOf(latestValidation(process.cwd()).set));
}

export interface Images {
  /** Each article's cover, resolved by Astro to an image it optimises. */
  covers: Map<string, ImageMetadata>;
  /** The emblem named by site.yaml. */
  logo?: ImageMetadata;
}

let images: Promise<Images> | undefined;
let imagesAt: number | undefined;
const LOADED = Symbol.for('bang-vang.content-loaded');

/** The images of the content, as Astro resolved them (covers by article slug, the logo). */
export function getImages(): Promise<Images> {
  // In `astro dev` a saved file reloads the collections: the next page then reads them again. A build loads once.
  const loaded = (globalThis as unknown as Record<symbol, number | undefined>)[LOADED] ?? 0;
  if (imagesAt !== loaded) images = undefined;
  imagesAt = loaded;
  images ??= (async () => {
    const [site, articles] = await Promise.all([getCollection('site'), getCollection('articles')]);
    const covers = new Map<string, ImageMetadata>();
    for (const e of articles) if (e.data.cover) covers.set(e.id, e.data.cover.src);
    return { covers, logo: site[0]?.data.logo };
  })();
  return images;
}

/** The rendered body of an article. */
export async function renderArticle(slug: string) {
  const entry = await getEntry('articles', slug);
  if (!entry) throw new Error(`không có bài viết "${slug}" trong bộ nội dung`);
  return render(entry);
}

const BASE = CONFIG_BASE;

/** A site path with the deployment's sub-path. */
export const href = (path: string): string => withBase(path, BASE);

/** An absolute URL (canonical links, feeds, sitemap, open data). */
export const absolute = (path: string, site: URL | undefined, fallback: string): string =>
  absoluteUrl(path, site?.origin ?? new URL(fallback).origin, BASE);

let dates: CommitDates | undefined;
/** Last-commit dates of the articles: one `git log` per build (see lib/source/last-change.ts). */
function commitDatesOnce(): CommitDates {
  if (!dates) {
    dates = commitDates(process.cwd());
    if (dates.unavailable === 'shallow')
      console.warn(
        '[cảnh báo] .git › lịch sử: bản sao nông (shallow clone) — ngày "Cập nhật" chỉ lấy từ trường updated; cần lấy đủ lịch sử (fetch-depth: 0) để dùng ngày commit',
      );
  }
  return dates;
}

/** The date to show as "Cập nhật", if the article changed after its publication date. */
export const lastChangeOf = (a: Article): string | undefined => lastChange(a, commitDatesOnce().dates.get(a.file));

/** The sitemap's <lastmod> of an article. */
export const lastModifiedOf = (a: Article): string => lastModified(a, commitDatesOnce().dates.get(a.file));

/** A bloc's description (markdown), rendered by its loader through the article pipeline. */
export async function renderBlocDescription(id: string) {
  const entry = await getEntry('blocs', id);
  return entry?.rendered?.html ? render(entry) : undefined;
}
