import { describe, expect, it } from 'vitest';
import { memoByString } from './memo.ts';

describe('memoByString', () => {
  it('computes once per string, undefined results included', () => {
    const calls: string[] = [];
    const f = memoByString((s) => {
      calls.push(s);
      return s === 'x' ? undefined : s.length;
    });
    expect([f('ab'), f('ab'), f('x'), f('x'), f('abc')]).toEqual([2, 2, undefined, undefined, 3]);
    expect(calls).toEqual(['ab', 'x', 'abc']);
  });
  it('stays within its bound, still answering right', () => {
    const calls: string[] = [];
    const f = memoByString((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(f)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
