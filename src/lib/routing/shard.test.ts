import { describe, expect, it } from 'vitest';
import { ownsPath, parseShard, shardOfPath } from './shard.ts';

describe('parseShard', () => {
  it('reads i/n, none when unset, refuses the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard(undefined)).toBeNull();
    expect(parseShard('')).toBeNull();
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad)).toThrow(/i\/n/);
  });
});

describe('shardOfPath and ownsPath', () => {
  const articles = Array.from({ length: 400 }, (_, i) => `/tin-tuc/bai-so-${i}/`);
  const honorees = Array.from({ length: 400 }, (_, i) => `/vinh-danh/nguoi-${i}/`);

  it('splits articles and honorees across the shards, roughly evenly, always the same way', () => {
    for (const list of [articles, honorees]) {
      const counts = [0, 0, 0];
      for (const p of list) counts[shardOfPath(p, 3) - 1]!++;
      for (const c of counts) expect(c).toBeGreaterThan(100);
      expect(list.map((p) => shardOfPath(p, 3))).toEqual(list.map((p) => shardOfPath(p, 3)));
    }
    expect(shardOfPath('/tin-tuc/bai-so-7/', 2)).toBe(shardOfPath('/tin-tuc/bai-so-7/', 2));
  });

  it('every page belongs to exactly one shard; shared pages to shard 1', () => {
    const shared = [
      '/',
      '/tin-tuc/',
      '/tin-tuc/2/',
      '/vinh-danh/',
      '/vinh-danh/chu-cai/a/',
      '/khoi-thi-dua/x/',
      '/rss.xml',
      '/nam/2020/',
    ];
    for (const p of shared) expect(shardOfPath(p, 4)).toBe(1);
    for (const p of [...articles, ...honorees, ...shared]) {
      const owners = [1, 2, 3].filter((i) => ownsPath(p, { index: i, count: 3 }));
      expect(owners.length, p).toBe(1);
    }
  });

  it('without sharding, or with one shard, every page is in the build', () => {
    expect(articles.every((p) => ownsPath(p, null))).toBe(true);
    expect(articles.every((p) => ownsPath(p, { index: 1, count: 1 }))).toBe(true);
  });
});
