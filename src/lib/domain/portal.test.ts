import { describe, expect, it } from 'vitest';
import { article, SITE } from '../../../tests/helpers/content.ts';
import {
  buildPortal,
  compareArticles,
  compareRowsNewestFirst,
  countByYear,
  groupByLetter,
  groupByMonth,
  groupByYear,
  honoreeSortText,
  latestAwardYear,
  yearFigures,
  type AwardRow,
} from './portal.ts';
import { awardTypeGroups } from './award-types.ts';
import { blocRoles, membersAwardsByYear } from './blocs.ts';
import { neighbours, otherNews } from './related.ts';
import type { AwardType, Bloc, ContentSet, Honoree } from './types.ts';

const site = SITE;

const art = article;
const hon = (id: string, name: string, type: Honoree['type'] = 'tap-the', over: Partial<Honoree> = {}): Honoree => ({
  id,
  name,
  type,
  file: 'content/honorees/x.yaml',
  index: 0,
  ...over,
});
const type = (id: string, rank: number, over: Partial<AwardType> = {}): AwardType => ({
  id,
  name: id,
  group: 'bang-khen',
  for: ['tap-the', 'ca-nhan'],
  level: 'bo-nganh-tinh',
  rank,
  basis: 'Điều',
  file: 'content/award-types.yaml',
  ...over,
});

function content(): ContentSet {
  return {
    site,
    awardTypes: [
      type('bang-khen-tinh', 200, { name: 'Bằng khen của Chủ tịch UBND tỉnh' }),
      type('co-thi-dua-tinh', 100, { name: 'Cờ thi đua của UBND tỉnh', group: 'danh-hieu-thi-dua', for: ['tap-the'] }),
      type('huan-chuong-lao-dong-hang-ba', 60, {
        name: 'Huân chương Lao động hạng Ba',
        group: 'huan-chuong',
        level: 'nha-nuoc',
      }),
    ],
    honorees: [
      hon('van-phong-tinh-uy', 'Văn phòng Tỉnh ủy'),
      hon('bao-ninh-thuan', 'Báo Ninh Thuận'),
      hon('nguyen-van-an', 'Nguyễn Văn An', 'ca-nhan', { parent: 'bao-ninh-thuan' }),
      hon('tran-thi-binh', 'Trần Thị Bình', 'ca-nhan', { parent: 'bao-ninh-thuan' }),
      hon('dai-phat-thanh', 'Đài Phát thanh và Truyền hình'),
      hon('le-van-an', 'Lê Văn An', 'ca-nhan'),
    ],
    blocs: [
      { id: 'khoi-b', name: 'Khối thi đua Mặt trận', members: ['dai-phat-thanh'], file: 'content/blocs/khoi-b.yaml' },
      {
        id: 'khoi-a',
        name: 'Khối thi đua các cơ quan Đảng',
        members: ['bao-ninh-thuan', 'van-phong-tinh-uy'],
        heads: { 2020: 'bao-ninh-thuan', 2021: 'van-phong-tinh-uy' },
        deputies: { 2019: 'van-phong-tinh-uy' },
        file: 'content/blocs/khoi-a.yaml',
      },
    ],
    articles: [
      art('khen-2021', '2021-03-15', {
        kind: 'khen-thuong',
        blocs: ['khoi-a'],
        awards: [
          {
            award: 'co-thi-dua-tinh',
            year: 2020,
            recipients: ['bao-ninh-thuan', 'van-phong-tinh-uy'],
            decision: '1/QĐ',
            decision_date: '2021-03-10',
            reason: 'Xuất sắc',
          },
          { award: 'bang-khen-tinh', year: 2020, recipients: ['nguyen-van-an'] },
        ],
      }),
      art('khen-2020', '2020-12-30', {
        kind: 'khen-thuong',
        awards: [{ award: 'bang-khen-tinh', year: 2019, recipients: ['bao-ninh-thuan'] }],
      }),
      art('hoi-nghi', '2021-03-15', { kind: 'hoi-nghi', blocs: ['khoi-a'] }),
      art('tin-moi', '2021-04-02'),
      art('tin-thang-3', '2021-03-01'),
      art('nhap', '2022-01-01', {
        draft: true,
        kind: 'khen-thuong',
        blocs: ['khoi-a'],
        awards: [
          { award: 'huan-chuong-lao-dong-hang-ba', year: 2021, recipients: ['bao-ninh-thuan', 'nguyen-van-an'] },
        ],
      }),
      // Same award as khen-2021 announced again by a later article: a second row.
      art('cong-bo-lai', '2021-05-01', {
        kind: 'khen-thuong',
        awards: [{ award: 'co-thi-dua-tinh', year: 2020, recipients: ['bao-ninh-thuan'] }],
      }),
    ],
  };
}

describe('buildPortal', () => {
  const portal = buildPortal(content());

  it('requires site settings', () => {
    expect(() => buildPortal({ ...content(), site: undefined })).toThrow(/site settings/);
  });

  it('drops drafts from every list and index', () => {
    expect(portal.articles.map((a) => a.slug)).not.toContain('nhap');
    expect(portal.articleBySlug.has('nhap')).toBe(false);
    for (const list of portal.byKind.values()) expect(list.map((a) => a.slug)).not.toContain('nhap');
    expect(portal.byYear.has(2022)).toBe(false);
    expect(portal.years).toEqual([2021, 2020]);
    expect(portal.rows.some((r) => r.article === 'nhap')).toBe(false);
    expect(portal.rowsByAwardType.has('huan-chuong-lao-dong-hang-ba')).toBe(false);
    expect(portal.rowsByArticle.has('nhap')).toBe(false);
    for (const rows of portal.rowsByHonoree.values()) expect(rows.some((r) => r.article === 'nhap')).toBe(false);
    expect(portal.articlesByBloc.get('khoi-a')!.map((a) => a.slug)).toEqual(['hoi-nghi', 'khen-2021']);
  });

  it('does not modify the content set', () => {
    const set = content();
    const before = set.articles.map((a) => a.slug);
    buildPortal(set);
    expect(set.articles.map((a) => a.slug)).toEqual(before);
  });

  it('lists articles newest first, same day by slug', () => {
    expect(portal.articles.map((a) => a.slug)).toEqual([
      'cong-bo-lai',
      'tin-moi',
      'hoi-nghi',
      'khen-2021',
      'tin-thang-3',
      'khen-2020',
    ]);
    expect(portal.byKind.get('khen-thuong')!.map((a) => a.slug)).toEqual(['cong-bo-lai', 'khen-2021', 'khen-2020']);
    expect(portal.byKind.get('phat-dong')).toEqual([]); // every kind has a (possibly empty) list
    expect(portal.byYear.get(2021)!.map((a) => a.slug)).toEqual([
      'cong-bo-lai',
      'tin-moi',
      'hoi-nghi',
      'khen-2021',
      'tin-thang-3',
    ]);
  });

  it('makes one row per recipient of each award entry, each pointing at its article', () => {
    expect(portal.rows).toHaveLength(5);
    expect(portal.rowsByArticle.get('khen-2021')).toEqual([
      {
        awardType: 'co-thi-dua-tinh',
        year: 2020,
        honoree: 'bao-ninh-thuan',
        decision: '1/QĐ',
        decision_date: '2021-03-10',
        decisionKey: '2021/1-qd',
        reason: 'Xuất sắc',
        article: 'khen-2021',
        articleDate: '2021-03-15',
        entry: 0,
      },
      {
        awardType: 'co-thi-dua-tinh',
        year: 2020,
        honoree: 'van-phong-tinh-uy',
        decision: '1/QĐ',
        decision_date: '2021-03-10',
        decisionKey: '2021/1-qd',
        reason: 'Xuất sắc',
        article: 'khen-2021',
        articleDate: '2021-03-15',
        entry: 0,
      },
      {
        awardType: 'bang-khen-tinh',
        year: 2020,
        honoree: 'nguyen-van-an',
        article: 'khen-2021',
        articleDate: '2021-03-15',
        entry: 1,
      },
    ]);
    expect(portal.rowsByAwardType.get('co-thi-dua-tinh')!.map((r) => r.article)).toEqual([
      'cong-bo-lai',
      'khen-2021',
      'khen-2021',
    ]);
  });

  it("orders an honoree's awards by award year, then article date, newest first", () => {
    expect(portal.rowsByHonoree.get('bao-ninh-thuan')!.map((r) => `${r.year} ${r.article}`)).toEqual([
      '2020 cong-bo-lai',
      '2020 khen-2021',
      '2019 khen-2020',
    ]);
    expect(portal.rowsByHonoree.has('le-van-an')).toBe(false);
  });

  it('orders honorees: collectives by name, people by given name, all in Vietnamese order', () => {
    expect(portal.honorees.map((h) => h.name)).toEqual([
      // Đ comes right after D in the alphabet, long before V.
      'Lê Văn An',
      'Nguyễn Văn An',
      'Báo Ninh Thuận',
      'Trần Thị Bình',
      'Đài Phát thanh và Truyền hình',
      'Văn phòng Tỉnh ủy',
    ]);
    expect(portal.childrenOf.get('bao-ninh-thuan')!.map((h) => h.id)).toEqual(['nguyen-van-an', 'tran-thi-binh']);
  });

  it('orders blocs by name and award types by rank', () => {
    expect(portal.blocs.map((b) => b.id)).toEqual(['khoi-a', 'khoi-b']);
    expect(portal.blocsOfHonoree.get('bao-ninh-thuan')!.map((b) => b.id)).toEqual(['khoi-a']);
    expect(portal.awardTypes.map((t) => t.rank)).toEqual([60, 100, 200]);
    expect(portal.awardTypeById.get('co-thi-dua-tinh')!.name).toBe('Cờ thi đua của UBND tỉnh');
  });
});

describe('comparators and grouping', () => {
  const row = (year: number, articleDate: string, article = 'x'): AwardRow => ({
    awardType: 'a',
    year,
    honoree: 'h',
    article,
    articleDate,
    entry: 0,
  });

  it('compareRowsNewestFirst: award year first, then article date', () => {
    const rows = [row(2019, '2021-01-01'), row(2020, '2020-05-01'), row(2020, '2021-02-01'), row(2018, '2022-01-01')];
    expect([...rows].sort(compareRowsNewestFirst).map((r) => `${r.year}/${r.articleDate}`)).toEqual([
      '2020/2021-02-01',
      '2020/2020-05-01',
      '2019/2021-01-01',
      '2018/2022-01-01',
    ]);
    expect(compareRowsNewestFirst(row(2020, '2021-01-01'), row(2020, '2021-01-01'))).toBe(0);
  });

  it('compareArticles: newest first, then by slug', () => {
    expect(compareArticles({ date: '2021-01-02', slug: 'b' }, { date: '2021-01-01', slug: 'a' })).toBe(-1);
    expect(compareArticles({ date: '2021-01-01', slug: 'a' }, { date: '2021-01-01', slug: 'b' })).toBe(-1);
    expect(compareArticles({ date: '2021-01-01', slug: 'a' }, { date: '2021-01-01', slug: 'a' })).toBe(0);
  });

  it('groupByMonth groups a newest-first list by year and month', () => {
    const list = [art('a', '2021-04-02'), art('b', '2021-03-15'), art('c', '2021-03-01'), art('d', '2020-03-20')];
    expect(groupByMonth(list).map((g) => [g.year, g.month, g.articles.map((a) => a.slug)])).toEqual([
      [2021, 4, ['a']],
      [2021, 3, ['b', 'c']],
      [2020, 3, ['d']],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });

  it('groupByYear puts the newest year first and keeps order inside a year', () => {
    expect(groupByYear([3, 1, 2, 4], (n) => (n % 2 ? 2021 : 2020))).toEqual([
      { year: 2021, items: [3, 1] },
      { year: 2020, items: [2, 4] },
    ]);
  });

  it('countByYear counts rows per award year, oldest first', () => {
    expect(countByYear([row(2020, 'x'), row(2018, 'x'), row(2020, 'y'), row(2019, 'z')])).toEqual([
      { year: 2018, count: 1 },
      { year: 2019, count: 1 },
      { year: 2020, count: 2 },
    ]);
    expect(countByYear([])).toEqual([]);
  });

  it("honoreeSortText puts a person's given name first, leaves collectives alone", () => {
    expect(honoreeSortText({ name: 'Nguyễn Văn An', type: 'ca-nhan' })).toBe('An Nguyễn Văn');
    expect(honoreeSortText({ name: 'Báo Ninh Thuận', type: 'tap-the' })).toBe('Báo Ninh Thuận');
  });

  it('groupByLetter files people under their given name', () => {
    const portal = buildPortal(content());
    expect(groupByLetter(portal.honorees).map((g) => [g.letter, g.honorees.map((h) => h.id)])).toEqual([
      ['A', ['le-van-an', 'nguyen-van-an']],
      ['B', ['bao-ninh-thuan', 'tran-thi-binh']],
      ['Đ', ['dai-phat-thanh']],
      ['V', ['van-phong-tinh-uy']],
    ]);
  });
});

describe('figures', () => {
  const portal = buildPortal(content());
  it('yearFigures counts awards of an award year by type (an award announced twice once), most prestigious first', () => {
    expect(yearFigures(portal, 2020).map((f) => [f.type.id, f.count])).toEqual([
      ['co-thi-dua-tinh', 2], // bao-ninh-thuan announced by khen-2021 and cong-bo-lai, van-phong-tinh-uy
      ['bang-khen-tinh', 1],
    ]);
    expect(yearFigures(portal, 2030)).toEqual([]);
  });
  it('latestAwardYear ignores drafts', () => {
    expect(latestAwardYear(portal)).toBe(2020);
    expect(latestAwardYear(buildPortal({ ...content(), articles: [] }))).toBeUndefined();
  });
  it('awardTypeGroups follows the legal order of groups and levels, with counts of all years', () => {
    expect(
      awardTypeGroups(portal).map((g) => [
        g.group,
        g.levels.map((l) => [l.level, l.types.map((t) => `${t.type.id}:${t.count}`)]),
      ]),
    ).toEqual([
      ['danh-hieu-thi-dua', [['bo-nganh-tinh', ['co-thi-dua-tinh:2']]]], // one award announced twice counts once
      ['huan-chuong', [['nha-nuoc', ['huan-chuong-lao-dong-hang-ba:0']]]],
      ['bang-khen', [['bo-nganh-tinh', ['bang-khen-tinh:2']]]], // 2020 and 2019
    ]);
  });
});

describe('blocs and related articles', () => {
  const portal = buildPortal(content());
  const khoiA = portal.blocById.get('khoi-a') as Bloc;

  it('blocRoles lists heads and deputies by year, newest first', () => {
    expect(blocRoles(khoiA)).toEqual([
      { year: 2021, head: 'van-phong-tinh-uy', deputy: undefined },
      { year: 2020, head: 'bao-ninh-thuan', deputy: undefined },
      { year: 2019, head: undefined, deputy: 'van-phong-tinh-uy' },
    ]);
  });

  it("membersAwardsByYear gathers the members' awards by award year, each award once with all its articles", () => {
    expect(
      membersAwardsByYear(portal, khoiA).map((g) => [
        g.year,
        g.items.map((a) => `${a.honoree}@${a.articles.join('+')}`),
      ]),
    ).toEqual([
      [2020, ['bao-ninh-thuan@cong-bo-lai+khen-2021', 'van-phong-tinh-uy@khen-2021']],
      [2019, ['bao-ninh-thuan@khen-2020']],
    ]);
  });

  it('otherNews puts related articles first, then the same kind, then the rest; never the article itself', () => {
    const a = portal.articleBySlug.get('hoi-nghi')!;
    expect(otherNews(portal, a, 3).map((x) => x.slug)).toEqual(['khen-2021', 'cong-bo-lai', 'tin-moi']);
    const k = portal.articleBySlug.get('khen-2021')!;
    // hoi-nghi shares the bloc; cong-bo-lai the award type; then the other khen-thuong article.
    expect(otherNews(portal, k, 3).map((x) => x.slug)).toEqual(['hoi-nghi', 'cong-bo-lai', 'khen-2020']);
  });

  it('neighbours gives the next newer and older article', () => {
    const n = neighbours(portal, portal.articleBySlug.get('hoi-nghi')!);
    expect([n.newer?.slug, n.older?.slug]).toEqual(['tin-moi', 'khen-2021']);
    const first = neighbours(portal, portal.articles[0]!);
    expect(first.newer).toBeUndefined();
    const last = neighbours(portal, portal.articles.at(-1)!);
    expect(last.older).toBeUndefined();
  });
});
