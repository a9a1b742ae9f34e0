/** Sitemaps: an index pointing at files of at most 50,000 URLs each. */
import { escapeXml } from './rss.ts';

export const SITEMAP_LIMIT = 50_000;

export function chunk<T>(items: readonly T[], size: number = SITEMAP_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

export function sitemapIndex(sitemapUrls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemapUrls.map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`;
}

/** A URL, or a URL with the date (YYYY-MM-DD) its page last changed. */
export type SitemapUrl = string | { loc: string; lastmod?: string };

export function urlset(urls: readonly SitemapUrl[]): string {
  const line = (u: SitemapUrl) => {
    const { loc, lastmod } = typeof u === 'string' ? { loc: u, lastmod: undefined } : u;
    return `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map(line).join('\n')}
</urlset>
`;
}
