/**
 * Pagefind through its Node API: one custom record per published article and
 * per honoree (see lib/search/records.ts), one Pagefind index per bundle,
 * written into `outDir/pagefind/<bundle dir>` (the main one first).
 * Every response's errors fail the build, and the number of indexed records
 * must equal the number of pages that should be searchable. The build starts
 * it while pages render and moves the result into dist/ (bang-vang.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildQuickIndex, QUICK_DIR } from '../lib/search/quick-index.ts';
import { BUNDLES, type Bundle, type SearchRecord } from '../lib/search/records.ts';

/** Records sent to Pagefind at once. */
const BATCH = 256;

export async function writeSearchIndex(
  records: SearchRecord[],
  outDir: string,
): Promise<{ pages: number; addMs: number; writeMs: number }> {
  let pages = 0;
  let addMs = 0;
  let writeMs = 0;
  try {
    for (const bundle of Object.keys(BUNDLES) as Bundle[]) {
      const mine = records.filter((r) => (r.bundle ?? 'main') === bundle);
      if (!mine.length && bundle !== 'main') continue;
      const r = await writeBundle(mine, path.join(outDir, 'pagefind', BUNDLES[bundle]));
      pages += r.pages;
      addMs += r.addMs;
      writeMs += r.writeMs;
    }
    return { pages, addMs, writeMs };
  } finally {
    await pagefind.close();
  }
}

async function writeBundle(
  records: SearchRecord[],
  outputPath: string,
): Promise<{ pages: number; addMs: number; writeMs: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
  const failed: string[] = [];
  let added = 0;
  const started = performance.now();
  // Records go to Pagefind's service in batches: one request at a time leaves its indexer idle.
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const results = await Promise.all(batch.map(({ bundle: _, ...record }) => index.addCustomRecord(record)));
    results.forEach((res, k) => {
      if (res.errors.length) failed.push(`${batch[k]!.url}: ${res.errors.join('; ')}`);
      else added++;
    });
  }
  if (failed.length) throw new Error(`Pagefind không lập chỉ mục được ${failed.length} trang:\n${failed.join('\n')}`);
  const addMs = performance.now() - started;
  const written = await index.writeFiles({ outputPath });
  const writeMs = performance.now() - started - addMs;
  if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
  if (added !== records.length) throw new Error(`Pagefind lập chỉ mục ${added} trang, cần ${records.length}`);
  return { pages: added, addMs, writeMs };
}

/**
 * The search page's first stage (lib/search/quick-index.ts): titles of every record of the main
 * index, written beside Pagefind's files into `outDir/pagefind/nhanh/`, after Pagefind has written
 * its own. Returns the number of files.
 */
export function writeQuickIndex(records: SearchRecord[], outDir: string): number {
  const dir = path.join(outDir, 'pagefind', QUICK_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  const files = buildQuickIndex(records.filter((r) => (r.bundle ?? 'main') === 'main'));
  for (const sub of new Set([...files.keys()].map((f) => path.dirname(f))))
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [file, text] of files) fs.writeFileSync(path.join(dir, file), text);
  return files.size;
}
