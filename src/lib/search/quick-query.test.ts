import { describe, expect, it } from 'vitest';
import { buildQuickIndex } from './quick-index.ts';
import { searchRecord } from '../../../tests/helpers/content.ts';
import { quickSearch } from './quick-query.ts';

const rec = searchRecord;

const records = [
  rec('/tin-tuc/hoi-dong/', 'Hội đồng Thi đua – Khen thưởng tỉnh Ninh Thuận họp phiên cuối năm', '2021-12-20', {
    kind: 'Hội nghị',
    date: '20/12/2021',
  }),
  rec('/tin-tuc/chien-sy/', 'Tuyên dương Chiến sỹ thi đua cơ sở', '2021-05-01', {
    kind: 'Tin tức',
    date: '01/05/2021',
  }),
  rec('/tin-tuc/chien-si/', 'Hai Chiến sĩ thi đua toàn quốc', '2021-04-01', { kind: 'Tin tức', date: '01/04/2021' }),
  rec('/tin-tuc/ubnd/', 'UBND tỉnh Hà Nam khen thưởng đột xuất', '2022-02-01', {
    kind: 'Khen thưởng',
    date: '01/02/2022',
  }),
  rec('/vinh-danh/tran-quoc-nam/', 'Trần Quốc Nam', '2020-06-01', {
    kind: 'Cá nhân',
    summary: 'Giáo viên',
    awards: '1',
  }),
  // As long as the article naming him (8 words) and newer: without the marks as typed, it would come first.
  rec('/vinh-danh/mat-tran/', 'Ủy ban Mặt trận Tổ quốc Việt Nam', '2023-06-01', { kind: 'Tập thể', awards: '3' }),
  rec('/tin-tuc/tran-quoc-nam/', 'Thầy giáo Trần Quốc Nam nhận Bằng khen', '2023-02-01', {
    kind: 'Tin tức',
    date: '01/02/2023',
  }),
  rec('/tin-tuc/nam-tran-quoc/', 'Trần Văn Hải thăm trường Quốc Nam', '2024-01-01', {
    kind: 'Tin tức',
    date: '01/01/2024',
  }),
  rec('/quyet-dinh/2021/512-qd-ubnd/', 'Quyết định số 512/QĐ-UBND', '2021-03-15', {
    kind: 'Quyết định',
    date: '15/03/2021',
    summary: 'Về việc khen thưởng',
  }),
  rec('/tin-tuc/old/', 'Hội nghị thi đua', '2019-01-01', { kind: 'Hội nghị', date: '01/01/2019' }),
  rec('/tin-tuc/new/', 'Hội nghị thi đua', '2022-01-01', { kind: 'Hội nghị', date: '01/01/2022' }),
];

// Small blocks and few shards, so that several files of each kind are read.
const O = { block: 3, shards: 8 };
const files = buildQuickIndex(records, O);
const fetched: string[] = [];
const fetchFile = async (f: string) => {
  fetched.push(f);
  const text = files.get(f);
  if (!text) throw new Error(`404 ${f}`);
  return JSON.parse(text) as unknown;
};
const urls = async (q: string) => (await quickSearch(q, fetchFile, O)).results.map((r) => r.url);

describe('quickSearch', () => {
  it('unaccented, accented and NFD queries find the same titles (đ = d)', async () => {
    for (const q of ['hoi dong thi dua', 'Hội đồng thi đua', 'Hội đồng thi đua'.normalize('NFD')])
      expect(await urls(q), q).toEqual(['/tin-tuc/hoi-dong/']);
  });

  it('abbreviations both ways', async () => {
    expect(await urls('hoi dong tdkt tinh ninh thuan')).toEqual(['/tin-tuc/hoi-dong/']);
    expect(await urls('HĐTĐKT')).toEqual(['/tin-tuc/hoi-dong/']);
    expect(await urls('uy ban nhan dan tinh ha nam')).toEqual(['/tin-tuc/ubnd/']);
    expect(await urls('Ủy ban nhân dân tỉnh Hà Nam')).toEqual(['/tin-tuc/ubnd/']);
  });

  it('spelling variants: sĩ and sỹ find each other, typed with marks or without', async () => {
    for (const q of ['chiến sỹ thi đua', 'chiến sĩ thi đua', 'chien sy thi dua', 'chien si thi dua'])
      expect(new Set(await urls(q)), q).toEqual(new Set(['/tin-tuc/chien-sy/', '/tin-tuc/chien-si/']));
  });

  it('marks typed are meant: "Trần Quốc Nam" before the Mặt trận page; unaccented stays folded', async () => {
    const accented = await urls('Trần Quốc Nam');
    expect(accented.slice(0, 2)).toEqual(['/vinh-danh/tran-quoc-nam/', '/tin-tuc/tran-quoc-nam/']);
    expect(accented.indexOf('/vinh-danh/mat-tran/')).toBeGreaterThan(1);
    expect(await urls('tran quoc nam')).toContain('/vinh-danh/mat-tran/');
  });

  it('a full name puts its own page first, words together before scattered ones', async () => {
    const r = await urls('tran quoc nam');
    expect(r[0]).toBe('/vinh-danh/tran-quoc-nam/');
    expect(r.indexOf('/tin-tuc/tran-quoc-nam/')).toBeLessThan(r.indexOf('/tin-tuc/nam-tran-quoc/'));
  });

  it('every word must be in the title (AND); no match and empty queries give nothing', async () => {
    expect(await urls('tran quoc binh')).toEqual([]);
    expect(await quickSearch('  – ', fetchFile, O)).toEqual({ results: [], total: 0 });
    expect(await urls('xuong rong')).toEqual([]);
  });

  it('decision numbers in every typed form', async () => {
    for (const q of ['512/QĐ-UBND', '512/qd-ubnd', '512 qd ubnd', '512QĐUBND', 'quyet dinh 512', 'QĐ 512'])
      expect(await urls(q), q).toEqual(['/quyet-dinh/2021/512-qd-ubnd/']);
  });

  it('equal scores: newest first; rows carry what the result list shows; total counts every match', async () => {
    const r = await quickSearch('hội nghị thi đua', fetchFile, O);
    expect(r.results.map((x) => x.url)).toEqual(['/tin-tuc/new/', '/tin-tuc/old/']);
    expect(r.results[0]).toMatchObject({ title: 'Hội nghị thi đua', kind: 'Hội nghị', date: '01/01/2022' });
    const person = (await quickSearch('Trần Quốc Nam', fetchFile, O)).results[0]!;
    expect(person).toMatchObject({ kind: 'Cá nhân', summary: 'Giáo viên', awards: '1' });
    expect((await quickSearch('thi dua', fetchFile, O)).total).toBe(5);
    expect((await quickSearch('thi dua', fetchFile, { ...O, limit: 2 })).results).toHaveLength(2);
  });

  it('refuses an index built with other settings (the page falls back to Pagefind alone)', async () => {
    await expect(quickSearch('thi dua', fetchFile, { ...O, block: 16 })).rejects.toThrow(/quick index/);
  });

  it('reads only the shards of the query words and the blocks of the results shown', async () => {
    fetched.length = 0;
    await quickSearch('Trần Quốc Nam', fetchFile, { ...O, limit: 1 });
    expect(fetched.filter((f) => f.startsWith('d/'))).toHaveLength(1);
    expect(fetched.filter((f) => f.startsWith('t/')).length).toBeLessThanOrEqual(3);
  });
});
