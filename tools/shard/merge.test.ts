import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOfPath, mergeDists, sitemapPaths, unusedOriginals } from './merge.ts';

describe('unusedOriginals', () => {
  it('drops an original a shard kept only because it did not render the page that resizes it', () => {
    const one = ['_astro/a.HASH1234.jpg', '_astro/b.XYZ98765.jpg', '_astro/b.XYZ98765_w400.webp'];
    const two = ['_astro/a.HASH1234_w400.webp', '_astro/a.HASH1234_w720.webp'];
    expect(unusedOriginals([one, two])).toEqual(['_astro/a.HASH1234.jpg']);
    // Kept when the shard that resized it kept it too (the whole build publishes it).
    expect(unusedOriginals([one, [...two, '_astro/a.HASH1234.jpg']])).toEqual([]);
  });
});

describe('sitemapPaths and fileOfPath', () => {
  it('reads <loc> paths of the site and maps them to files', () => {
    const xml =
      '<urlset><url><loc>https://x.gov.vn/tdkt/tin-tuc/a/</loc></url><url><loc>https://other.vn/z/</loc></url></urlset>';
    expect(sitemapPaths(xml, 'https://x.gov.vn/tdkt')).toEqual(['/tin-tuc/a/']);
    expect(fileOfPath('/tin-tuc/a/')).toBe('tin-tuc/a/index.html');
    expect(fileOfPath('/rss.xml')).toBe('rss.xml');
  });
});

describe('mergeDists', () => {
  const tree = (files: Record<string, string>) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
      fs.writeFileSync(path.join(d, rel), text);
    }
    return d;
  };
  const sitemap = (paths: string[]) => ({
    'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://x.vn/sitemap-0.xml</loc></sitemap></sitemapindex>',
    'sitemap-0.xml': `<urlset>${paths.map((p) => `<url><loc>https://x.vn${p}</loc></url>`).join('')}</urlset>`,
  });

  it('adds the other shards’ pages, keeps identical shared files once, checks the sitemaps', () => {
    const pages = ['/', '/tin-tuc/a/', '/tin-tuc/b/'];
    const a = tree({ 'index.html': 'home', 'tin-tuc/a/index.html': 'A', ...sitemap(pages) });
    const b = tree({ 'index.html': 'home', 'tin-tuc/b/index.html': 'B', ...sitemap(pages) });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'merge-out-')), 'dist');
    const r = mergeDists(out, [a, b]);
    expect(r).toMatchObject({ conflicts: [], missing: [], fromOthers: 1, identical: 3, files: 5 });
    expect(fs.readFileSync(path.join(out, 'tin-tuc/b/index.html'), 'utf8')).toBe('B');
  });

  it('names a shared file two shards wrote differently, and a listed page no shard made', () => {
    const a = tree({ 'index.html': 'home', ...sitemap(['/', '/tin-tuc/c/']) });
    const b = tree({ 'index.html': 'home (khác)' });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'merge-out-')), 'dist');
    const r = mergeDists(out, [a, b]);
    expect(r.conflicts).toEqual([`index.html (${a} ≠ ${b})`]);
    expect(r.missing).toEqual(['/tin-tuc/c/']);
  });
});
