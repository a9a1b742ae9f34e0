/** /sitemap-index.xml → /sitemap-1.xml…: every public page, at most 50,000 URLs per file. */
import type { APIRoute } from 'astro';
import { absolute, getPortal } from '../data/portal.ts';
import { chunk, sitemapIndex } from '../lib/feeds/sitemap.ts';
import { htmlPagePaths } from '../lib/routing/pages.ts';
import { paths } from '../lib/routing/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const files = chunk(htmlPagePaths(portal)).map((_, i) => absolute(paths.sitemap(i + 1), site, portal.site.base_url));
  return new Response(sitemapIndex(files), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
