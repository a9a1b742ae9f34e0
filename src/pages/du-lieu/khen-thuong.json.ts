/** Open data, JSON: an array of objects with the CSV's columns as keys. */
import type { APIRoute } from 'astro';
import { absolute, getPortal } from '../../data/portal.ts';
import { openDataRows, toJson } from '../../lib/domain/open-data.ts';
import { paths } from '../../lib/routing/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const rows = openDataRows(portal, (slug) => absolute(paths.article(slug), site, portal.site.base_url));
  return new Response(toJson(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
