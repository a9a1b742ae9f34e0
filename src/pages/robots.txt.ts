import type { APIRoute } from 'astro';
import { absolute, getPortal } from '../data/portal.ts';
import { paths } from '../lib/routing/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absolute(paths.sitemapIndex(), site, portal.site.base_url)}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
};
