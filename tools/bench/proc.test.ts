import { describe, expect, it } from 'vitest';
import { descendants, parseCpuLine, parseStat, parseVmRss, treeTicks } from './proc.ts';

describe('parseStat', () => {
  it('reads pid, parent and CPU ticks', () => {
    const line =
      '2258 (node) S 2257 2258 4979 0 -1 4194560 228882 0 38 0 1414 526 7 3 20 0 11 0 2325 1517524000 379381 18446744073709551615';
    expect(parseStat(line)).toEqual({ pid: 2258, ppid: 2257, utime: 1414, stime: 526, cutime: 7, cstime: 3 });
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

describe('descendants', () => {
  it('the root, its children, grandchildren, and nothing else', () => {
    const procs = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 }, // time
      { pid: 11, ppid: 10 }, // node
      { pid: 12, ppid: 11 },
      { pid: 13, ppid: 12 }, // pagefind and its child
      { pid: 20, ppid: 1 },
      { pid: 21, ppid: 20 }, // someone else's build
    ];
    expect([...descendants(procs, 10)].sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect([...descendants(procs, 99)]).toEqual([99]);
  });
});

describe('treeTicks', () => {
  it("sums own and reaped children's CPU", () => {
    expect(
      treeTicks([
        { pid: 1, ppid: 0, utime: 10, stime: 2, cutime: 5, cstime: 1 },
        { pid: 2, ppid: 1, utime: 3, stime: 1, cutime: 0, cstime: 0 },
      ]),
    ).toBe(22);
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
