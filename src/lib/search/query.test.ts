import { describe, expect, it } from 'vitest';
import { combineResults, normaliseQuery, searchPasses } from './query.ts';

describe('normaliseQuery', () => {
  it('NFC, punctuation to spaces, decision numbers in pieces, "&" kept joined', () => {
    expect(normaliseQuery('  Quyết định 512/QĐ-UBND ')).toBe('Quyết định 512 QĐ UBND');
    expect(normaliseQuery('Sở GD&ĐT')).toBe('Sở GDĐT');
    expect(normaliseQuery('thi đua – khen thưởng'.normalize('NFD'))).toBe('thi đua khen thưởng');
  });
});

describe('per-query ranking choice', () => {
  it('a query with marks adds an exact-marks pass; several words add a phrase pass', () => {
    const p = searchPasses('Trần Quốc Nam');
    expect(p.map((x) => [x.query, x.options.exactDiacritics, x.promote ?? 'ranked'])).toEqual([
      ['Trần Quốc Nam', false, 'ranked'],
      ['Trần Quốc Nam', true, 'exact-marks'],
      ['"Trần Quốc Nam"', false, 'phrase'],
    ]);
  });
  it('a query without marks is folded only; one word has no phrase pass', () => {
    expect(searchPasses('tran quoc nam').map((x) => x.promote ?? 'ranked')).toEqual(['ranked', 'phrase']);
    expect(searchPasses('dang').map((x) => x.options.exactDiacritics)).toEqual([false]);
    expect(searchPasses('đảng').map((x) => x.options.exactDiacritics)).toEqual([false, true]);
  });
  it('exact-mark matches first, then words together, each in ranked order', () => {
    const passes = searchPasses('Trần Quốc Nam');
    const ids = (...xs: string[]) => xs.map((id) => ({ id }));
    const ranked = ids('mttq', 'article-scattered', 'honoree', 'article-phrase');
    const exact = ids('article-phrase', 'honoree', 'article-scattered');
    const phrase = ids('article-phrase', 'honoree');
    expect(combineResults(passes, [ranked, exact, phrase]).map((r) => r.id)).toEqual([
      'honoree',
      'article-phrase',
      'article-scattered',
      'mttq',
    ]);
  });
});
