import { describe, expect, it } from 'vitest';
import { chunk, SITEMAP_LIMIT, sitemapIndex, urlset } from './sitemap.ts';

describe('chunk', () => {
  it('splits at 50,000 URLs per file', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
    const urls = Array.from({ length: 100_001 }, (_, i) => i);
    const parts = chunk(urls);
    expect(parts.map((p) => p.length)).toEqual([50_000, 50_000, 1]);
    expect(parts[1]![0]).toBe(50_000);
    expect(parts.flat()).toHaveLength(100_001);
  });
  it('keeps exactly 50,000 in one file', () => {
    expect(chunk(Array(50_000).fill('u')).map((p) => p.length)).toEqual([50_000]);
  });
  it('gives one empty file for no URLs, and takes another size', () => {
    expect(chunk([])).toEqual([[]]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});

describe('sitemap documents', () => {
  it('urlset lists escaped locations', () => {
    expect(urlset(['https://x.vn/', 'https://x.vn/a?b=1&c=2'])).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://x.vn/</loc></url>
  <url><loc>https://x.vn/a?b=1&amp;c=2</loc></url>
</urlset>
`);
  });
  it('urlset carries lastmod where a page has one', () => {
    expect(urlset([{ loc: 'https://x.vn/a/', lastmod: '2021-04-03' }, { loc: 'https://x.vn/' }])).toContain(
      '  <url><loc>https://x.vn/a/</loc><lastmod>2021-04-03</lastmod></url>\n  <url><loc>https://x.vn/</loc></url>\n',
    );
  });
  it('sitemapIndex points at each sitemap file', () => {
    const xml = sitemapIndex(['https://x.vn/sitemap-0.xml', 'https://x.vn/sitemap-1.xml']);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<sitemap><loc>https:\/\/x\.vn\/sitemap-\d\.xml<\/loc><\/sitemap>/g)).toHaveLength(2);
  });
});
