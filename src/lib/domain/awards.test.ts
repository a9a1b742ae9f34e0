import { describe, expect, it } from 'vitest';
import { awardKey, countAwards, entryLines, groupAwards } from './awards.ts';
import type { AwardRow } from './portal.ts';

const row = (over: Partial<AwardRow>): AwardRow => ({
  awardType: 'co-thi-dua-tinh',
  year: 2020,
  honoree: 'bao-ninh-thuan',
  article: 'khen-2021',
  articleDate: '2021-03-15',
  entry: 0,
  ...over,
});

describe('groupAwards', () => {
  it('shows an award announced by two articles once, with both articles', () => {
    const rows = [
      row({ article: 'cong-bo-lai', articleDate: '2021-05-01' }),
      row({ decision: '1/QĐ-UBND', decision_date: '2021-03-10', reason: 'Xuất sắc' }),
    ];
    const awards = groupAwards(rows);
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({
      key: 'co-thi-dua-tinh|2020|bao-ninh-thuan',
      articles: ['cong-bo-lai', 'khen-2021'],
      decisions: [{ decision: '1/QĐ-UBND', decision_date: '2021-03-10' }],
      reason: 'Xuất sắc',
    });
    expect(awards[0]!.announcements).toEqual(rows);
    expect(countAwards(rows)).toBe(1);
  });

  it('keeps awards apart when the type, the year or the recipient differs', () => {
    const rows = [
      row({}),
      row({ awardType: 'bang-khen-tinh' }),
      row({ year: 2019 }),
      row({ honoree: 'van-phong-tinh-uy' }),
      row({ article: 'other' }),
    ];
    expect(groupAwards(rows).map((a) => [a.key, a.articles])).toEqual([
      ['co-thi-dua-tinh|2020|bao-ninh-thuan', ['khen-2021', 'other']],
      ['bang-khen-tinh|2020|bao-ninh-thuan', ['khen-2021']],
      ['co-thi-dua-tinh|2019|bao-ninh-thuan', ['khen-2021']],
      ['co-thi-dua-tinh|2020|van-phong-tinh-uy', ['khen-2021']],
    ]);
    expect(countAwards(rows)).toBe(4);
  });

  it('lists an article once even if it repeats the award, and merges decision dates', () => {
    const awards = groupAwards([
      row({ decision: '5/QĐ' }),
      row({ entry: 1, decision: '5/QĐ', decision_date: '2021-01-02' }),
      row({ article: 'b', decision: '6/QĐ' }),
    ]);
    expect(awards[0]!.articles).toEqual(['khen-2021', 'b']);
    expect(awards[0]!.decisions).toEqual([{ decision: '5/QĐ', decision_date: '2021-01-02' }, { decision: '6/QĐ' }]);
  });

  it('gives nothing for no rows', () => {
    expect(groupAwards([])).toEqual([]);
    expect(countAwards([])).toBe(0);
    expect(awardKey({ awardType: 'a', year: 1, honoree: 'h' })).toBe('a|1|h');
  });
});

describe('entryLines', () => {
  it('makes one line per award entry of an article, with all its recipients, in order', () => {
    const lines = entryLines([
      row({ honoree: 'a', decision: '1/QĐ', decision_date: '2021-03-10', decisionKey: '2021/1-qd' }),
      row({ honoree: 'b', decision: '1/QĐ', decision_date: '2021-03-10', decisionKey: '2021/1-qd' }),
      row({ honoree: 'c', entry: 1, awardType: 'bang-khen', reason: 'Xuất sắc' }),
    ]);
    expect(lines).toEqual([
      {
        awardType: 'co-thi-dua-tinh',
        year: 2020,
        honorees: ['a', 'b'],
        decisions: [{ decision: '1/QĐ', decision_date: '2021-03-10', decisionKey: '2021/1-qd' }],
        articles: ['khen-2021'],
        reason: undefined,
        revoked: undefined,
      },
      {
        awardType: 'bang-khen',
        year: 2020,
        honorees: ['c'],
        decisions: [],
        articles: ['khen-2021'],
        reason: 'Xuất sắc',
        revoked: undefined,
      },
    ]);
  });

  it('keeps entries of two articles apart even when their positions match', () => {
    expect(entryLines([row({ honoree: 'a' }), row({ honoree: 'b', article: 'khac' })])).toHaveLength(2);
  });
});
