import { describe, expect, it } from 'vitest';
import { best, ratios, renderScale, scaleTargets, type SideBySide, type SystemRun } from './side-by-side.ts';
import { tableAfter } from './report.ts';

const run = (wallS: number, peakTreeMiB: number, exitCode = 0): SystemRun => ({
  exitCode,
  wallS,
  cpuS: wallS * 1.5,
  countedCpuS: wallS,
  outsideAccountingS: wallS / 2,
  peakTreeMiB,
  largestProcMiB: peakTreeMiB / 2,
  largestProcess: 'node',
  otherCpuS: 0.5,
  processes: [
    { comm: 'MainThread', count: 1, cpuS: wallS, peakMiB: peakTreeMiB * 0.6 },
    { comm: 'pagefind_extend', count: 1, cpuS: wallS / 2, peakMiB: peakTreeMiB * 0.4 },
    { comm: 'time', count: 1, cpuS: 0, peakMiB: 1 },
  ],
});
const anchor = (wallS: number, peak: number) => ({
  ...run(wallS, peak),
  parts: [
    { name: 'hugo', run: run(wallS * 0.6, peak / 2) },
    { name: 'pagefind', run: run(wallS * 0.4, peak) },
  ],
  pages: 61_000,
});
const side = (n: number, p: number[], a: number[], peak: number): SideBySide => ({
  n,
  order: ['project', 'anchor', 'project', 'anchor'],
  project: p.map((w) => run(w, peak)),
  anchor: a.map((w) => anchor(w, 4600)),
  convertS: 12,
  projectPages: 61_438,
});

describe('best and ratios', () => {
  it('compares the best of each system and lists each A B pair', () => {
    const s = side(10_000, [62, 60], [88, 90], 2900);
    expect(best(s.project)!.wallS).toBe(60);
    const r = ratios(s)!;
    expect(r.wall).toBeCloseTo(60 / 88);
    expect(r.pairs.map((x) => x.toFixed(3))).toEqual([(62 / 88).toFixed(3), (60 / 90).toFixed(3)]);
    expect(r.peak).toBeCloseTo(2900 / 4600);
  });
  it('a failed run is never the best; no successful run, no ratio', () => {
    const s = side(1000, [5, 9], [7, 7], 100);
    s.project[0]!.exitCode = 1;
    expect(best(s.project)!.wallS).toBe(9);
    s.project[1]!.exitCode = 1;
    expect(ratios(s)).toBeNull();
  });
});

describe('scaleTargets', () => {
  it('a verdict per target: met, missed, or not measured when the N was not run', () => {
    const sides = [side(10_000, [60], [88], 2900), side(30_000, [200], [270], 6500)];
    const rows = scaleTargets(sides, [
      { n: 10_000, validateFirstS: 8, validateRecheckS: 0.4, devReadyS: 27, devFirstPageS: 29, devEditVisibleS: 20 },
    ]);
    const v = Object.fromEntries(rows.map((r) => [r.target.slice(0, 30), r.verdict]));
    expect(rows.map((r) => r.verdict)).toEqual(['met', 'met', 'missed', 'missed', 'met', 'met', 'missed']);
    expect(Object.keys(v).length).toBe(7);
    expect(scaleTargets([side(1000, [5], [7], 100)], []).every((r) => r.verdict === 'not measured')).toBe(true);
    // The edited article: title and body both in time, or not met.
    const edit = (title: number, body?: number) =>
      scaleTargets(sides, [
        {
          n: 10_000,
          validateFirstS: 8,
          validateRecheckS: 0.4,
          devReadyS: 27,
          devFirstPageS: 29,
          devEditVisibleS: title,
          ...(body === undefined ? {} : { devBodyVisibleS: body }),
        },
      ]).at(-1)!.verdict;
    expect([edit(1.2, 1.9), edit(1.2, 2.4), edit(2.4, 1.2), edit(1.2)]).toEqual([
      'met',
      'missed',
      'missed',
      'not measured',
    ]);
  });
});

describe('notes of the verdicts', () => {
  it('a missed wall ratio says what the CPU allows; a peak names its largest processes', () => {
    const slow = side(10_000, [80], [88], 2900);
    slow.project[0]!.cpuS = 122.7;
    const [wall, peak] = scaleTargets([slow], [], 2);
    expect(wall!.verdict).toBe('missed');
    // 0.7 × 88 s = 61.6 s; on 2 cores at most 123.2 s of CPU.
    expect(wall!.note).toContain('CPU of the tree 122.7 s for 61,438 pages (2.00 ms per page)');
    expect(wall!.note).toContain('0.7× is 61.6 s, which on 2 cores holds at most 123.2 s of CPU');
    expect(scaleTargets([slow], [], 4)[0]!.note).toContain('on 4 cores holds at most 246.4 s');
    const fast = scaleTargets([side(10_000, [60], [88], 2900)], [], 2)[0]!;
    expect(fast.verdict).toBe('met');
    expect(fast.note).not.toContain('holds at most');
    slow.project[0]!.processes![1] = { comm: 'pagefind_extend', count: 15, cpuS: 30, peakMiB: 557 };
    expect(peak!.note ?? '').toMatch(/^largest: MainThread 1,740 MiB, pagefind_extend 1,160 MiB$/);
    const linear = scaleTargets([side(10_000, [80], [88], 2900), side(30_000, [250, 260], [270], 6500)], [], 2)[3]!;
    expect(linear.note).toBe(
      '1.00× the pages (61,438 / 61,438); wall per page 1.30 ms at 10,000, 4.07 ms at 30,000; cold runs at 30,000: 250.0, 260.0 s',
    );
    expect(scaleTargets([slow], [], 2)[1]!.note).toBe(
      'largest: MainThread 1,740 MiB, pagefind_extend ×15 (one after another) 557 MiB',
    );
  });
});

describe('renderScale', () => {
  it('one row per run in run order, a ratio row per N, a verdict table', () => {
    const md = renderScale([side(1000, [5, 6], [7, 8], 500)], []);
    const runs = tableAfter(md, '## Side by side');
    expect(runs.slice(2).map((r) => r[2])).toEqual([
      'this project',
      'Hugo + Pagefind',
      'this project',
      'Hugo + Pagefind',
    ]);
    expect(runs[3]![3]).toBe('7.0 (hugo 4.2 + pagefind 2.8)');
    const ratio = tableAfter(md, '### Ratio project / anchor');
    expect(ratio[2]![1]).toBe('0.71×');
    expect(tableAfter(md, '### Targets of issue 16').length).toBe(2 + 7);
    // Processes of the best run of each system (Pagefind's service shown apart), idle helpers left out.
    const procs = tableAfter(md, '### Where the CPU and memory are').slice(2);
    expect(procs.map((r) => `${r[1]}: ${r[2]}`)).toEqual([
      'this project: MainThread',
      'this project: pagefind_extend',
      'hugo: MainThread',
      'hugo: pagefind_extend',
      'pagefind: MainThread',
      'pagefind: pagefind_extend',
    ]);
    expect(procs[1]!.slice(4)).toEqual(['2.5', '200']);
  });
});
