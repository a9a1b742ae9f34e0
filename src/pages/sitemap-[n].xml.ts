import type { APIRoute } from 'astro';
import { absolute, getPortal } from '../data/portal.ts';
import { chunk, urlset } from '../lib/feeds/sitemap.ts';
import { htmlPagePaths } from '../lib/routing/pages.ts';

export async function getStaticPaths() {
  const portal = await getPortal();
  return chunk(htmlPagePaths(portal)).map((urls, i) => ({ params: { n: String(i + 1) }, props: { urls } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const portal = await getPortal();
  const urls = (props.urls as string[]).map((p) => absolute(p, site, portal.site.base_url));
  return new Response(urlset(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
