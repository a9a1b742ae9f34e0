/** /chuyen-muc/<kind>/rss.xml: the latest 50 articles of one kind. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import { siteFeed } from '../../../data/feeds.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../../../lib/domain/vocabulary.ts';

export function getStaticPaths() {
  return ARTICLE_KINDS.map((kind) => ({ params: { kind } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const portal = await getPortal();
  return new Response(siteFeed(portal, site, params.kind as ArticleKind), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
