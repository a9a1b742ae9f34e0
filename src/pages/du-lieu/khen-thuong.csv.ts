/** Open data, CSV: RFC 4180, UTF-8 with BOM, formula cells neutralised. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal.ts';
import { openData } from '../../data/feeds.ts';
import { toCsv } from '../../lib/domain/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const rows = openData(portal, site);
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
