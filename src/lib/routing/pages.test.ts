import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/helpers/content.ts';
import { buildPortal, portalOf } from '../domain/portal.ts';
import type { Article, ContentSet } from '../domain/types.ts';
import {
  allPathsOfContent,
  DECISION_PAGE_SIZE,
  duplicatePaths,
  filePaths,
  htmlPagePaths,
  listPathsOfContent,
  pageCount,
  pageListKey,
} from './pages.ts';

const art = article;

function content(): ContentSet {
  const articles = Array.from({ length: 21 }, (_, i) =>
    art(`tin-${i + 1}`, `2021-01-${String(i + 1).padStart(2, '0')}`),
  );
  articles.push(
    art('khen', '2020-06-01', {
      kind: 'khen-thuong',
      awards: [{ award: 'bk', year: 2019, recipients: ['dai-phat-thanh'] }],
    }),
  );
  articles.push(art('nhap', '2022-01-01', { draft: true }));
  return {
    site: { name: 'C', owner: 'B', province: 'P', base_url: 'https://x.vn' },
    awardTypes: [
      {
        id: 'bk',
        name: 'Bằng khen',
        group: 'bang-khen',
        for: ['tap-the'],
        level: 'co-so',
        rank: 1,
        basis: 'b',
        file: 'f',
      },
    ],
    honorees: [
      { id: 'dai-phat-thanh', name: 'Đài Phát thanh', type: 'tap-the', file: 'f', index: 0 },
      { id: 'nguyen-an', name: 'Nguyễn An', type: 'ca-nhan', file: 'f', index: 1 },
    ],
    blocs: [{ id: 'khoi', name: 'Khối', members: ['dai-phat-thanh'], file: 'f' }],
    articles,
  };
}

describe('pageCount', () => {
  it('is at least 1', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(1001, 500)).toBe(3);
  });
});

describe('htmlPagePaths', () => {
  const list = htmlPagePaths(buildPortal(content()));

  it('lists every public page once, drafts excluded', () => {
    expect(duplicatePaths(list)).toEqual([]);
    expect(list).toContain('/tin-tuc/2/');
    expect(list).not.toContain('/tin-tuc/3/');
    expect(list).toContain('/tin-tuc/tin-21/');
    expect(list).not.toContain('/tin-tuc/nhap/');
    expect(list).not.toContain('/nam/2022/');
    expect(list).toContain('/nam/2020/');
    expect(list).toContain('/chuyen-muc/tin-tuc/2/');
    expect(list).toContain('/chuyen-muc/phat-dong/'); // an empty kind still has its page
    expect(list).toContain('/khoi-thi-dua/khoi/');
    expect(list).toContain('/vinh-danh/nguyen-an/'); // every honoree has a page, awards or not
    expect(list).toContain('/vinh-danh/chu-cai/dd/');
    expect(list).toContain('/vinh-danh/chu-cai/a/'); // Nguyễn An files under A
    expect(list).toContain('/khen-thuong/bk/');
    expect(list).toContain('/khen-thuong/bk/2019/');
  });

  it('gives site-relative paths ending in /', () => {
    for (const p of list) expect(p).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
  });
});

describe('allPathsOfContent', () => {
  it("counts a draft's page too, and every published file", () => {
    const all = allPathsOfContent(content());
    expect(all).toContain('/tin-tuc/nhap/');
    for (const f of filePaths()) expect(all).toContain(f);
    expect(filePaths()).toContain('/rss.xml');
    expect(filePaths()).toContain('/chuyen-muc/hoi-nghi/rss.xml');
  });
  it('is empty without site settings', () => {
    expect(allPathsOfContent({ ...content(), site: undefined })).toEqual([]);
  });
  it('without drafts or repeated ids, is the pages of the Portal the site is built from (built once)', () => {
    const c = content();
    const set = { ...c, articles: c.articles.filter((a) => !a.draft) };
    const all = allPathsOfContent(set);
    expect(all).toEqual([...htmlPagePaths(portalOf(set)), ...filePaths()]);
    // The pages and the search index read this same Portal afterwards.
    expect(htmlPagePaths(portalOf(set))).toBe(htmlPagePaths(portalOf(set)));
    expect(all).not.toContain('/tin-tuc/nhap/');
  });
  it('with an id given twice, counts the first one and every other page', () => {
    const c = content();
    const twice = { ...c, honorees: [...c.honorees, { ...c.honorees[0]!, name: 'Tên khác' }] };
    const all = allPathsOfContent(twice);
    expect(duplicatePaths(all)).toEqual([]);
    expect(all).toEqual(allPathsOfContent(c));
  });
});

describe('the page list kept between runs (validate --watch, astro dev)', () => {
  const base = content();
  /** A copy of the content with one article replaced, as the reader gives after a save. */
  const withArticle = (slug: string, change: (a: Article) => Partial<Article>): ContentSet => ({
    ...base,
    articles: base.articles.map((a) => (a.slug === slug ? { ...a, ...change(a) } : a)),
  });
  const entry = (change: object): ContentSet =>
    withArticle('khen', (a) => ({ awards: [{ ...a.awards![0]!, ...change }] }));
  const moving: [string, ContentSet][] = [
    ['an article slug', withArticle('tin-1', () => ({ slug: 'tin-moi' }))],
    ['an article kind', withArticle('tin-1', () => ({ kind: 'hoi-nghi' }))],
    ['an article date in another year', withArticle('tin-1', () => ({ date: '2019-05-01' }))],
    ['a draft published', withArticle('nhap', () => ({ draft: false }))],
    ['an award type', entry({ award: 'bk2' })],
    ['an award year', entry({ year: 2018 })],
    ['a recipient', entry({ recipients: ['dai-phat-thanh', 'nguyen-an'] })],
    ['a decision number', entry({ decision: '12/QĐ-UBND' })],
    ['a decision date', entry({ decision: '12/QĐ-UBND', decision_date: '2019-01-02' })],
    ['a revocation', entry({ revoked: { decision: '3/QĐ-UBND', date: '2021-02-03', reason: 'r' } })],
    ['an honoree id', { ...base, honorees: [{ ...base.honorees[0]!, id: 'dai-truyen-hinh' }, base.honorees[1]!] }],
    ['an honoree name', { ...base, honorees: [base.honorees[0]!, { ...base.honorees[1]!, name: 'Trần Bình' }] }],
    ['a bloc id', { ...base, blocs: [{ ...base.blocs[0]!, id: 'khoi-2' }] }],
    ['an award type id', { ...base, awardTypes: [{ ...base.awardTypes[0]!, id: 'bk2' }] }],
    ['a decision record', { ...base, decisions: [{ number: '7/QĐ-UBND', date: '2020-02-02' } as never] }],
  ];
  const still: [string, ContentSet][] = [
    ['a title', withArticle('tin-1', () => ({ title: 'Tiêu đề mới' }))],
    ['a body', withArticle('tin-1', () => ({ body: 'Nội dung mới' }))],
    ['a reason', entry({ reason: 'Lý do' })],
  ];
  const keep = { keep: true };
  it.each(moving)('sees %s: a new key, and the list computed afresh', (_, changed) => {
    allPathsOfContent(base, keep);
    expect(pageListKey(changed)).not.toBe(pageListKey(base));
    expect(allPathsOfContent(changed, keep)).toEqual(listPathsOfContent(changed));
  });
  it.each(still)('keeps the list after %s, which moves no page', (_, changed) => {
    const before = allPathsOfContent(base, keep);
    expect(pageListKey(changed)).toBe(pageListKey(base));
    expect(allPathsOfContent(changed, keep)).toBe(before);
    expect(before).toEqual(listPathsOfContent(changed));
  });
  it('keeps nothing unless asked (a build validates once)', () => {
    const before = allPathsOfContent(base, keep);
    const again = allPathsOfContent(base);
    expect(again).not.toBe(before);
    expect(again).toEqual(before);
  });
});

describe('duplicatePaths', () => {
  it('returns each repeated path once', () => {
    expect(duplicatePaths(['/a/', '/b/', '/a/', '/a/', '/c/', '/b/'])).toEqual(['/a/', '/b/']);
  });
});

describe('award type year pages', () => {
  it('split a year past YEAR_PAGE_SIZE rows into numbered pages', async () => {
    const { paths } = await import('./paths.ts');
    expect(paths.awardTypeYear('giay-khen', 2021)).toBe('/khen-thuong/giay-khen/2021/');
    expect(paths.awardTypeYear('giay-khen', 2021, 3)).toBe('/khen-thuong/giay-khen/2021/3/');
  });
});

describe('decision pages', () => {
  it('lists the index, each year (split past DECISION_PAGE_SIZE) and each decision; a draft decision is not listed', () => {
    const set = content();
    const awards = Array.from({ length: DECISION_PAGE_SIZE + 1 }, (_, i) => ({
      award: 'bk',
      year: 2020,
      recipients: ['dai-phat-thanh'],
      decision: `${i + 1}/QĐ-UBND`,
      decision_date: '2021-03-10',
    }));
    set.articles.push({ ...set.articles[0]!, slug: 'nhieu-quyet-dinh', kind: 'khen-thuong', awards });
    set.articles.push({
      ...set.articles[0]!,
      slug: 'nhap-qd',
      draft: true,
      awards: [{ award: 'bk', year: 2020, recipients: ['dai-phat-thanh'], decision: '9999/QĐ-UBND' }],
    });
    const list = htmlPagePaths(buildPortal(set));
    expect(list).toContain('/quyet-dinh/');
    expect(list).toContain('/quyet-dinh/2021/');
    expect(list).toContain('/quyet-dinh/2021/2/');
    expect(list).not.toContain('/quyet-dinh/2021/3/');
    expect(list).toContain('/quyet-dinh/2021/1-qd-ubnd/');
    expect(list).toContain(`/quyet-dinh/2021/${DECISION_PAGE_SIZE + 1}-qd-ubnd/`);
    expect(list.filter((p) => p.startsWith('/quyet-dinh/2021/'))).toHaveLength(DECISION_PAGE_SIZE + 1 + 2);
    expect(list.some((p) => p.includes('9999'))).toBe(false);
    expect(duplicatePaths(list)).toEqual([]);
  });
});
