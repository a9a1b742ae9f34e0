/** Open data, JSON: an array of objects with the CSV's columns as keys. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal.ts';
import { openData } from '../../data/feeds.ts';
import { toJson } from '../../lib/domain/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const rows = openData(portal, site);
  return new Response(toJson(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
