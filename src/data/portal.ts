/**
 * The only module that calls getCollection: it turns the collections into the
 * Portal (drafts out, indexes computed once per build) and renders bodies.
 */
import { getCollection, getEntry, render } from 'astro:content';
// The configured base, read from the config itself (a stray BASE_URL in the environment cannot change it).
import { base as CONFIG_BASE } from 'astro:config/client';
import { buildPortal, type Portal } from '../lib/domain/portal.ts';
import type { Article, AwardType, Bloc, DecisionRecord, Honoree, Site } from '../lib/domain/types.ts';
import { withBase, absoluteUrl } from '../lib/routing/paths.ts';
import { commitDates, lastChange, lastModified, type CommitDates } from '../lib/source/last-change.ts';

let cached: Promise<Portal> | undefined;
/** Loads of the content loaders when `cached` was made (src/content.config.ts counts them). */
let cachedAt: number | undefined;
const LOADED = Symbol.for('bang-vang.content-loaded');

export function getPortal(): Promise<Portal> {
  // In `astro dev` a saved file reloads the content: the next page then gets a new Portal. A build loads once.
  const loaded = (globalThis as unknown as Record<symbol, number | undefined>)[LOADED] ?? 0;
  if (cachedAt !== loaded) cached = undefined;
  cachedAt = loaded;
  cached ??= (async () => {
    const [site, awardTypes, blocs, honorees, articles, decisions] = await Promise.all([
      getCollection('site'),
      getCollection('awardTypes'),
      getCollection('blocs'),
      getCollection('honorees'),
      getCollection('articles'),
      getCollection('decisions'),
    ]);
    return buildPortal({
      site: site[0]?.data as Site | undefined,
      awardTypes: awardTypes.map((e) => e.data as AwardType),
      blocs: blocs.map((e) => e.data as Bloc),
      honorees: honorees.map((e) => e.data as Honoree),
      articles: articles.map((e) => e.data as unknown as Article),
      decisions: decisions.map((e) => e.data as unknown as DecisionRecord),
    });
  })();
  return cached;
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
