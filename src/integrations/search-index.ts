/**
 * Pagefind through its Node API, after the pages are written: one custom
 * record per article and honoree (see lib/search/records.ts). Every response's
 * errors fail the build, and the number of indexed records must equal the
 * number of pages that should be searchable.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records.ts';

export async function writeSearchIndex(records: SearchRecord[], outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  try {
    if (!index || errors.length) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
    const failed: string[] = [];
    let added = 0;
    for (const record of records) {
      const res = await index.addCustomRecord(record);
      if (res.errors.length) failed.push(`${record.url}: ${res.errors.join('; ')}`);
      else added++;
    }
    if (failed.length) throw new Error(`Pagefind không lập chỉ mục được ${failed.length} trang:\n${failed.join('\n')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
    if (added !== records.length) throw new Error(`Pagefind lập chỉ mục ${added} trang, cần ${records.length}`);
    return { pages: added };
  } finally {
    await pagefind.close();
  }
}
