import { describe, expect, it } from 'vitest';
import { combineCpu, otherCpuS, parseStatLine, TreeTracker, type ProcSample } from './tree-cpu.ts';

const p = (pid: number, ppid: number, comm: string, ticks: number, rssKb = 0, start = pid * 10): ProcSample => ({
  pid,
  ppid,
  comm,
  ticks,
  start,
  rssKb,
});

describe('parseStatLine', () => {
  it('reads pid, parent, name, own ticks and start time', () => {
    const line =
      '2258 (node) S 2257 2258 4979 0 -1 4194560 228882 0 38 0 1414 526 7 3 20 0 11 0 2325 1517524000 379381 18446744073709551615';
    expect(parseStatLine(line)).toEqual({ pid: 2258, ppid: 2257, comm: 'node', ticks: 1940, start: 2325 });
  });
  it('copes with spaces and parentheses in the name; null for garbage', () => {
    const line = '8573 (pagefind (x) y) R 8425 1 1 0 -1 0 0 0 0 0 40 8 0 0 20 0 1 0 77 1 1';
    expect(parseStatLine(line)).toMatchObject({ pid: 8573, ppid: 8425, comm: 'pagefind (x) y', ticks: 48, start: 77 });
    expect(parseStatLine('12 (x')).toBeNull();
  });
});

describe('TreeTracker', () => {
  it('sums the whole tree, ignores other processes, keeps the last ticks of each process', () => {
    const t = new TreeTracker(100);
    const s1 = t.observe([
      p(1, 0, 'init', 5),
      p(100, 50, 'node', 100, 1000),
      p(101, 100, 'esbuild', 10, 200),
      p(7, 1, 'other', 999, 9999),
    ]);
    expect(s1).toEqual({ rssKb: 1200, cpuS: 1.1, procs: 2 });
    t.observe([p(100, 50, 'node', 300, 1500), p(101, 100, 'esbuild', 20, 100), p(102, 101, 'worker', 5, 300)]);
    expect(t.cpuS()).toBeCloseTo(3.25);
    expect(t.summary().peakTreeKb).toBe(1900);
  });

  it("follows a child re-parented to init (Pagefind's --service after the build stops waiting) and counts its CPU", () => {
    const t = new TreeTracker(100);
    t.observe([p(100, 50, 'node', 100, 1000), p(200, 100, 'pagefind_extended', 50, 3000)]);
    // The root exited; the service lives on under init for a moment.
    t.observe([p(200, 1, 'pagefind_extended', 80, 3100)]);
    t.observe([]);
    const s = t.summary();
    expect(s.sampledCpuS).toBeCloseTo(1.8);
    expect(s.largestKb).toBe(3100);
    expect(s.largestComm).toBe('pagefind_extended');
    expect(s.byName[0]).toMatchObject({ comm: 'node', cpuS: 1 });
    expect(s.byName.find((n) => n.comm === 'pagefind_extended')).toMatchObject({ count: 1, peakRssKb: 3100 });
    expect(s.processes).toBe(2);
  });

  it('a reused pid is another process: not a member unless its parent is', () => {
    const t = new TreeTracker(100);
    t.observe([p(100, 50, 'node', 10), p(200, 100, 'child', 10, 0, 5)]);
    t.observe([p(100, 50, 'node', 20), p(200, 1, 'stranger', 500, 0, 999)]);
    expect(t.cpuS()).toBeCloseTo(0.3);
  });

  it('never lets a later, smaller reading lower a process total', () => {
    const t = new TreeTracker(100);
    t.observe([p(100, 50, 'node', 40)]);
    t.observe([p(100, 50, 'node', 30)]);
    expect(t.cpuS()).toBeCloseTo(0.4);
  });
});

describe('combineCpu and otherCpuS', () => {
  it('takes the larger total and names what the accounting missed', () => {
    expect(combineCpu(88, 146)).toEqual({ totalS: 146, outsideAccountingS: 58 });
    expect(combineCpu(10, 9.8)).toEqual({ totalS: 10, outsideAccountingS: 0 });
    expect(combineCpu(null, 5)).toEqual({ totalS: 5, outsideAccountingS: 0 });
  });
  it('other CPU is what the machine did beyond the tree and the harness, never negative', () => {
    expect(otherCpuS(100, 80, 2)).toBe(18);
    expect(otherCpuS(70, 80, 2)).toBe(0);
  });
});
