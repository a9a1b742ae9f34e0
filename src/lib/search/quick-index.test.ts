import { describe, expect, it } from 'vitest';
import {
  buildQuickIndex,
  decodePostings,
  docRow,
  encodePostings,
  formOf,
  type QuickShard,
  shardOf,
  termOf,
  titleTokens,
} from './quick-index.ts';
import { searchRecord } from '../../../tests/helpers/content.ts';

const rec = searchRecord;

const terms = (title: string) => new Set(titleTokens(title).tokens.map((t) => t.term));

describe('titleTokens: the same folding and expansion as the Pagefind records', () => {
  it('folds marks and đ, keeps each word’s position and the title’s length', () => {
    const { tokens, length } = titleTokens('Đặng Thị Yến');
    expect(length).toBe(3);
    expect(tokens.slice(0, 3)).toEqual([
      { term: 'dang', form: 'đặng', pos: 0 },
      { term: 'thi', form: 'thị', pos: 1 },
      { term: 'yen', form: 'yến', pos: 2 },
    ]);
  });

  it('i/y variants both ways: sĩ and sỹ are one form, found as si and sy', () => {
    expect(terms('Chiến sĩ thi đua')).toEqual(new Set(['chien', 'si', 'sy', 'thi', 'dua', 'cstd']));
    expect(formOf('sỹ')).toBe(formOf('sĩ'));
    expect(formOf('hoà')).toBe(formOf('hòa'));
    expect(formOf('Thuỷ')).toBe(formOf('thủy'));
  });

  it('abbreviations both ways, at the position of the words they stand for', () => {
    const spelled = titleTokens('Hội đồng Thi đua – Khen thưởng tỉnh Ninh Thuận').tokens;
    expect(spelled.filter((t) => t.term === 'tdkt').map((t) => [t.form, t.pos])).toEqual([['tđkt', 5]]);
    expect(spelled.some((t) => t.term === 'hdtdkt')).toBe(true);
    const abbreviated = terms('UBND tỉnh Hà Nam');
    for (const w of ['uy', 'ban', 'nhan', 'dan', 'ubnd']) expect(abbreviated).toContain(w);
    expect(terms('Sở GD&ĐT Hà Nam')).toEqual(
      new Set(['so', 'gddt', 'gd', 'dt', 'ha', 'nam', 'giao', 'duc', 'va', 'dao', 'tao']),
    );
  });

  it('decision numbers in pieces and joined', () => {
    const t = terms('Quyết định số 512/QĐ-UBND');
    for (const w of ['quyet', 'dinh', 'so', '512', 'qd', 'ubnd', '512qdubnd']) expect(t).toContain(w);
  });
});

describe('postings', () => {
  it('round-trip: ascending doc ids as base-36 deltas, position and length capped at 35', () => {
    const p = [
      { doc: 0, pos: 0, len: 3 },
      { doc: 40, pos: 12, len: 35 },
      { doc: 1300, pos: 2, len: 9 },
    ];
    const s = encodePostings(p);
    expect(s).toBe('003,14cz,z029');
    expect(decodePostings(s)).toEqual(p);
    expect(decodePostings(encodePostings([{ doc: 5, pos: 50, len: 80 }]))).toEqual([{ doc: 5, pos: 35, len: 35 }]);
    expect(decodePostings('')).toEqual([]);
  });
});

describe('buildQuickIndex', () => {
  const records = [
    rec('/tin-tuc/a/', 'Hội nghị thi đua', '2021-03-01', { kind: 'Hội nghị', date: '01/03/2021' }),
    rec('/vinh-danh/b/', 'Trần Quốc Nam', '2022-01-01', { kind: 'Cá nhân', summary: 'Giáo viên', awards: '2' }),
    rec('/tin-tuc/c/', 'Mặt trận Tổ quốc', '2020-01-01', { kind: 'Tin tức', date: '01/01/2020' }),
  ];
  const files = buildQuickIndex(records, { block: 2, shards: 4 });

  it('documents newest first in blocks; rows without empty trailing fields', () => {
    expect(JSON.parse(files.get('d/0.json')!)).toEqual([
      ['/vinh-danh/b/', 'Trần Quốc Nam', 'Cá nhân', '', 'Giáo viên', '2'],
      ['/tin-tuc/a/', 'Hội nghị thi đua', 'Hội nghị', '01/03/2021'],
    ]);
    expect(JSON.parse(files.get('d/1.json')!)).toEqual([['/tin-tuc/c/', 'Mặt trận Tổ quốc', 'Tin tức', '01/01/2020']]);
    expect(files.has('d/2.json')).toBe(false);
    expect(docRow(rec('/x/', 'X', ''))).toEqual(['/x/', 'X']);
  });

  it('every term in the shard of its hash, with its forms; every shard file exists', () => {
    const shards = [0, 1, 2, 3].map((i) => JSON.parse(files.get(`t/${i}.json`)!) as QuickShard);
    expect(shards.every((s) => s.n === 3 && s.a > 0 && s.s === 4 && s.b === 2)).toBe(true);
    const tran = shards[shardOf('tran', 4)]!.t.tran!;
    expect(Object.keys(tran).sort()).toEqual(['trần', 'trận']);
    expect(decodePostings(tran.trần!)).toEqual([{ doc: 0, pos: 0, len: 3 }]);
    expect(decodePostings(tran.trận!)).toEqual([{ doc: 2, pos: 1, len: 4 }]);
    for (const s of shards) for (const term of Object.keys(s.t)) expect(shardOf(term, 4)).toBe(shards.indexOf(s));
    expect(termOf('ĐỒNG')).toBe('dong');
  });
});
