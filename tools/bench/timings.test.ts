import { describe, expect, it } from 'vitest';
import { cpuAtTime, factsFromTimings, marksFromTimings, parseTimings } from './timings.ts';
import { emptyFacts } from './log.ts';

const file = {
  version: 1,
  pid: 42,
  marks: {
    setupStart: 1_000_500,
    validated: 1_002_000,
    articlesChecked: 1_030_000,
    imagesChecked: 1_031_000,
    searchDone: 1_031_500,
  },
  articles: 50,
  imageFiles: 3,
  imagesStripped: 0,
  search: { pages: 300, records: 300, ms: 4200, addMs: 3000, writeMs: 1000, waitedMs: 150 },
};

describe('parseTimings', () => {
  it('accepts the integration file and refuses anything else', () => {
    expect(parseTimings(JSON.stringify(file))?.search.pages).toBe(300);
    expect(parseTimings(null)).toBeNull();
    expect(parseTimings('{')).toBeNull();
    expect(parseTimings(JSON.stringify({ ...file, version: 2 }))).toBeNull();
    expect(parseTimings(JSON.stringify({ ...file, marks: { bogus: 1 } }))).toBeNull();
    expect(parseTimings(JSON.stringify({ ...file, marks: { validated: 'x' } }))).toBeNull();
  });
});

describe('marksFromTimings and factsFromTimings', () => {
  it("puts the integration's steps on the bench's clock (seconds since spawn)", () => {
    const t = parseTimings(JSON.stringify(file))!;
    expect(marksFromTimings(t, 1_000_000)).toEqual({
      validated: 2,
      articlesChecked: 30,
      imagesChecked: 31,
      searchDone: 31.5,
    });
  });
  it('fills the facts the report quotes', () => {
    const f = emptyFacts();
    factsFromTimings(f, parseTimings(JSON.stringify(file))!);
    expect(f).toMatchObject({ imageFiles: 3, searchPages: 300, pagefindSeconds: 4.2 });
    expect(f.searchSummary).toContain('waited for at the end 0.1 s');
  });
});

describe('cpuAtTime', () => {
  const s = [
    { t: 0, cpuS: 0 },
    { t: 1, cpuS: 2 },
    { t: 2, cpuS: 3 },
  ];
  it('interpolates between samples and clamps at both ends', () => {
    expect(cpuAtTime(s, 0.5)).toBe(1);
    expect(cpuAtTime(s, 1.5)).toBe(2.5);
    expect(cpuAtTime(s, -1)).toBe(0);
    expect(cpuAtTime(s, 9)).toBe(3);
    expect(cpuAtTime([], 1)).toBeUndefined();
  });
});
