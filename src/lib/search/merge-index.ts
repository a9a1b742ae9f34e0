/**
 * One Pagefind index from several smaller ones.
 *
 * Pagefind's indexer holds everything it was given until it writes (about 40 KB per record here:
 * 3.7 GiB for the 90,551 records of a 10,000-article portal), and it cannot write one index from
 * several runs. So the build indexes its records in parts, one Pagefind process after another
 * (integrations/search-index.ts), and this module joins the parts into the single index a single run
 * would have written: the same pages in the same order, the same words with the same locations, the
 * same filters and sort orders, cut into the same chunks. Search results are those of one run; only
 * the files' names differ. `tests/search-merge.test.ts` checks that against a single run of Pagefind
 * on the same records.
 *
 * The format (Pagefind 1.6; `pagefind/src/index/` upstream): every index file is gzip of
 * `pagefind_dcd` + CBOR arrays (lib/search/cbor.ts).
 * - `pagefind.<hash>.pf_meta`: [version, pages [hash, word count, …], index chunks [from, to, hash],
 *   filters [name, hash], sorts [name, page numbers], meta field names (sorted)].
 * - `index/<hash>.pf_index`: [[word, pages, variants]] sorted by word; a page is
 *   [page number as a delta from the previous one, locations, meta locations], where a meta location
 *   list switches field with -(field number + 1); a variant is [form with marks, pages].
 * - `filter/<hash>.pf_filter`: [name, [value, page numbers]], values sorted.
 * - `fragment/<hash>.pf_fragment`: one page's JSON, independent of numbering: moved as it is.
 * Words are read one chunk at a time from each part, so joining holds a few chunks, not the index.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { type Cbor, CborWriter, decodeCbor } from './cbor.ts';

// Compression runs on libuv's threads, so a build that joins parts while it renders pages keeps
// its main thread for the pages (the join's time was 2/3 gzip at level 9, Pagefind's level).
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

const MAGIC = 'pagefind_dcd';
const MAGIC_BYTES = new TextEncoder().encode(MAGIC);
/** Pagefind's default: a chunk closes once its pages' locations pass this count. */
export const CHUNK_SIZE = 20_000;

/** [page number, locations, meta locations]. */
export type PackedPage = [number, number[], number[]];
/** [form with marks, pages]. */
export type PackedVariant = [string, PackedPage[]];
/** [word, pages, variants], page numbers absolute (not deltas). */
export type PackedWord = [string, PackedPage[], PackedVariant[]];

export interface Part {
  /** The folder Pagefind wrote. */
  dir: string;
  /** Records sent to it, in order: page i of the part is the i-th. */
  count: number;
}

export interface MergeSource {
  /** Sort values of the page at a position of the whole list (all parts, in order). */
  sortOf(page: number): Record<string, string> | undefined;
  /** URL of the page at a position of the whole list, to check Pagefind kept the order. */
  urlOf(page: number): string;
}

export function readPagefindFile(file: string): Cbor {
  return decodePagefind(file, zlib.gunzipSync(fs.readFileSync(file)));
}

async function readPagefindFileAsync(file: string): Promise<Cbor> {
  return decodePagefind(file, await gunzip(await fs.promises.readFile(file)));
}

function decodePagefind(file: string, raw: Uint8Array): Cbor {
  if (!startsWithMagic(raw)) throw new Error(`${file}: không phải tệp chỉ mục Pagefind (thiếu ${MAGIC})`);
  const { value, end } = decodeCbor(raw, MAGIC_BYTES.length);
  if (end !== raw.length) throw new Error(`${file}: còn ${raw.length - end} byte sau dữ liệu`);
  return value;
}

function startsWithMagic(raw: Uint8Array): boolean {
  return MAGIC_BYTES.every((b, i) => raw[i] === b);
}

function gzipPagefind(bytes: Uint8Array): Promise<Buffer> {
  const out = new Uint8Array(MAGIC_BYTES.length + bytes.length);
  out.set(MAGIC_BYTES);
  out.set(bytes, MAGIC_BYTES.length);
  return gzip(out, { level: 9 });
}

/** Writes a file once its bytes are compressed; the promise is kept to be awaited with the rest. */
async function writeGzipped(file: string, bytes: Uint8Array): Promise<void> {
  await fs.promises.writeFile(file, await gzipPagefind(bytes));
}

/** Pagefind compares words, values and field names as Rust strings: by UTF-8 bytes, i.e. code points. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (an astral code point) sorts after every other BMP unit by code point.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Page numbers of a part's chunk as written (deltas) made absolute and moved by `offset`. */
function absolutePages(pages: Cbor, offset: number, fields: number[] | null): PackedPage[] {
  const list = pages as [number, number[], number[]][];
  const out: PackedPage[] = new Array(list.length);
  let last = 0;
  for (let i = 0; i < list.length; i++) {
    const [delta, locs, metaLocs] = list[i]!;
    last += delta;
    out[i] = [last + offset, locs, fields ? remapMetaLocs(metaLocs, fields) : metaLocs];
  }
  return out;
}

/** A part numbers its meta fields among its own; the whole index among all parts' (sorted, so the map keeps order). */
export function remapMetaLocs(metaLocs: number[], fields: number[]): number[] {
  if (!metaLocs.length) return metaLocs;
  return metaLocs.map((v) => {
    if (v >= 0) return v;
    const to = fields[-v - 1];
    if (to === undefined) throw new Error(`chỉ mục Pagefind: trường meta số ${-v - 1} không có trong danh sách`);
    return -(to + 1);
  });
}

/** Joins one word's entries from several parts (in part order, so page numbers stay ascending). */
export function joinWord(entries: PackedWord[]): PackedWord {
  if (entries.length === 1) return entries[0]!;
  const pages: PackedPage[] = [];
  const variants: PackedVariant[] = [];
  const byForm = new Map<string, PackedVariant>();
  for (const [, p, vs] of entries) {
    for (const page of p) pages.push(page);
    for (const [form, vp] of vs) {
      const known = byForm.get(form);
      if (known) for (const page of vp) known[1].push(page);
      else {
        const v: PackedVariant = [form, [...vp]];
        byForm.set(form, v);
        variants.push(v);
      }
    }
  }
  return [entries[0]![0], pages, variants];
}

function encodePages(w: CborWriter, pages: PackedPage[]): void {
  w.array(pages.length);
  let last = 0;
  for (const [page, locs, metaLocs] of pages) {
    w.array(3).int(page - last);
    last = page;
    w.array(locs.length);
    for (const l of locs) w.int(l);
    w.array(metaLocs.length);
    for (const l of metaLocs) w.int(l);
  }
}

/** A chunk file's bytes (CBOR, before gzip), page numbers written as deltas as Pagefind does. */
export function encodeChunk(words: PackedWord[]): Uint8Array {
  const w = new CborWriter();
  w.array(1).array(words.length);
  for (const [word, pages, variants] of words) {
    w.array(3).string(word);
    encodePages(w, pages);
    w.array(variants.length);
    for (const [form, vp] of variants) {
      w.array(2).string(form);
      encodePages(w, vp);
    }
  }
  return w.bytes();
}

/**
 * What a word adds to its chunk's size, as Pagefind 1.6 counts it (read from its output: every chunk
 * of a 90,551-record index closes at the first word that takes this count to CHUNK_SIZE): locations
 * plus one per page, of the word and of each variant, plus one per variant.
 */
export function wordSize(word: PackedWord): number {
  let n = 0;
  for (const [, locs, metaLocs] of word[1]) n += locs.length + metaLocs.length + 1;
  for (const [, pages] of word[2]) {
    n++;
    for (const [, locs, metaLocs] of pages) n += locs.length + metaLocs.length + 1;
  }
  return n;
}

/** Pagefind's `get_prefixes`: the shortest prefixes that still tell two neighbouring words apart. */
export function prefixes(a: string, b: string): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/** Pagefind's `chunk_meta`: each chunk's [from, to], narrowed to prefixes between neighbours. */
export function chunkRanges(bounds: [string, string][]): [string, string][] {
  const out = bounds.map(([f, t]) => [f, t] as [string, string]);
  for (let i = 0; i + 1 < out.length; i++) {
    const [to, from] = prefixes(out[i]![1], out[i + 1]![0]);
    if (compareCodePoints(to, out[i]![0]) >= 0) out[i]![1] = to;
    out[i + 1]![0] = from;
  }
  return out;
}

/** Pagefind's choice of sort type: numbers when every value reads as one, else text. */
function numericSort(values: string[]): boolean {
  return values.every((v) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v));
}

/** Sort orders over the whole list of pages, as Pagefind builds them (stable: ties keep page order). */
export function buildSorts(total: number, sortOf: MergeSource['sortOf']): [string, number[]][] {
  const byKey = new Map<string, [string, number][]>();
  for (let p = 0; p < total; p++) {
    const s = sortOf(p);
    if (!s) continue;
    for (const [k, v] of Object.entries(s)) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push([v, p]);
    }
  }
  return [...byKey.keys()].sort(compareCodePoints).map((k) => {
    const list = byKey.get(k)!;
    if (numericSort(list.map(([v]) => v))) list.sort((a, b) => Number(a[0]) - Number(b[0]));
    else list.sort((a, b) => compareCodePoints(a[0], b[0]));
    return [k, list.map(([, p]) => p)];
  });
}

/** A file name as Pagefind makes them: language, underscore, the shortest unused prefix of a hash. */
function shortName(bytes: Uint8Array, taken: Set<string>, lang: string): string {
  const full = createHash('sha1').update(bytes).digest('hex');
  let n = 7;
  while (taken.has(`${lang}_${full.slice(0, n)}`) && n < full.length) n++;
  const name = `${lang}_${full.slice(0, n)}`;
  taken.add(name);
  return name;
}

/** Moves files on libuv's threads, 64 at a time. */
async function moveAll(moves: [string, string][]): Promise<void> {
  for (let i = 0; i < moves.length; i += 64)
    await Promise.all(moves.slice(i, i + 64).map(([a, b]) => fs.promises.rename(a, b)));
}

interface Meta {
  version: string;
  pages: Cbor[][];
  chunks: [string, string, string][];
  filters: [string, string][];
  fields: string[];
}

function readMeta(dir: string): Meta {
  const name = fs.readdirSync(dir).find((f) => /^pagefind\..+\.pf_meta$/.test(f));
  if (!name) throw new Error(`${dir}: Pagefind không ghi tệp pf_meta`);
  const m = readPagefindFile(path.join(dir, name));
  if (!Array.isArray(m) || m.length !== 6 || typeof m[0] !== 'string')
    throw new Error(
      `${dir}/${name}: cấu trúc pf_meta không như Pagefind 1.6 (${Array.isArray(m) ? m.length : typeof m} phần)`,
    );
  return {
    version: m[0],
    pages: m[1] as Cbor[][],
    chunks: m[2] as [string, string, string][],
    filters: m[3] as [string, string][],
    fields: m[5] as string[],
  };
}

/** Reads a part's words in order, one chunk file at a time (the next one read ahead). */
class WordCursor {
  private chunk = 0;
  private words: Cbor[] = [];
  private at = 0;
  private next: Promise<Cbor[]> | undefined;
  private readonly dir: string;
  private readonly chunks: [string, string, string][];
  private readonly offset: number;
  private readonly fields: number[] | null;
  constructor(dir: string, chunks: [string, string, string][], offset: number, fields: number[] | null) {
    this.dir = dir;
    this.chunks = chunks;
    this.offset = offset;
    this.fields = fields;
    this.next = this.read();
  }
  private read(): Promise<Cbor[]> | undefined {
    if (this.chunk >= this.chunks.length) return undefined;
    const file = path.join(this.dir, 'index', `${this.chunks[this.chunk++]![2]}.pf_index`);
    return readPagefindFileAsync(file).then((v) => (v as Cbor[])[0] as Cbor[]);
  }
  /** Loads the next chunk when this one is used up; false when the part has no words left. */
  async ready(): Promise<boolean> {
    while (this.at >= this.words.length) {
      if (!this.next) return false;
      this.words = await this.next;
      this.at = 0;
      this.next = this.read();
    }
    return true;
  }
  /** The current word; call `ready()` first. */
  peek(): string | undefined {
    return this.at < this.words.length ? ((this.words[this.at] as Cbor[])[0] as string) : undefined;
  }
  take(): PackedWord {
    const [word, pages, variants] = this.words[this.at++] as [string, Cbor, [string, Cbor][]];
    return [
      word,
      absolutePages(pages, this.offset, this.fields),
      variants.map(([form, vp]) => [form, absolutePages(vp, this.offset, this.fields)]),
    ];
  }
}

/**
 * Joins the parts Pagefind wrote into `outDir` (created if missing; a fresh folder, as the build's
 * is): its common files (pagefind.js, WASM, UI) from the first part, fragments moved, words, filters,
 * sorts and meta written anew.
 */
export async function mergePagefindIndexes(parts: Part[], outDir: string, source: MergeSource): Promise<void> {
  if (!parts.length) throw new Error('không có phần chỉ mục nào để gộp');
  // One language per index (the build forces vi); its code starts every file name.
  const entry = JSON.parse(fs.readFileSync(path.join(parts[0]!.dir, 'pagefind-entry.json'), 'utf8'));
  const langs = Object.keys(entry.languages ?? {});
  if (langs.length !== 1) throw new Error(`pagefind-entry.json: cần một ngôn ngữ, có ${langs.length}`);
  const lang = langs[0]!;
  const metas = parts.map((p) => readMeta(p.dir));
  const version = metas[0]!.version;
  for (const [i, m] of metas.entries()) {
    if (m.version !== version) throw new Error(`phần chỉ mục ${i + 1}: Pagefind ${m.version}, phần 1: ${version}`);
    if (m.pages.length !== parts[i]!.count)
      throw new Error(`phần chỉ mục ${i + 1}: ${m.pages.length} trang, đã gửi ${parts[i]!.count}`);
  }
  const fields = [...new Set(metas.flatMap((m) => m.fields))].sort(compareCodePoints);
  const offsets: number[] = [];
  let total = 0;
  for (const m of metas) {
    offsets.push(total);
    total += m.pages.length;
  }

  // Common files from the first part; the index files are all written below.
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(parts[0]!.dir, { withFileTypes: true })) {
    if (f.isFile() && !f.name.endsWith('.pf_meta') && f.name !== 'pagefind-entry.json')
      fs.copyFileSync(path.join(parts[0]!.dir, f.name), path.join(outDir, f.name));
  }

  // Fragments: moved; a short name two different pages share is given a longer one.
  const fragDir = path.join(outDir, 'fragment');
  fs.mkdirSync(fragDir, { recursive: true });
  const fragNames = new Set<string>();
  const pages: Cbor[][] = [];
  for (const [i, m] of metas.entries()) {
    const renamed = new Map<string, string>();
    const from = path.join(parts[i]!.dir, 'fragment');
    const moves: [string, string][] = [];
    for (const name of fs.readdirSync(from)) {
      const hash = name.replace(/\.pf_fragment$/, '');
      const src = path.join(from, name);
      if (!fragNames.has(hash)) {
        fragNames.add(hash);
        moves.push([src, path.join(fragDir, name)]);
        continue;
      }
      // Moves so far are done first: the file of that name may be one of them.
      await moveAll(moves.splice(0));
      const bytes = fs.readFileSync(src);
      if (bytes.equals(fs.readFileSync(path.join(fragDir, name)))) continue;
      const next = shortName(bytes, fragNames, lang);
      renamed.set(hash, next);
      moves.push([src, path.join(fragDir, `${next}.pf_fragment`)]);
    }
    await moveAll(moves);
    for (const page of m.pages) {
      const p = [...page];
      p[0] = renamed.get(page[0] as string) ?? page[0]!;
      pages.push(p);
    }
  }
  // Pagefind numbers pages in the order it received them; check both ends of every part.
  for (const [i, m] of metas.entries()) {
    for (const k of m.pages.length ? [0, m.pages.length - 1] : []) {
      const at = offsets[i]! + k;
      const frag = zlib.gunzipSync(fs.readFileSync(path.join(fragDir, `${pages[at]![0]}.pf_fragment`)));
      const url = JSON.parse(frag.subarray(MAGIC_BYTES.length).toString('utf8')).url as string;
      if (url !== source.urlOf(at))
        throw new Error(`phần chỉ mục ${i + 1}: trang ${k} là ${url}, cần ${source.urlOf(at)} (thứ tự trang đổi)`);
    }
  }

  // Words: the parts' sorted lists merged, a word's entries joined, chunks cut as Pagefind cuts them.
  const indexDir = path.join(outDir, 'index');
  fs.mkdirSync(indexDir, { recursive: true });
  const cursors = metas.map((m, i) => {
    const map = m.fields.map((f) => fields.indexOf(f));
    const identity = map.every((to, from) => to === from);
    return new WordCursor(parts[i]!.dir, m.chunks, offsets[i]!, identity ? null : map);
  });
  const bounds: [string, string][] = [];
  const chunkNames: string[] = [];
  const taken = new Set<string>();
  let chunk: PackedWord[] = [];
  let size = 0;
  const writes: Promise<void>[] = [];
  const flush = (): void => {
    if (!chunk.length) return;
    const bytes = encodeChunk(chunk);
    const name = shortName(bytes, taken, lang);
    writes.push(writeGzipped(path.join(indexDir, `${name}.pf_index`), bytes));
    bounds.push([chunk[0]![0], chunk[chunk.length - 1]![0]]);
    chunkNames.push(name);
    chunk = [];
    size = 0;
  };
  for (;;) {
    let next: string | undefined;
    for (const c of cursors) {
      if (c.peek() === undefined && !(await c.ready())) continue;
      const w = c.peek();
      if (w !== undefined && (next === undefined || compareCodePoints(w, next) < 0)) next = w;
    }
    if (next === undefined) break;
    const entries: PackedWord[] = [];
    for (const c of cursors) if (c.peek() === next) entries.push(c.take());
    const word = joinWord(entries);
    chunk.push(word);
    size += wordSize(word);
    if (size >= CHUNK_SIZE) flush();
  }
  flush();
  const ranges = chunkRanges(bounds);

  // Filters: each filter's values joined across parts, page numbers moved.
  const filterDir = path.join(outDir, 'filter');
  fs.mkdirSync(filterDir, { recursive: true });
  const filters = new Map<string, Map<string, number[]>>();
  for (const [i, m] of metas.entries()) {
    for (const [name, hash] of m.filters) {
      const [filter, values] = (await readPagefindFileAsync(
        path.join(parts[i]!.dir, 'filter', `${hash}.pf_filter`),
      )) as [string, [string, number[]][]];
      if (filter !== name) throw new Error(`phần chỉ mục ${i + 1}: tệp bộ lọc ${hash} là “${filter}”, cần “${name}”`);
      let byValue = filters.get(name);
      if (!byValue) filters.set(name, (byValue = new Map()));
      for (const [value, ps] of values) {
        let list = byValue.get(value);
        if (!list) byValue.set(value, (list = []));
        for (const p of ps) list.push(p + offsets[i]!);
      }
    }
  }
  const filterNames = new Set<string>();
  const metaFilters: [string, string][] = [];
  for (const name of [...filters.keys()].sort(compareCodePoints)) {
    const byValue = filters.get(name)!;
    const w = new CborWriter();
    const values = [...byValue.keys()].sort(compareCodePoints);
    w.array(2).string(name).array(values.length);
    for (const v of values) w.array(2).string(v).value(byValue.get(v)!);
    const bytes = w.bytes();
    const hash = shortName(bytes, filterNames, lang);
    writes.push(writeGzipped(path.join(filterDir, `${hash}.pf_filter`), bytes));
    metaFilters.push([name, hash]);
  }

  // Meta and entry.
  const meta = new CborWriter();
  meta.array(6).string(version);
  meta.value(pages);
  meta.array(ranges.length);
  for (const [k, [from, to]] of ranges.entries()) meta.array(3).string(from).string(to).string(chunkNames[k]!);
  meta.value(metaFilters);
  meta.value(buildSorts(total, source.sortOf));
  meta.value(fields);
  const metaBytes = meta.bytes();
  const metaHash = `${lang}_${createHash('sha1').update(metaBytes).digest('hex').slice(0, 10)}`;
  writes.push(writeGzipped(path.join(outDir, `pagefind.${metaHash}.pf_meta`), metaBytes));
  await Promise.all(writes);
  entry.languages[lang].hash = metaHash;
  entry.languages[lang].page_count = total;
  fs.writeFileSync(path.join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));
}
