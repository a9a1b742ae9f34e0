import { describe, expect, it } from 'vitest';
import { mergeResults, normaliseQuery, searchPasses } from './query.ts';

describe('normaliseQuery', () => {
  it('NFC, punctuation to spaces, decision numbers in pieces, "&" kept joined', () => {
    expect(normaliseQuery('  Quyết định 512/QĐ-UBND ')).toBe('Quyết định 512 QĐ UBND');
    expect(normaliseQuery('Sở GD&ĐT')).toBe('Sở GDĐT');
    expect(normaliseQuery('thi đua – khen thưởng'.normalize('NFD'))).toBe('thi đua khen thưởng');
  });
});

describe('per-query ranking choice', () => {
  it('a query with marks asks for exact marks first, then folded', () => {
    expect(searchPasses('Trần Quốc Nam').map((p) => p.options.exactDiacritics)).toEqual([true, false]);
    expect(searchPasses('đảng').map((p) => p.options.exactDiacritics)).toEqual([true, false]);
  });
  it('a query without marks is folded only', () => {
    expect(searchPasses('tran quoc nam').map((p) => p.options.exactDiacritics)).toEqual([false]);
  });
  it('merges passes keeping the first place of each page', () => {
    expect(
      mergeResults([
        [{ id: 'a' }, { id: 'b' }],
        [{ id: 'c' }, { id: 'a' }],
      ]).map((r) => r.id),
    ).toEqual(['a', 'b', 'c']);
  });
});
