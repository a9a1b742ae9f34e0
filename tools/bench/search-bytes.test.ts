import { describe, expect, it } from 'vitest';
import { byKind, fetchKind } from './search-bytes.ts';

describe('fetchKind', () => {
  it("sorts Pagefind's files by what they are", () => {
    expect(fetchKind('/tim-kiem/')).toBe('page');
    expect(fetchKind('/_astro/index.js')).toBe('page');
    expect(fetchKind('/pagefind/pagefind.js')).toBe('pagefind.js');
    expect(fetchKind('/pagefind/pagefind-worker.js')).toBe('worker');
    expect(fetchKind('/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(fetchKind('/pagefind/pagefind-entry.json')).toBe('entry');
    expect(fetchKind('/pagefind/pagefind.vi_3621223c9d.pf_meta')).toBe('meta');
    expect(fetchKind('/pagefind/index/vi_11af82e.pf_index')).toBe('index');
    expect(fetchKind('/pagefind/filter/vi_1.pf_filter')).toBe('filter');
    expect(fetchKind('/pagefind/fragment/vi_2.pf_fragment')).toBe('fragment');
    expect(fetchKind('/pagefind/pagefind-ui.css')).toBe('other pagefind');
    expect(fetchKind('/pagefind/vinh-danh/pagefind.vi_1.pf_meta')).toBe('honorees');
    expect(fetchKind('/pagefind/vinh-danh/index/vi_1.pf_index')).toBe('honorees');
    // The search page's first stage counts under /pagefind/ too.
    expect(fetchKind('/pagefind/nhanh/t/17.json')).toBe('quick');
    expect(fetchKind('/pagefind/nhanh/d/0.json')).toBe('quick');
  });

  it('under a sub-path', () => {
    expect(fetchKind('/tdkt/pagefind/pagefind.js', '/tdkt/')).toBe('pagefind.js');
    expect(fetchKind('/pagefind/pagefind.js', '/tdkt/')).toBe('page');
    expect(fetchKind('/tdkt/pagefind/nhanh/d/3.json', '/tdkt/')).toBe('quick');
  });
});

describe('byKind', () => {
  it('sums requests and bytes per kind and keeps the latest arrival', () => {
    const t = byKind([
      { path: '/tim-kiem/', raw: 10, gzip: 4, endMs: 20 },
      { path: '/pagefind/fragment/a.pf_fragment', raw: 100, gzip: 100, endMs: 900 },
      { path: '/pagefind/index/a.pf_index', raw: 50, gzip: 50, endMs: 600 },
      { path: '/pagefind/fragment/b.pf_fragment', raw: 200, gzip: 200, endMs: 800 },
      { path: '/pagefind/pagefind.js', raw: 47, gzip: 14, endMs: NaN },
    ]);
    expect(t.map((k) => k.kind)).toEqual(['page', 'pagefind.js', 'index', 'fragment']);
    expect(t.find((k) => k.kind === 'fragment')).toEqual({
      kind: 'fragment',
      requests: 2,
      raw: 300,
      gzip: 300,
      lastEndMs: 900,
    });
    expect(t.find((k) => k.kind === 'pagefind.js')!.lastEndMs).toBeNaN();
  });
});
