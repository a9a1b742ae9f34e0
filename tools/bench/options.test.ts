import { describe, expect, it } from 'vitest';
import { cleanEnv, parseOptions } from './options.ts';

const D = { out: '/repo/docs/benchmarks.md', smokeOut: '/tmp/smoke.md' };

describe('parseOptions', () => {
  it('defaults: 1,000 / 10,000 / 30,000 beside the anchor, two A B pairs, dev at 10,000, 200 photos, docs/benchmarks.md', () => {
    const o = parseOptions([], D);
    expect(o.sizes).toEqual([1000, 10000, 30000]);
    expect(o).toMatchObject({ anchor: true, reps: 2, devSizes: [10000] });
    expect(o.profile).toBeUndefined();
    expect(o.photos).toBe(200);
    expect(o.out).toBe(D.out);
    expect(o.smoke).toBe(false);
    expect(o.searchTrials).toBe(3);
    expect(o.query).toBe('thi dua');
  });

  it('--sizes in any order, with spaces or "k", sorted and without repeats', () => {
    expect(parseOptions(['--sizes', '10k, 1000,1000'], D).sizes).toEqual([1000, 10000]);
    expect(parseOptions(['--sizes=50'], D).sizes).toEqual([50]);
  });

  it('--smoke: N = 50, a few photos, one search trial, a report outside docs/', () => {
    const o = parseOptions(['--smoke'], D);
    expect(o.sizes).toEqual([50]);
    expect(o.photos).toBeGreaterThan(0);
    expect(o.photos).toBeLessThan(10);
    expect(o.searchTrials).toBe(1);
    expect(o.out).toBe(D.smokeOut);
    expect(parseOptions(['--smoke', '--out', 'x.md', '--sizes', '20'], D)).toMatchObject({ out: 'x.md', sizes: [20] });
  });

  it('--sizes 1000 alone, --scale, --no-anchor, --reps, --dev-sizes (kept to the sizes run), --no-dev', () => {
    expect(parseOptions(['--sizes', '1000'], D)).toMatchObject({ sizes: [1000], devSizes: [] });
    expect(parseOptions(['--scale'], D)).toMatchObject({ sizes: [10000, 30000], devSizes: [10000] });
    expect(parseOptions(['--no-anchor', '--reps', '3'], D)).toMatchObject({ anchor: false, reps: 3 });
    expect(parseOptions(['--sizes', '200', '--dev-sizes', '200'], D).devSizes).toEqual([200]);
    expect(parseOptions(['--no-dev'], D).devSizes).toEqual([]);
    expect(() => parseOptions(['--reps', '0'], D)).toThrow(/whole number/);
  });

  it('--smoke runs one A B pair and no dev measurement; --profile [DIR] defaults to N = 1,000', () => {
    expect(parseOptions(['--smoke'], D)).toMatchObject({ reps: 1, devSizes: [], anchor: true });
    expect(parseOptions(['--profile'], D)).toMatchObject({ profile: '', sizes: [1000] });
    expect(parseOptions(['--profile', '/tmp/p', '--sizes', '200'], D)).toMatchObject({
      profile: '/tmp/p',
      sizes: [200],
    });
    expect(parseOptions(['--profile=/tmp/q'], D).profile).toBe('/tmp/q');
  });

  it('--from-json re-renders, --json keeps the figures', () => {
    expect(parseOptions(['--from-json', 'r.json', '--json', 'x.json'], D)).toMatchObject({
      fromJson: 'r.json',
      json: 'x.json',
      out: D.out,
    });
  });

  it('refuses what it does not understand', () => {
    expect(() => parseOptions(['--size', '10'], D)).toThrow(/unknown argument/);
    expect(() => parseOptions(['--sizes', 'many'], D)).toThrow(/not a whole number/);
    expect(() => parseOptions(['--sizes', '0'], D)).toThrow(/whole number ≥ 1/);
    expect(() => parseOptions(['--out'], D)).toThrow(/needs a value/);
  });
});

describe('cleanEnv', () => {
  it('drops what Vitest/Vite set, keeps the rest, disables telemetry', () => {
    const env = cleanEnv({
      PATH: '/bin',
      HOME: '/root',
      BASE_URL: '/',
      MODE: 'test',
      NODE_ENV: 'test',
      VITEST: 'true',
      VITEST_POOL_ID: '1',
      BASE_PATH: '/tdkt/',
      TEST: 'true',
      PROD: '',
      DEV: '1',
      SSR: '',
      X: undefined,
    });
    expect(env).toEqual({ PATH: '/bin', HOME: '/root', ASTRO_TELEMETRY_DISABLED: '1' });
  });
});
