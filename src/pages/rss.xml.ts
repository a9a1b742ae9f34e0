/** /rss.xml: the latest 50 articles of the site. */
import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal.ts';
import { siteFeed } from '../data/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  return new Response(siteFeed(portal, site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
