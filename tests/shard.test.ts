/**
 * Sharded build (docs/scale.md): the sample content built whole, then as two shards
 * (BANG_VANG_SHARD=1/2 and 2/2) merged by `npm run merge-shards`. The merged site must be the
 * single build, file for file and byte for byte (so it passes every built-site test the single
 * build passes), with each shard having rendered only its share of the article and honoree pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, distFiles, makeFixture, removeFixture, searchIndexText, type Fixture } from './helpers/site.ts';
import { mergeDists, type MergeResult } from '../tools/shard/merge.ts';
import { serve } from './helpers/serve.ts';
import { launch } from './helpers/browser.ts';
import { shardOfPath } from '../src/lib/routing/shard.ts';

describe('two shards merged = one build', () => {
  let whole: Fixture;
  let one: Fixture;
  let two: Fixture;
  let merged: Fixture;
  let result: MergeResult;
  beforeAll(() => {
    whole = makeFixture('shard-whole');
    one = makeFixture('shard-1');
    two = makeFixture('shard-2');
    for (const [f, env] of [
      [whole, {}],
      [one, { BANG_VANG_SHARD: '1/2' }],
      [two, { BANG_VANG_SHARD: '2/2' }],
    ] as const) {
      const r = build(f, env);
      expect(r.status, r.output).toBe(0);
    }
    merged = { root: one.root, dist: path.join(one.root, 'merged') };
    result = mergeDists(merged.dist, [one.dist, two.dist]);
  }, 300_000);
  afterAll(() => {
    for (const f of [whole, one, two]) if (f) removeFixture(f);
  });

  it('each shard rendered only its share of the article and honoree pages', () => {
    const family = (f: Fixture) =>
      distFiles(f).filter((p) => /^(tin-tuc|vinh-danh)\/[^/]+\/index\.html$/.test(p) && !/^tin-tuc\/\d+\//.test(p));
    const all = family(whole);
    expect(all.length).toBeGreaterThan(20);
    const shardOf = (p: string) => shardOfPath(`/${p.replace(/index\.html$/, '')}`, 2);
    expect(family(one).sort()).toEqual(all.filter((p) => shardOf(p) === 1).sort());
    expect(family(two).sort()).toEqual(all.filter((p) => shardOf(p) === 2).sort());
    expect(family(one).length).toBeGreaterThan(0);
    expect(family(two).length).toBeGreaterThan(0);
    // Only shard 1 writes the search index.
    expect(fs.existsSync(path.join(two.dist, 'pagefind'))).toBe(false);
  });

  it('the merge finds no conflict and no page missing from the sitemaps', () => {
    expect(result.conflicts).toEqual([]);
    expect(result.missing).toEqual([]);
    // The original of an image in the body of an article the other shard rendered (sample content has one).
    expect(result.unusedOriginals.length).toBeGreaterThan(0);
    for (const f of result.unusedOriginals) expect(fs.existsSync(path.join(whole.dist, f)), f).toBe(false);
    expect(result.fromOthers).toBeGreaterThan(0);
    expect(result.identical).toBeGreaterThan(0);
  });

  it('the merged site is the single build: the same files, the same bytes', () => {
    const a = distFiles(whole).sort();
    const b = distFiles(merged).sort();
    expect(b).toEqual(a);
    const differ = a.filter(
      (p) => !fs.readFileSync(path.join(whole.dist, p)).equals(fs.readFileSync(path.join(merged.dist, p))),
    );
    expect(differ).toEqual([]);
  });

  it('search works on the merged site: every article and honoree is in its index', () => {
    const text = searchIndexText(merged);
    expect(text).toBe(searchIndexText(whole));
    const pages = distFiles(merged).filter((p) => /^(tin-tuc|vinh-danh)\/[^/\d][^/]*\/index\.html$/.test(p));
    for (const p of pages) expect(text, p).toContain(`/${p.replace(/index\.html$/, '')}`);
  });

  it('in Chromium, a search on the merged site finds an article only shard 2 rendered', async () => {
    const rel = distFiles(two).find((p) => /^tin-tuc\/[^/\d][^/]*\/index\.html$/.test(p))!;
    const html = fs.readFileSync(path.join(merged.dist, rel), 'utf8');
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replace(/&amp;/g, '&').trim();
    const server = await serve(merged.dist);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(title)}`);
      await page.waitForFunction(
        () => {
          const s = document.querySelector('#search-status')?.textContent ?? '';
          return s !== '' && !s.startsWith('Đang tìm');
        },
        null,
        { timeout: 15_000 },
      );
      const hrefs = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.slice(0, 3), title).toContain(`/${rel.replace(/index\.html$/, '')}`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
