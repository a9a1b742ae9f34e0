/** Feeds, sitemap and open data as strings, from the portal and the deployment's URLs. */
import type { Portal } from '../lib/domain/portal.ts';
import { KIND_LABELS, type ArticleKind } from '../lib/domain/vocabulary.ts';
import { rss } from '../lib/feeds/rss.ts';
import { openDataRows, type OpenDataRow } from '../lib/domain/open-data.ts';
import { paths } from '../lib/routing/paths.ts';
import { absolute } from './portal.ts';

export function siteFeed(portal: Portal, site: URL | undefined, kind?: ArticleKind): string {
  const abs = (p: string) => absolute(p, site, portal.site.base_url);
  const articles = kind ? portal.byKind.get(kind)! : portal.articles; // rss() keeps the latest FEED_SIZE
  return rss({
    title: kind ? `${portal.site.name} — ${KIND_LABELS[kind]}` : portal.site.name,
    description: portal.site.description ?? `Tin thi đua – khen thưởng của ${portal.site.owner}`,
    siteUrl: abs(kind ? paths.kind(kind) : paths.home()),
    feedUrl: abs(kind ? paths.kindFeed(kind) : paths.feed()),
    items: articles.map((a) => ({
      title: a.title,
      url: abs(paths.article(a.slug)),
      date: a.date,
      summary: a.summary,
      category: KIND_LABELS[a.kind],
    })),
  });
}

const rowsOf = new WeakMap<Portal, OpenDataRow[]>();

/** The open-data rows, made once per build for both the CSV and the JSON file. */
export function openData(portal: Portal, site: URL | undefined): OpenDataRow[] {
  let rows = rowsOf.get(portal);
  if (!rows)
    rowsOf.set(
      portal,
      (rows = openDataRows(portal, (slug) => absolute(paths.article(slug), site, portal.site.base_url))),
    );
  return rows;
}
