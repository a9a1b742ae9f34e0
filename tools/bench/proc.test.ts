import { describe, expect, it } from 'vitest';
import { parseCpuLine, parseStat, parseVmRss } from './proc.ts';

describe('parseStat', () => {
  it('reads pid, parent and CPU ticks', () => {
    const line =
      '2258 (node) S 2257 2258 4979 0 -1 4194560 228882 0 38 0 1414 526 7 3 20 0 11 0 2325 1517524000 379381 18446744073709551615';
    expect(parseStat(line)).toMatchObject({ pid: 2258, ppid: 2257, utime: 1414, stime: 526, cutime: 7, cstime: 3 });
  });

  it('copes with a process name holding spaces and parentheses', () => {
    const line = '8573 (Chrome (Renderer) x) R 8425 1 1 0 -1 0 0 0 0 0 40 8 0 0 20 0 1 0 1 1 1';
    expect(parseStat(line)).toMatchObject({ pid: 8573, ppid: 8425, utime: 40, stime: 8 });
  });

  it('null for garbage', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 (x')).toBeNull();
  });
});

describe('parseVmRss', () => {
  it('reads KiB', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t 2000 kB\nVmRSS:\t  1517524 kB\nRssAnon:\t 1 kB\n')).toBe(1517524);
  });
  it('0 for a kernel thread or zombie', () => {
    expect(parseVmRss('Name:\tkworker\nState:\tI (idle)\n')).toBe(0);
  });
});

describe('parseCpuLine', () => {
  it('busy = everything but idle and iowait', () => {
    const text = 'cpu  100 5 50 800 20 3 2 10 0 0\ncpu0 50 2 25 400 10 1 1 5 0 0\nintr 1\n';
    expect(parseCpuLine(text)).toEqual({ busy: 170, total: 990 });
  });
  it('null without a cpu line', () => {
    expect(parseCpuLine('intr 1\n')).toBeNull();
  });
});
