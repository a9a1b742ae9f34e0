/** Open data, CSV: RFC 4180, UTF-8 with BOM, formula cells neutralised. */
import type { APIRoute } from 'astro';
import { absolute, getPortal } from '../../data/portal.ts';
import { openDataRows, toCsv } from '../../lib/domain/open-data.ts';
import { paths } from '../../lib/routing/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const rows = openDataRows(portal, (slug) => absolute(paths.article(slug), site, portal.site.base_url));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
