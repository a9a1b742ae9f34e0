import { describe, expect, it } from 'vitest';
import { absoluteUrl, letterSlug, normalizeBase, paths, withBase } from './paths.ts';
import { VIETNAMESE_LETTERS } from '../text/collate.ts';

describe('paths', () => {
  it('are the URLs of the contract', () => {
    expect(paths.home()).toBe('/');
    expect(paths.articles()).toBe('/tin-tuc/');
    expect(paths.articles(2)).toBe('/tin-tuc/2/');
    expect(paths.article('hoi-nghi')).toBe('/tin-tuc/hoi-nghi/');
    expect(paths.kind('hoi-nghi')).toBe('/chuyen-muc/hoi-nghi/');
    expect(paths.kind('hoi-nghi', 3)).toBe('/chuyen-muc/hoi-nghi/3/');
    expect(paths.kindFeed('khen-thuong')).toBe('/chuyen-muc/khen-thuong/rss.xml');
    expect(paths.year(2021)).toBe('/nam/2021/');
    expect(paths.blocs()).toBe('/khoi-thi-dua/');
    expect(paths.bloc('khoi-a')).toBe('/khoi-thi-dua/khoi-a/');
    expect(paths.honorees()).toBe('/vinh-danh/');
    expect(paths.honoree('bao-ninh-thuan')).toBe('/vinh-danh/bao-ninh-thuan/');
    expect(paths.honoreeLetter('Đ')).toBe('/vinh-danh/chu-cai/dd/');
    expect(paths.honoreeLetter('B', 2)).toBe('/vinh-danh/chu-cai/b/2/');
    expect(paths.awardTypes()).toBe('/khen-thuong/');
    expect(paths.awardType('co-thi-dua')).toBe('/khen-thuong/co-thi-dua/');
    expect(paths.awardTypeYear('co-thi-dua', 2020)).toBe('/khen-thuong/co-thi-dua/2020/');
    expect(paths.search()).toBe('/tim-kiem/');
    expect(paths.feed()).toBe('/rss.xml');
    expect(paths.sitemapIndex()).toBe('/sitemap-index.xml');
    expect(paths.sitemap(0)).toBe('/sitemap-0.xml');
    expect(paths.openDataCsv()).toBe('/du-lieu/khen-thuong.csv');
    expect(paths.openDataJson()).toBe('/du-lieu/khen-thuong.json');
    expect(paths.notFound()).toBe('/404.html');
  });
});

describe('letterSlug', () => {
  it('spells Vietnamese letters the Telex way', () => {
    expect(letterSlug('Đ')).toBe('dd');
    expect(letterSlug('Ă')).toBe('aw');
    expect(letterSlug('Â')).toBe('aa');
    expect(letterSlug('Ê')).toBe('ee');
    expect(letterSlug('Ô')).toBe('oo');
    expect(letterSlug('Ơ')).toBe('ow');
    expect(letterSlug('Ư')).toBe('uw');
    expect(letterSlug('B')).toBe('b');
    expect(letterSlug('#')).toBe('khac');
  });
  it('gives every index letter a distinct ASCII slug', () => {
    const slugs = [...VIETNAMESE_LETTERS, '#'].map(letterSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z]+$/);
  });
});

describe('normalizeBase / withBase / absoluteUrl', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  ', '/'],
    ['tdkt', '/tdkt/'],
    ['/tdkt', '/tdkt/'],
    ['tdkt/', '/tdkt/'],
    ['/tdkt/', '/tdkt/'],
    ['//tdkt//', '/tdkt/'],
    [' /tdkt/ ', '/tdkt/'],
    ['/a/b', '/a/b/'],
  ])('normalizeBase(%j) → %s', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it('puts a path under the base', () => {
    expect(withBase('/tin-tuc/x/', '/tdkt/')).toBe('/tdkt/tin-tuc/x/');
    expect(withBase('/tin-tuc/x/', 'tdkt')).toBe('/tdkt/tin-tuc/x/');
    expect(withBase('/', '/tdkt/')).toBe('/tdkt/');
    expect(withBase('/tin-tuc/x/', '/')).toBe('/tin-tuc/x/');
    expect(withBase('/rss.xml', '/a/b/')).toBe('/a/b/rss.xml');
  });

  it('builds absolute URLs from origin, base and path', () => {
    expect(absoluteUrl('/tin-tuc/x/', 'https://thiduakhenthuong.example.gov.vn', '/')).toBe(
      'https://thiduakhenthuong.example.gov.vn/tin-tuc/x/',
    );
    expect(absoluteUrl('/tin-tuc/x/', 'https://example.gov.vn', '/tdkt/')).toBe(
      'https://example.gov.vn/tdkt/tin-tuc/x/',
    );
    expect(absoluteUrl('/', 'https://example.gov.vn/', 'tdkt')).toBe('https://example.gov.vn/tdkt/');
  });

  it('builds decision URLs: index, year (split in pages), one decision, its document', () => {
    expect(paths.decisions()).toBe('/quyet-dinh/');
    expect(paths.decisionYear(2021)).toBe('/quyet-dinh/2021/');
    expect(paths.decisionYear(2021, 2)).toBe('/quyet-dinh/2021/2/');
    expect(paths.decision(2021, '512-qd-ubnd')).toBe('/quyet-dinh/2021/512-qd-ubnd/');
    expect(paths.decisionByKey('2021/512-qd-ubnd')).toBe('/quyet-dinh/2021/512-qd-ubnd/');
    expect(paths.decisionDocument(2021, '512-qd-ubnd')).toBe('/quyet-dinh/2021/512-qd-ubnd/512-qd-ubnd.pdf');
  });
});
