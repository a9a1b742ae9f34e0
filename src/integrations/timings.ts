/**
 * The build's own phase timings, for `npm run bench`: when BANG_VANG_TIMINGS
 * names a file, the integration stamps each step (epoch milliseconds, so the
 * bench can place them on its own clock) and writes them there as JSON at the
 * end of the build. Without the variable nothing is recorded or written.
 * The bench reads this file instead of parsing the integration's log lines.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Steps of the integration, in the order they happen. */
export const TIMING_MARKS = [
  'setupStart', // astro:config:setup begins
  'validated', // every content file checked
  'buildStart', // astro:build:start: search records built and sent to Pagefind from here
  'searchRecords', // search records computed (Pagefind indexes them while pages render)
  'searchWritten', // Pagefind wrote its files (may come before or after buildDone)
  'buildDone', // astro:build:done begins: every page rendered
  'articlesChecked', // every published article has its page, no draft has one
  'aliasesWritten', // file aliases written
  'imagesChecked', // image metadata pass done
  'searchDone', // search index checked and moved into dist/
] as const;

export type TimingMark = (typeof TIMING_MARKS)[number];

export interface BuildTimings {
  version: 1;
  pid: number;
  /** Epoch milliseconds of each step reached. */
  marks: Partial<Record<TimingMark, number>>;
  articles: number;
  imageFiles: number;
  imagesStripped: number;
  search: {
    pages: number;
    records: number;
    ms: number;
    addMs: number;
    writeMs: number;
    /** Pagefind processes run one after another, and the time joining their indexes (search-index.ts). */
    parts?: number;
    mergeMs?: number;
    waitedMs: number;
  };
}

export function timingsRecorder(file: string | undefined) {
  const marks: Partial<Record<TimingMark, number>> = {};
  return {
    mark(name: TimingMark) {
      if (file) marks[name] = performance.timeOrigin + performance.now();
    },
    write(rest: Omit<BuildTimings, 'version' | 'pid' | 'marks'>) {
      if (!file) return;
      const out: BuildTimings = { version: 1, pid: process.pid, marks, ...rest };
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    },
  };
}
