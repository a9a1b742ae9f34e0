import { describe, expect, it } from 'vitest';
import { normaliseQuery, rankAcross, searchPasses } from './query.ts';

describe('normaliseQuery', () => {
  it('NFC, punctuation to spaces, decision numbers in pieces, "&" kept joined', () => {
    expect(normaliseQuery('  Quyết định 512/QĐ-UBND ')).toBe('Quyết định 512 QĐ UBND');
    expect(normaliseQuery('Sở GD&ĐT')).toBe('Sở GDĐT');
    expect(normaliseQuery('thi đua – khen thưởng'.normalize('NFD'))).toBe('thi đua khen thưởng');
  });
});

describe('per-query ranking choice', () => {
  it('a query with marks adds an exact-marks pass; several words add phrase and pair passes', () => {
    const p = searchPasses('Trần Quốc Nam');
    expect(p.map((x) => [x.query, x.options.exactDiacritics, x.promote ?? 'ranked'])).toEqual([
      ['Trần Quốc Nam', false, 'ranked'],
      ['Trần Quốc Nam', true, 'exact-marks'],
      ['"Trần Quốc Nam"', false, 'phrase'],
      ['"Trần Quốc"', false, 'pair'],
      ['"Quốc Nam"', false, 'pair'],
    ]);
  });
  it('a query without marks is folded only; one word has no phrase pass', () => {
    expect(searchPasses('tran quoc').map((x) => x.promote ?? 'ranked')).toEqual(['ranked', 'phrase']);
    expect(searchPasses('dang').map((x) => x.options.exactDiacritics)).toEqual([false]);
    expect(searchPasses('đảng').map((x) => x.options.exactDiacritics)).toEqual([false, true]);
  });
  it('exact-mark matches first, then words together, then by score raised by pairs together', () => {
    const passes = searchPasses('Trần Quốc Nam');
    const r = (id: string, score: number) => ({ id, score });
    const ranked = [r('mttq', 9), r('scattered', 8), r('honoree', 7), r('phrase', 6), r('pairs', 5), r('nopairs', 5.5)];
    const exact = [r('phrase', 0), r('honoree', 0), r('scattered', 0), r('pairs', 0), r('nopairs', 0)];
    const phrase = [r('phrase', 0), r('honoree', 0)];
    const pair1 = [r('phrase', 0), r('honoree', 0), r('pairs', 0)];
    const pair2 = [r('phrase', 0), r('honoree', 0)];
    const order = rankAcross([{ passes, lists: [ranked, exact, phrase, pair1, pair2] }]).map((x) => x.result.id);
    expect(order).toEqual(['honoree', 'phrase', 'scattered', 'pairs', 'nopairs', 'mttq']);
  });
  it('merges several indexes by tier and score', () => {
    const passes = searchPasses('nam');
    const order = rankAcross([
      {
        passes,
        lists: [
          [
            { id: 'a', score: 3 },
            { id: 'b', score: 1 },
          ],
        ],
      },
      { passes, lists: [[{ id: 'c', score: 2 }]] },
    ]).map((x) => `${x.group}:${x.result.id}`);
    expect(order).toEqual(['0:a', '1:c', '0:b']);
  });
});
