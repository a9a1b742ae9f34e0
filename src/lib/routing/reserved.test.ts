import { describe, expect, it } from 'vitest';
import { aliasTarget, reservedAlias } from './reserved.ts';

describe('reservedAlias', () => {
  it.each([
    '/',
    '/index.html',
    '/404.html',
    '/404/',
    '/robots.txt',
    '/rss.xml',
    '/rss.xml/',
    '/favicon.svg',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/sitemap-7.xml',
    '/pagefind/',
    '/pagefind/pagefind.js',
    '/_astro/',
    '/_astro/x.js',
    '/du-lieu/',
    '/du-lieu/khen-thuong.csv',
    '/du-lieu/khen-thuong.json',
    '/tim-kiem/',
    '/chuyen-muc/tin-tuc/rss.xml',
    '/chuyen-muc/tin-tuc/',
    '/nam/2021/',
    '/khoi-thi-dua/khoi-mot/',
    '/vinh-danh/chu-cai/a/',
    '/khen-thuong/co-thi-dua/2021/',
    '/quyet-dinh/',
    '/quyet-dinh/2021/123-qd-ubnd/',
    '/admin/',
    '/admin/config.yml',
    '/tin-tuc/',
    '/tin-tuc/2/',
    '/tin-tuc/index.html',
    '/pagefind',
  ])('refuses %s', (alias) => {
    expect(reservedAlias(alias)).toBeDefined();
  });

  it('refuses what public/ serves', () => {
    expect(reservedAlias('/logo.png', ['/logo.png'])).toBeDefined();
    expect(reservedAlias('/logo.png')).toBeUndefined();
  });

  it.each(['/tin-tuc/ten-cu/', '/tin/123.html', '/cu/bai-moi/', '/tin-cu/huong-dan/', '/pagefinder/'])(
    'allows %s',
    (alias) => {
      expect(reservedAlias(alias)).toBeUndefined();
    },
  );

  it('treats /a/index.html and /a as the folder /a/', () => {
    expect(aliasTarget('/a/index.html')).toBe('/a/');
    expect(aliasTarget('/a')).toBe('/a/');
    expect(aliasTarget('/a.html')).toBe('/a.html');
  });
});
