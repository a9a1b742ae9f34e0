import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/helpers/content.ts';
import {
  compareDecisions,
  type Decision,
  decisionKey,
  decisionNumberForms,
  decisionSlug,
  decisionsByYear,
  entryDecisionKey,
  groupDecisions,
} from './decisions.ts';
import { buildPortal, countByYear, countedAwards, latestAwardYear, yearFigures } from './portal.ts';
import { openDataRows, OPEN_DATA_COLUMNS } from './open-data.ts';
import { directPredecessors, predecessorsOf, successorChain, successorLoops } from './successors.ts';
import type { Article, AwardType, ContentSet, DecisionRecord, Honoree } from './types.ts';

const art = (slug: string, date: string, awards: Article['awards'] = []): Article =>
  article(slug, date, { kind: 'khen-thuong', awards });
const rec = (number: string, date: string, over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: decisionSlug(number),
  number,
  date,
  file: `content/decisions/${date.slice(0, 4)}/${decisionSlug(number)}.yaml`,
  folderYear: date.slice(0, 4),
  ...over,
});
const hon = (id: string, over: Partial<Honoree> = {}): Honoree => ({
  id,
  name: id,
  type: 'tap-the',
  file: 'content/honorees/a.yaml',
  index: 0,
  ...over,
});

describe('decisionSlug', () => {
  it('folds the number into a URL segment, đ → d', () => {
    expect(decisionSlug('512/QĐ-UBND')).toBe('512-qd-ubnd');
    expect(decisionSlug('1234/QĐ-TTg')).toBe('1234-qd-ttg');
    expect(decisionSlug('12/QĐ-CTHADS')).toBe('12-qd-cthads');
    expect(decisionSlug(' 512 / qđ – ubnd ')).toBe('512-qd-ubnd');
    expect(decisionSlug('//')).toBe('');
  });
  it('gives the forms people type', () => {
    const forms = decisionNumberForms('512/QĐ-UBND');
    for (const f of ['512/QĐ-UBND', '512 QĐ UBND', '512 qd ubnd', '512-qd-ubnd', '512/qđ-ubnd', 'quyet dinh 512'])
      expect(forms).toContain(f);
  });
});

describe('groupDecisions', () => {
  it('one decision announced by two articles is one decision, with the entries of both', () => {
    const a = art('a', '2021-03-20', [
      { award: 'co', year: 2020, recipients: ['x'], decision: '512/QĐ-UBND', decision_date: '2021-03-10' },
      { award: 'bk', year: 2020, recipients: ['y'], decision: '513/QĐ-UBND', decision_date: '2021-03-10' },
    ]);
    const b = art('b', '2021-03-25', [
      { award: 'co', year: 2020, recipients: ['z'], decision: '512/QĐ-UBND', decision_date: '2021-03-10' },
    ]);
    const ds = groupDecisions([b, a]);
    expect(ds.map((d) => d.key)).toEqual(['2021/512-qd-ubnd', '2021/513-qd-ubnd']);
    const d = ds[0]!;
    expect(d.grants.map((g) => `${g.article}#${g.index}`)).toEqual(['b#0', 'a#0']);
    expect(d.articles).toEqual(['b', 'a']);
    expect(d.date).toBe('2021-03-10');
  });

  it('the same number in another year is another decision (numbers restart each year)', () => {
    const a = art('a', '2021-03-20', [
      { award: 'co', year: 2020, recipients: ['x'], decision: '12/QĐ-UBND', decision_date: '2021-01-05' },
    ]);
    const b = art('b', '2022-02-01', [
      { award: 'co', year: 2021, recipients: ['x'], decision: '12/QĐ-UBND', decision_date: '2022-01-06' },
    ]);
    expect(
      groupDecisions([a, b])
        .map((d) => d.key)
        .sort(),
    ).toEqual(['2021/12-qd-ubnd', '2022/12-qd-ubnd']);
  });

  it('an entry with a number and no date is grouped by its article year, and says so', () => {
    const undated = art('u', '2021-04-01', [{ award: 'bk', year: 2020, recipients: ['x'], decision: '652/QĐ-UBND' }]);
    const dated = art('d', '2021-03-01', [
      { award: 'bk', year: 2020, recipients: ['y'], decision: '512/QĐ-UBND', decision_date: '2021-03-10' },
    ]);
    const late = art('l', '2022-01-10', [{ award: 'bk', year: 2020, recipients: ['z'], decision: '512/QĐ-UBND' }]);
    const ds = groupDecisions([undated, dated, late]);
    const d652 = ds.find((d) => d.slug === '652-qd-ubnd')!;
    expect(d652.year).toBe(2021);
    expect(d652.date).toBeUndefined();
    expect(d652.grants[0]!.undated).toBe(true);
    // An undated entry of a 2022 article is not merged into the 2021 decision of the same number.
    expect(ds.map((d) => d.key)).toContain('2022/512-qd-ubnd');
    expect(ds.find((d) => d.key === '2021/512-qd-ubnd')!.grants).toHaveLength(1);
    expect(entryDecisionKey({ decision: '652/QĐ-UBND' }, '2021-04-01')?.key).toBe('2021/652-qd-ubnd');
    expect(entryDecisionKey({}, '2021-04-01')).toBeUndefined();
  });

  it('records join their entries; a record alone (or a revocation) still makes a decision', () => {
    const a = art('a', '2021-03-20', [
      {
        award: 'cstd',
        year: 2020,
        recipients: ['v'],
        decision: '651/QĐ-UBND',
        decision_date: '2021-03-15',
        revoked: { decision: '1020/QĐ-UBND', date: '2022-06-15' },
      },
    ]);
    const ds = groupDecisions(
      [a],
      [rec('651/QĐ-UBND', '2021-03-15', { issuer: 'UBND tỉnh' }), rec('9/QĐ-UBND', '2020-01-02')],
    );
    expect(ds.map((d) => d.key)).toEqual(['2022/1020-qd-ubnd', '2021/651-qd-ubnd', '2020/9-qd-ubnd']);
    expect(ds[1]!.record?.issuer).toBe('UBND tỉnh');
    expect(ds[1]!.grants).toHaveLength(1);
    expect(ds[0]!.revokes.map((r) => r.article)).toEqual(['a']);
    expect(ds[0]!.date).toBe('2022-06-15');
    expect(ds[2]!.grants).toEqual([]);
  });

  it('lists by year, newest first, numbers in natural order within a day', () => {
    const a = art('a', '2021-03-20', [
      { award: 'x', year: 2020, recipients: ['x'], decision: '10/QĐ-UBND', decision_date: '2021-03-10' },
      { award: 'x', year: 2020, recipients: ['x'], decision: '9/QĐ-UBND', decision_date: '2021-03-10' },
      { award: 'x', year: 2020, recipients: ['x'], decision: '3/QĐ-UBND', decision_date: '2020-03-10' },
    ]);
    const years = decisionsByYear(groupDecisions([a]));
    expect(years.map((y) => [y.year, y.decisions.map((d) => d.number)])).toEqual([
      [2021, ['9/QĐ-UBND', '10/QĐ-UBND']],
      [2020, ['3/QĐ-UBND']],
    ]);
    expect(decisionKey(2021, 'x')).toBe('2021/x');
  });
});

describe('revocation', () => {
  const types: AwardType[] = [
    {
      id: 'cstd',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      group: 'danh-hieu-thi-dua',
      for: ['ca-nhan'],
      level: 'bo-nganh-tinh',
      rank: 1,
      basis: 'Điều',
      file: 'content/award-types.yaml',
    },
  ];
  const set: ContentSet = {
    site: { name: 'C', owner: 'B', province: 'P', base_url: 'https://x.gov.vn' },
    awardTypes: types,
    blocs: [],
    honorees: [hon('an', { type: 'ca-nhan' }), hon('binh', { type: 'ca-nhan' })],
    articles: [
      art('a', '2021-03-20', [
        { award: 'cstd', year: 2020, recipients: ['an'], decision: '651/QĐ-UBND', decision_date: '2021-03-15' },
        {
          award: 'cstd',
          year: 2020,
          recipients: ['binh'],
          decision: '651/QĐ-UBND',
          decision_date: '2021-03-15',
          revoked: { decision: '1020/QĐ-UBND', date: '2022-06-15', reason: 'r' },
        },
      ]),
      art('b', '2022-03-20', [
        {
          award: 'cstd',
          year: 2021,
          recipients: ['binh'],
          revoked: { decision: '1020/QĐ-UBND', date: '2022-06-15' },
        },
      ]),
    ],
  };
  const portal = buildPortal(set);

  it('keeps a revoked award on every list, marked', () => {
    expect(portal.rows).toHaveLength(3);
    expect(portal.rowsByHonoree.get('binh')!.map((r) => r.revoked?.decision)).toEqual(['1020/QĐ-UBND', '1020/QĐ-UBND']);
    expect(portal.rowsByAwardType.get('cstd')).toHaveLength(3);
  });

  it('does not count it: counts, chart, figures, latest year', () => {
    expect(countedAwards(portal.rows)).toBe(1);
    expect(countByYear(portal.rowsByAwardType.get('cstd')!)).toEqual([{ year: 2020, count: 1 }]);
    expect(yearFigures(portal, 2020).map((f) => f.count)).toEqual([1]);
    expect(yearFigures(portal, 2021)).toEqual([]);
    // Only a revoked award in 2021: the latest year with awards is 2020.
    expect(latestAwardYear(portal)).toBe(2020);
  });

  it('links rows to their decision, and the revoking decision lists what it revokes', () => {
    expect(portal.rows.map((r) => r.decisionKey)).toEqual([undefined, '2021/651-qd-ubnd', '2021/651-qd-ubnd']);
    expect(portal.decisionByKey.get('2022/1020-qd-ubnd')!.revokes.map((e) => e.article)).toEqual(['b', 'a']);
  });

  it('open data: revoked_decision and revoked_date are the last columns, empty unless revoked', () => {
    expect(OPEN_DATA_COLUMNS.slice(-2)).toEqual(['revoked_decision', 'revoked_date']);
    expect(OPEN_DATA_COLUMNS.slice(0, 9)).toEqual([
      'award_id',
      'award_name',
      'year',
      'honoree_id',
      'honoree_name',
      'honoree_type',
      'decision',
      'decision_date',
      'article_url',
    ]);
    const rows = openDataRows(portal, (s) => `https://x.gov.vn/tin-tuc/${s}/`);
    expect(rows.map((r) => [r.honoree_id, r.revoked_decision, r.revoked_date])).toEqual([
      ['binh', '1020/QĐ-UBND', '2022-06-15'],
      ['an', null, null],
      ['binh', '1020/QĐ-UBND', '2022-06-15'],
    ]);
  });
});

describe('successors', () => {
  const list = [
    hon('ubnd-ninh-thuan', { successor: 'ubnd-khanh-hoa', until: '2025-07-01' }),
    hon('ubnd-khanh-hoa'),
    hon('so-a', { successor: 'so-ab', until: '2020-01-01' }),
    hon('so-b', { successor: 'so-ab', until: '2020-01-01' }),
    hon('so-ab', { successor: 'so-abc', until: '2025-07-01' }),
    hon('so-abc'),
    hon('loop-1', { successor: 'loop-2' }),
    hon('loop-2', { successor: 'loop-1' }),
  ];
  const byId = new Map(list.map((h) => [h.id, h]));
  const direct = directPredecessors(list);

  it('predecessors are transitive, nearest first', () => {
    expect(predecessorsOf('so-abc', direct).map((h) => h.id)).toEqual(['so-ab', 'so-a', 'so-b']);
    expect(predecessorsOf('ubnd-khanh-hoa', direct).map((h) => h.id)).toEqual(['ubnd-ninh-thuan']);
    expect(predecessorsOf('so-a', direct)).toEqual([]);
  });

  it('a successor chain follows merges and stops before a loop', () => {
    expect(successorChain('so-a', byId).map((h) => h.id)).toEqual(['so-ab', 'so-abc']);
    expect(successorChain('loop-1', byId).map((h) => h.id)).toEqual(['loop-2']);
    expect(predecessorsOf('loop-1', direct).map((h) => h.id)).toEqual(['loop-2']);
    expect(successorLoops('loop-1', byId)).toBe(true);
    expect(successorLoops('so-a', byId)).toBe(false);
  });
});

describe('compareDecisions', () => {
  const decision = (number: string, date?: string): Decision => ({
    key: number,
    year: 2024,
    slug: number,
    number,
    ...(date ? { date } : {}),
    grants: [],
    revokes: [],
    articles: [],
  });
  it('orders newest first, then by number as people count', () => {
    const list = ['10/QĐ-UBND', '2/QĐ-UBND', '1/QĐ-UBND', 'QĐ 7', '02/QĐ-UBND'].map((n) => decision(n));
    list.push(decision('99/QĐ-UBND', '2024-05-01'));
    expect(list.sort(compareDecisions).map((d) => d.number)).toEqual([
      '99/QĐ-UBND',
      '1/QĐ-UBND',
      '2/QĐ-UBND',
      '02/QĐ-UBND',
      '10/QĐ-UBND',
      'QĐ 7',
    ]);
  });
  it('agrees with the Vietnamese numeric collator on every pair of numbers of one day', () => {
    const collator = new Intl.Collator('vi', { numeric: true });
    const numbers = [
      '1',
      '01',
      '2',
      '10',
      '100',
      '9/QĐ',
      '10/QĐ',
      '10/QD',
      '010/QĐ',
      '1 5',
      '1-5',
      'QĐ 2',
      'Số 3',
      '123456789012345678/X',
      '123456789012345679/X',
      '٣/QĐ',
      '',
      '7a',
      '7',
    ];
    for (const a of numbers)
      for (const b of numbers)
        expect(Math.sign(compareDecisions(decision(a), decision(b))), `${a} ↔ ${b}`).toBe(
          Math.sign(collator.compare(a, b)),
        );
  });
});
