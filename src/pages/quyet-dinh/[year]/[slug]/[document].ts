/**
 * A decision's signed document, published under the decision's URL with a
 * name made from its number: /quyet-dinh/2021/512-qd-ubnd/512-qd-ubnd.pdf.
 * The file was checked when content was read (PDF by its bytes, size limit,
 * no active content, no metadata: src/lib/documents/pdf.ts); it is read again
 * here and published byte for byte, so a digital signature stays valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../../data/portal.ts';
import { inspectPdf } from '../../../../lib/documents/pdf.ts';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.decisions
    .filter((d) => d.record?.documentFile)
    .map((d) => ({
      params: { year: String(d.year), slug: d.slug, document: `${d.slug}.pdf` },
      props: { file: d.record!.documentFile! },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = (props as { file: string }).file;
  const bytes = fs.readFileSync(path.resolve(process.cwd(), file));
  // Checked again: the file may have changed since validation (astro dev).
  const findings = inspectPdf(bytes);
  if (findings.length)
    throw new Error(`${file}: văn bản không còn qua được kiểm tra (${findings.map((f) => f.kind).join(', ')})`);
  return new Response(bytes, { headers: { 'Content-Type': 'application/pdf' } });
};
