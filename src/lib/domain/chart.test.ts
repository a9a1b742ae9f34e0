import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart.ts';

describe('niceTicks', () => {
  it('runs from 0 past the maximum in round steps, at most six ticks', () => {
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(280)).toEqual([0, 100, 200, 300]);
    expect(niceTicks(0)).toEqual([0, 1]);
    for (const n of [1, 4, 9, 13, 99, 1234]) {
      const t = niceTicks(n);
      expect(t.length).toBeLessThanOrEqual(6);
      expect(t.at(-1)!).toBeGreaterThanOrEqual(n);
    }
  });
});
