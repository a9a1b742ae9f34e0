/**
 * What the first search downloads, by kind of file (the page, the quick
 * index of the first stage, Pagefind's library, its WASM, its metadata, index chunks, filters, result fragments),
 * with bytes and when the last of each kind arrived. Pure.
 */

export interface Fetched {
  /** URL path, e.g. /pagefind/index/vi_11af82e.pf_index. */
  path: string;
  raw: number;
  gzip: number;
  /** When the response finished, ms after navigation start (NaN when unknown). */
  endMs: number;
}

export type FetchKind =
  | 'page'
  | 'quick'
  | 'pagefind.js'
  | 'worker'
  | 'wasm'
  | 'entry'
  | 'meta'
  | 'index'
  | 'filter'
  | 'fragment'
  | 'honorees'
  | 'other pagefind';

export const KIND_LABELS: Record<FetchKind, string> = {
  page: 'the page (HTML, CSS, search script)',
  quick: 'quick index (pagefind/nhanh/: title shards, document blocks)',
  'pagefind.js': 'pagefind.js',
  worker: 'Pagefind worker',
  wasm: 'WASM',
  entry: 'pagefind-entry.json',
  meta: 'index metadata (.pf_meta)',
  index: 'index chunks',
  filter: 'filter chunks',
  fragment: 'result fragments',
  honorees: "honorees' index (pagefind/vinh-danh/, fetched after the first results)",
  'other pagefind': 'other /pagefind/ files',
};

export function fetchKind(p: string, base = '/'): FetchKind {
  const pf = `${base}pagefind/`;
  if (!p.startsWith(pf)) return 'page';
  const rest = p.slice(pf.length);
  if (rest.startsWith('vinh-danh/')) return 'honorees';
  if (rest.startsWith('nhanh/')) return 'quick';
  if (rest === 'pagefind.js') return 'pagefind.js';
  if (/worker/.test(rest)) return 'worker';
  if (/^wasm\./.test(rest)) return 'wasm';
  if (rest === 'pagefind-entry.json') return 'entry';
  if (/\.pf_meta$/.test(rest)) return 'meta';
  if (rest.startsWith('index/')) return 'index';
  if (rest.startsWith('filter/')) return 'filter';
  if (rest.startsWith('fragment/')) return 'fragment';
  return 'other pagefind';
}

export interface KindTotal {
  kind: FetchKind;
  requests: number;
  raw: number;
  gzip: number;
  lastEndMs: number;
}

/** Totals per kind, in the order of KIND_LABELS, only kinds that were fetched. */
export function byKind(files: Fetched[], base = '/'): KindTotal[] {
  const totals = new Map<FetchKind, KindTotal>();
  for (const f of files) {
    const kind = fetchKind(f.path, base);
    const t = totals.get(kind) ?? { kind, requests: 0, raw: 0, gzip: 0, lastEndMs: NaN };
    t.requests++;
    t.raw += f.raw;
    t.gzip += f.gzip;
    if (Number.isFinite(f.endMs) && !(f.endMs <= t.lastEndMs)) t.lastEndMs = f.endMs;
    totals.set(kind, t);
  }
  return (Object.keys(KIND_LABELS) as FetchKind[]).filter((k) => totals.has(k)).map((k) => totals.get(k)!);
}
