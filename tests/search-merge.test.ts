/**
 * The search index written in parts and joined (lib/search/merge-index.ts) is the index one
 * Pagefind run writes for the same records: same pages in the same order, same words with the same
 * locations (in text and in each meta field), same variants with marks, filters and sort orders.
 * Only file names may differ, so both are read back into one shape and compared whole. Records: the sample content's plus a synthetic portal's, so parts differ in which
 * meta fields and filters they hold.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench-corpus.ts';
import { buildPortal } from '../src/lib/domain/portal.ts';
import { type Cbor, CborWriter, decodeCbor } from '../src/lib/search/cbor.ts';
import { readPagefindFile } from '../src/lib/search/merge-index.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { validateContent } from '../src/lib/source/validate.ts';
import { partition, writeSearchIndex } from '../src/integrations/search-index.ts';

const REPO = path.resolve(import.meta.dirname, '..');

interface Shape {
  version: string;
  pages: { url: string; rest: Cbor[] }[];
  fields: string[];
  words: Map<string, unknown>;
  filters: Record<string, Record<string, string[]>>;
  sorts: Record<string, string[]>;
  pageCount: number;
  ranges: string[][];
  fragments: Map<string, string>;
}

/** An index read back: pages by URL, words with absolute page numbers, chunk grouping forgotten. */
function readIndex(dir: string): Shape {
  const metaName = fs.readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
  const [version, pages, chunks, filters, sorts, fields] = readPagefindFile(path.join(dir, metaName)) as [
    string,
    Cbor[][],
    string[][],
    string[][],
    [string, number[]][],
    string[],
  ];
  const fragments = new Map<string, string>();
  const urls = pages.map(([hash]) => {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`)));
    const json = raw.subarray(12).toString('utf8');
    const url = JSON.parse(json).url as string;
    fragments.set(url, json);
    return url;
  });
  const words = new Map<string, unknown>();
  const abs = (list: [number, number[], number[]][]) => {
    let last = 0;
    return list.map(([d, locs, metaLocs]) => {
      last += d;
      return [last, locs, metaLocs];
    });
  };
  let previous = '';
  for (const [from, to, hash] of chunks) {
    const [ws] = readPagefindFile(path.join(dir, 'index', `${hash}.pf_index`)) as [Cbor[][]];
    for (const [word, ps, vs] of ws as [
      string,
      [number, number[], number[]][],
      [string, [number, number[], number[]][]][],
    ][]) {
      // Every word lies in its chunk's range, and words ascend across chunks.
      expect(word >= from! || word.startsWith(from!)).toBe(true);
      expect(word <= to! || word.startsWith(to!)).toBe(true);
      expect(Buffer.compare(Buffer.from(previous), Buffer.from(word))).toBe(-1);
      previous = word;
      words.set(word, [abs(ps), vs.map(([f, p]) => [f, abs(p)])]);
    }
  }
  const filterShape: Shape['filters'] = {};
  for (const [name, hash] of filters) {
    const [, values] = readPagefindFile(path.join(dir, 'filter', `${hash}.pf_filter`)) as [
      string,
      [string, number[]][],
    ];
    filterShape[name!] = Object.fromEntries(values.map(([v, ps]) => [v, ps.map((p) => urls[p]!)]));
  }
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  expect(entry.languages.vi.hash).toBe(metaName.replace(/^pagefind\.|\.pf_meta$/g, ''));
  return {
    version,
    pages: pages.map(([, ...rest], i) => ({ url: urls[i]!, rest })),
    fields,
    words,
    filters: filterShape,
    sorts: Object.fromEntries(sorts.map(([k, ps]) => [k, ps.map((p) => urls[p]!)])),
    pageCount: entry.languages.vi.page_count,
    ranges: chunks.map(([from, to]) => [from!, to!]),
    fragments,
  };
}

let tmp: string;
let single: Shape;
let merged: Shape;
let parts: number;
let partFields: Set<string>;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-merge-'));
  // Sample content first (articles, honorees, decisions), then a synthetic portal of 40 articles.
  const sample = searchRecords(buildPortal(validateContent(REPO).set));
  const synthetic = path.join(tmp, 'corpus');
  writeCorpus(40, synthetic, REPO);
  const v = validateContent(synthetic);
  expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const more = searchRecords(buildPortal(v.set)).map((r) => ({ ...r, url: `/khac${r.url}` }));
  const records = [...sample, ...more];
  const budget = 12_000;
  const cut = partition(records, budget);
  parts = cut.length;
  partFields = new Set(cut.map((p) => [...new Set(p.flatMap((r) => Object.keys(r.meta)))].sort().join(',')));
  await writeSearchIndex(records, path.join(tmp, 'one'), { partChars: Number.POSITIVE_INFINITY });
  const r = await writeSearchIndex(records, path.join(tmp, 'parts'), { partChars: budget });
  expect(r.parts).toBe(parts);
  expect(r.pages).toBe(records.length);
  single = readIndex(path.join(tmp, 'one', 'pagefind'));
  merged = readIndex(path.join(tmp, 'parts', 'pagefind'));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('search index written in parts and joined', () => {
  it('is written in several parts whose meta fields differ', () => {
    expect(parts).toBeGreaterThan(5);
    // Some parts lack a meta field others have, so the join must renumber fields.
    expect(partFields.size).toBeGreaterThan(1);
    expect(fs.existsSync(path.join(tmp, 'parts', '.pagefind-parts-main'))).toBe(false);
  });

  it('has the same pages, in the same order, with the same word counts and fragments', () => {
    expect(merged.pages).toEqual(single.pages);
    expect(merged.pageCount).toBe(single.pageCount);
    expect(merged.version).toBe(single.version);
    expect(merged.fragments).toEqual(single.fragments);
  });

  it('has the same words, pages, locations, meta locations and variants with marks', () => {
    expect(merged.fields).toEqual(single.fields);
    expect(merged.words.size).toBe(single.words.size);
    for (const [word, entry] of single.words) expect([word, merged.words.get(word)]).toEqual([word, entry]);
  });

  it('cuts its words into the same chunks (only file names differ)', () => {
    expect(merged.ranges.length).toBeGreaterThan(1);
    expect(merged.ranges).toEqual(single.ranges);
  });

  it('has the same filters and sort orders', () => {
    expect(merged.filters).toEqual(single.filters);
    expect(merged.sorts).toEqual(single.sorts);
    expect(Object.keys(merged.sorts).length).toBeGreaterThan(0);
  });

  it('keeps Pagefind’s own files (library, WASM) from the first part', () => {
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'])
      expect(fs.readFileSync(path.join(tmp, 'parts', 'pagefind', f))).toEqual(
        fs.readFileSync(path.join(tmp, 'one', 'pagefind', f)),
      );
  });
});

describe('CBOR as Pagefind writes it', () => {
  it('reads back what the single run wrote, byte for byte, when written again', () => {
    const dir = path.join(tmp, 'one', 'pagefind');
    const files = [
      ...fs.readdirSync(path.join(dir, 'index')).map((f) => path.join(dir, 'index', f)),
      ...fs.readdirSync(path.join(dir, 'filter')).map((f) => path.join(dir, 'filter', f)),
      path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!),
    ];
    for (const file of files) {
      const raw = zlib.gunzipSync(fs.readFileSync(file)).subarray(12);
      const { value, end } = decodeCbor(raw);
      expect(end).toBe(raw.length);
      expect(Buffer.from(new CborWriter().value(value).bytes()).equals(raw)).toBe(true);
    }
  });
});
