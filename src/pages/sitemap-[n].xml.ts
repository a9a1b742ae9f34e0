import type { APIRoute } from 'astro';
import { absolute, getPortal, lastModifiedOf } from '../data/portal.ts';
import { paths } from '../lib/routing/paths.ts';
import { chunk, urlset } from '../lib/feeds/sitemap.ts';
import { htmlPagePaths } from '../lib/routing/pages.ts';

export async function getStaticPaths() {
  const portal = await getPortal();
  return chunk(htmlPagePaths(portal)).map((urls, i) => ({ params: { n: String(i + 1) }, props: { urls } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const portal = await getPortal();
  // Articles carry the date they last changed ("Cập nhật", else their publication date).
  const lastmod = new Map(portal.articles.map((a) => [paths.article(a.slug), lastModifiedOf(a)]));
  const urls = (props.urls as string[]).map((p) => ({
    loc: absolute(p, site, portal.site.base_url),
    lastmod: lastmod.get(p),
  }));
  return new Response(urlset(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
