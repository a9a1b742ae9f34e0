import { describe, expect, it } from 'vitest';
import { report, score } from './quality.ts';
import type { Query } from './queries.ts';

const Q: Query[] = [
  { q: 'a', expect: '/a/', cls: 'name' },
  { q: 'b', expect: '/b/', cls: 'name' },
  { q: 'c', expect: '/c/', cls: 'unaccented' },
  { q: 'draft words', cls: 'draft' },
];

describe('score', () => {
  it('recall@1, recall@5 and MRR over the queries that expect a page; drafts counted apart', () => {
    const s = score(Q, [
      ['/a/'],
      ['/x/', '/y/', '/b/'],
      ['/1/', '/2/', '/3/', '/4/', '/5/', '/c/'],
      ['/tin-tuc/du-thao-de-nghi-khen-thuong-cuc-thi-hanh-an-2021/'],
    ]);
    expect(s.queries).toBe(3);
    expect(s.recall1).toBeCloseTo(1 / 3);
    expect(s.recall5).toBeCloseTo(2 / 3);
    expect(s.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 6) / 3);
    expect(s.drafts).toBe(1);
  });
  it('the report lists every query whose first result is wrong', () => {
    const text = report(Q, [['/a/'], ['/x/'], [], []], [[], [], [], []]);
    expect(text).toContain('`b` (name): expected /b/, first /x/');
    expect(text).toContain('`c` (unaccented): expected /c/, first nothing');
    expect(text).not.toContain('`a` (name)');
  });
});
