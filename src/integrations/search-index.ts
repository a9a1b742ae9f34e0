/**
 * Pagefind through its Node API: one custom record per published article and
 * per honoree (see lib/search/records.ts), one Pagefind index per bundle,
 * written into `outDir/pagefind/<bundle dir>` (the main one first).
 * Every response's errors fail the build, and the number of indexed records
 * must equal the number of pages that should be searchable. The build starts
 * it while pages render and moves the result into dist/ (bang-vang.ts).
 *
 * A large bundle is indexed in parts, each by a Pagefind process of its own that exits before the
 * next starts, and the parts are joined into one index (lib/search/merge-index.ts): Pagefind holds
 * everything it was given until it writes, ~40 KB per record, so one run over a 10,000-article
 * portal's 90,551 records peaked at 3.7 GiB beside the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { mergePagefindIndexes } from '../lib/search/merge-index.ts';
import { buildQuickIndex, QUICK_DIR } from '../lib/search/quick-index.ts';
import { BUNDLES, type Bundle, type SearchRecord } from '../lib/search/records.ts';

/** Records sent to Pagefind at once. */
const BATCH = 256;

/**
 * Text (characters of content and meta values) given to one Pagefind process. At 4 million a part
 * peaks at 0.5-0.6 GiB; the 90,551 records of a 10,000-article portal make 15 parts (docs/search.md,
 * "Written in parts"). Set otherwise with BANG_VANG_SEARCH_PART (characters; 0 = one part).
 */
export const PART_CHARS = 4_000_000;

export function partChars(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BANG_VANG_SEARCH_PART;
  if (raw === undefined || raw === '') return PART_CHARS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`BANG_VANG_SEARCH_PART: cần số nguyên ≥ 0, có “${raw}”`);
  return n === 0 ? Number.POSITIVE_INFINITY : n;
}

/** How much text Pagefind is given for a record. */
function recordChars(r: SearchRecord): number {
  let n = r.content.length + r.url.length;
  for (const v of Object.values(r.meta ?? {})) n += v.length;
  return n;
}

/** Consecutive runs of records, each within `budget` characters (a larger record alone). */
export function partition<T extends SearchRecord>(records: T[], budget: number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let size = 0;
  for (const r of records) {
    const n = recordChars(r);
    if (part.length && size + n > budget) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(r);
    size += n;
  }
  if (part.length || !parts.length) parts.push(part);
  return parts;
}

export interface IndexStats {
  pages: number;
  addMs: number;
  writeMs: number;
  /** Pagefind processes run, one after another (1 = no join). */
  parts: number;
  /** Time joining the parts. */
  mergeMs: number;
}

export async function writeSearchIndex(
  records: SearchRecord[],
  outDir: string,
  options: { partChars?: number } = {},
): Promise<IndexStats> {
  const budget = options.partChars ?? partChars();
  const total: IndexStats = { pages: 0, addMs: 0, writeMs: 0, parts: 0, mergeMs: 0 };
  const tally = (r: { pages: number; addMs: number; writeMs: number }) => {
    total.pages += r.pages;
    total.addMs += r.addMs;
    total.writeMs += r.writeMs;
    total.parts++;
  };
  try {
    for (const bundle of Object.keys(BUNDLES) as Bundle[]) {
      const mine = records.filter((r) => (r.bundle ?? 'main') === bundle);
      if (!mine.length && bundle !== 'main') continue;
      const outputPath = path.join(outDir, 'pagefind', BUNDLES[bundle]);
      const parts = partition(mine, budget);
      if (parts.length === 1) {
        tally(await writeBundle(mine, outputPath));
        continue;
      }
      const tmp = path.join(outDir, `.pagefind-parts-${bundle}`);
      fs.rmSync(tmp, { recursive: true, force: true });
      const written: { dir: string; count: number }[] = [];
      for (const [i, part] of parts.entries()) {
        const dir = path.join(tmp, String(i + 1));
        tally(await writeBundle(part, dir));
        // The next part in a new process: Pagefind returns its memory only when it exits.
        await pagefind.close();
        written.push({ dir, count: part.length });
      }
      const started = performance.now();
      await mergePagefindIndexes(written, outputPath, {
        sortOf: (p) => mine[p]?.sort,
        urlOf: (p) => mine[p]!.url,
      });
      fs.rmSync(tmp, { recursive: true, force: true });
      total.mergeMs += performance.now() - started;
    }
    return total;
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
