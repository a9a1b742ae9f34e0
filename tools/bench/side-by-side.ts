/**
 * Issue 16's figures: the project and the anchor (Hugo + Pagefind) built side
 * by side per N, the ratio project / anchor, the watch and dev-server
 * latencies, and a verdict per target. Pure: the harness measures
 * (tools/bench/anchor.ts, tools/bench/dev.ts), this formats.
 */
import {
  gib,
  int,
  renderReport,
  s1,
  s2,
  table,
  type ProcessFigures,
  type Report,
  type TargetRow,
  type Verdict,
} from './report.ts';

export interface SystemRun {
  exitCode: number;
  wallS: number;
  /** Whole tree, Pagefind's service included. */
  cpuS: number;
  countedCpuS: number | null;
  outsideAccountingS: number;
  peakTreeMiB: number;
  largestProcMiB: number;
  largestProcess: string;
  /** CPU the rest of the machine used during this run (s). */
  otherCpuS: number;
  /** The tree's processes by name (Pagefind's service among them). */
  processes?: ProcessFigures[];
}

export interface SideBySide {
  n: number;
  /** Run order, e.g. project, anchor, project, anchor. */
  order: ('project' | 'anchor')[];
  project: SystemRun[];
  anchor: (SystemRun & { parts: { name: string; run: SystemRun }[]; pages: number })[];
  convertS: number;
  projectPages: number;
}

export interface DevResult {
  n: number;
  /** `npm run validate -- --watch`: first report, then re-check after touching one article (s). */
  validateFirstS: number | null;
  validateRecheckS: number | null;
  /** `astro dev`: ready to serve, first article response, edited title and then edited body served (s after saving). */
  devReadyS: number | null;
  devFirstPageS: number | null;
  devEditVisibleS: number | null;
  /** Absent in reports written before it was measured. */
  devBodyVisibleS?: number | null;
  note?: string;
}

export const SCALE_TARGETS = {
  wallRatio10k: 0.7,
  peak10kGiB: 3,
  peak30kGiB: 6,
  timeRatio30k10k: 3.2,
  watchS: 1,
  devReadyS: 30,
  devEditS: 2,
};

/** The run with the shortest wall time among those that succeeded (best of the alternation). */
export function best<T extends SystemRun>(runs: T[]): T | undefined {
  return runs
    .filter((r) => r.exitCode === 0)
    .reduce<T | undefined>((a, r) => (!a || r.wallS < a.wallS ? r : a), undefined);
}

/** project / anchor for each measure, best against best; and the wall ratio of each A B pair. */
export function ratios(s: SideBySide): { wall: number; cpu: number; peak: number; pairs: number[] } | null {
  const p = best(s.project);
  const a = best(s.anchor);
  if (!p || !a) return null;
  const pairs: number[] = [];
  for (let i = 0; i < Math.min(s.project.length, s.anchor.length); i++) {
    const pp = s.project[i]!;
    const aa = s.anchor[i]!;
    if (pp.exitCode === 0 && aa.exitCode === 0) pairs.push(pp.wallS / aa.wallS);
  }
  return { wall: p.wallS / a.wallS, cpu: p.cpuS / a.cpuS, peak: p.peakTreeMiB / a.peakTreeMiB, pairs };
}

const verdict = (ok: boolean | null): Verdict => (ok === null ? 'not measured' : ok ? 'met' : 'missed');
/** The worst of the runs at one N (memory: the peak of any run). */
const peakOf = (runs: SystemRun[]) => Math.max(0, ...runs.filter((r) => r.exitCode === 0).map((r) => r.peakTreeMiB));

export function scaleTargets(sides: SideBySide[], dev: DevResult[], cores = 2): TargetRow[] {
  const at = (n: number) => sides.find((s) => s.n === n);
  const s10 = at(10_000);
  const s30 = at(30_000);
  const r10 = s10 ? ratios(s10) : null;
  const rows: TargetRow[] = [];
  rows.push({
    target: 'Full build incl. search, N = 10,000, cold, vs Hugo + Pagefind in the same run',
    goal: `≤ ${SCALE_TARGETS.wallRatio10k}× the anchor's wall time`,
    measured: r10
      ? `${s2(r10.wall)}× (best ${s1(best(s10!.project)!.wallS)} s vs ${s1(best(s10!.anchor)!.wallS)} s; pairs ${r10.pairs.map(s2).join(', ')})`
      : '–',
    verdict: verdict(r10 ? r10.wall <= SCALE_TARGETS.wallRatio10k : null),
    note: r10 ? wallNote(s10!, r10.wall, cores) : 'N = 10,000 not run side by side',
  });
  const p10 = s10 ? peakOf(s10.project) : 0;
  rows.push({
    target: 'Peak RSS of the whole build (process tree), N = 10,000',
    goal: `≤ ${SCALE_TARGETS.peak10kGiB} GiB`,
    measured: s10 && p10 ? `${gib(p10)} GiB (anchor ${gib(peakOf(s10.anchor))} GiB)` : '–',
    verdict: verdict(s10 && p10 ? p10 / 1024 <= SCALE_TARGETS.peak10kGiB : null),
    note: s10 && p10 ? peakNote(s10.project) : undefined,
  });
  const p30 = s30 ? peakOf(s30.project) : 0;
  rows.push({
    target: 'Peak RSS of the whole build, N = 30,000',
    goal: `≤ ${SCALE_TARGETS.peak30kGiB} GiB (sub-linear growth)`,
    measured:
      s30 && p30 ? `${gib(p30)} GiB${p10 ? ` (${s2(p30 / p10)}× the peak at 10,000 for 3× the articles)` : ''}` : '–',
    verdict: verdict(s30 && p30 ? p30 / 1024 <= SCALE_TARGETS.peak30kGiB : null),
    note: s30 && p30 ? peakNote(s30.project) : undefined,
  });
  const b10 = s10 && best(s10.project);
  const b30 = s30 && best(s30.project);
  rows.push({
    target: 'Linear time: wall N = 30,000 / N = 10,000',
    goal: `≤ ${SCALE_TARGETS.timeRatio30k10k}`,
    measured: b10 && b30 ? `${s2(b30.wallS / b10.wallS)} (${s1(b30.wallS)} s / ${s1(b10.wallS)} s)` : '–',
    verdict: verdict(b10 && b30 ? b30.wallS / b10.wallS <= SCALE_TARGETS.timeRatio30k10k : null),
    note:
      b10 && b30 && s10!.projectPages && s30!.projectPages
        ? `${s2(s30!.projectPages / s10!.projectPages)}× the pages (${int(s30!.projectPages)} / ${int(s10!.projectPages)}); wall per page ${s2((b10.wallS / s10!.projectPages) * 1000)} ms at 10,000, ${s2((b30.wallS / s30!.projectPages) * 1000)} ms at 30,000; cold runs at 30,000: ${s30!.project.map((r) => s1(r.wallS)).join(', ')} s`
        : undefined,
  });
  const d10 = dev.find((d) => d.n === 10_000);
  const devNote = d10 ? d10.note : `measured at N = ${dev.map((d) => int(d.n)).join(', ') || '–'} only`;
  rows.push({
    target: '`npm run validate -- --watch`: one article changed, N = 10,000',
    goal: `re-check reported ≤ ${SCALE_TARGETS.watchS} s after saving`,
    measured: d10?.validateRecheckS != null ? `${s2(d10.validateRecheckS)} s` : '–',
    verdict: verdict(d10?.validateRecheckS != null ? d10.validateRecheckS <= SCALE_TARGETS.watchS : null),
    note: devNote,
  });
  rows.push({
    target: '`astro dev` ready to serve, N = 10,000',
    goal: `≤ ${SCALE_TARGETS.devReadyS} s`,
    measured: d10?.devReadyS != null ? `${s1(d10.devReadyS)} s (first article page ${s1(d10.devFirstPageS)} s)` : '–',
    verdict: verdict(d10?.devReadyS != null ? d10.devReadyS <= SCALE_TARGETS.devReadyS : null),
    note: devNote,
  });
  // The edited article is shown when both its title and its body are: met only when both are in time.
  const title = d10?.devEditVisibleS ?? null;
  const body = d10?.devBodyVisibleS ?? null;
  const editMet =
    title === null
      ? null
      : title > SCALE_TARGETS.devEditS
        ? false
        : body === null
          ? null
          : body <= SCALE_TARGETS.devEditS;
  rows.push({
    target: '`astro dev`: an edited article served (title, then body), N = 10,000',
    goal: `≤ ${SCALE_TARGETS.devEditS} s after saving`,
    measured:
      d10?.devEditVisibleS != null
        ? `title ${s2(d10.devEditVisibleS)} s, body ${d10.devBodyVisibleS != null ? `${s2(d10.devBodyVisibleS)} s` : '–'}`
        : '–',
    verdict: verdict(editMet),
    note:
      editMet === false && body !== null && title !== null && title <= SCALE_TARGETS.devEditS
        ? `${devNote ? `${devNote}; ` : ''}the body is served from Astro's content store, written and loaded again whole after each save: docs/performance.md, "Fourth session: the editor's loop"`
        : devNote,
  });
  return rows;
}

/**
 * Where the wall time of N = 10,000 stands against the CPU both systems spent: a build on `cores`
 * cores cannot take less wall time than its CPU divided by them.
 */
function wallNote(s: SideBySide, ratio: number, cores: number): string | undefined {
  const p = best(s.project);
  const a = best(s.anchor);
  if (!p || !a) return undefined;
  const perPage = (cpu: number, pages: number | undefined) =>
    pages ? ` (${s2((cpu / pages) * 1000)} ms per page)` : '';
  const goal = a.wallS * SCALE_TARGETS.wallRatio10k;
  const facts = `CPU of the tree ${s1(p.cpuS)} s for ${int(s.projectPages)} pages${perPage(p.cpuS, s.projectPages)}, anchor ${s1(a.cpuS)} s for ${int(s.anchor[0]?.pages)}${perPage(a.cpuS, s.anchor[0]?.pages)}`;
  if (ratio <= SCALE_TARGETS.wallRatio10k) return facts;
  return `${facts}; ${SCALE_TARGETS.wallRatio10k}× is ${s1(goal)} s, which on ${cores} cores holds at most ${s1(goal * cores)} s of CPU with every core busy throughout, and the page rendering is one thread: docs/performance.md, "Build time against Hugo + Pagefind"`;
}

/** The largest process of the best run, the usual owner of the peak. */
function peakNote(runs: SystemRun[]): string | undefined {
  const r = best(runs);
  if (!r?.processes?.length) return undefined;
  const top = [...r.processes].sort((x, y) => y.peakMiB - x.peakMiB).slice(0, 2);
  return `largest: ${top.map((p) => `${p.comm}${p.count > 1 ? ` ×${p.count} (one after another)` : ''} ${int(p.peakMiB)} MiB`).join(', ')}`;
}

const mib = (x: number) => int(x);

/** The side-by-side section of docs/benchmarks.md. */
export function renderScale(sides: SideBySide[], dev: DevResult[], cores = 2): string {
  const out: string[] = ['## Side by side with Hugo + Pagefind (issue 16)', ''];
  out.push(
    "Same corpus (the anchor converted from the project's synthetic content with `../shared/anchor/to-hugo.mjs --full`, not timed), same storage, cold builds alternating project, anchor, project, anchor. " +
      'CPU is the whole process tree sampled from /proc (Pagefind\'s `--service` child included, which /usr/bin/time never receives: "outside accounting"); ' +
      '"others" is the CPU the rest of the machine used during that run (anything well above 0 on a 2-core machine means the run competed with other work). ' +
      'The ratio compares the best project run with the best anchor run of the same N.',
    '',
  );
  const rows: string[][] = [];
  for (const s of sides) {
    s.order.forEach((sys, k) => {
      const i = s.order.slice(0, k).filter((x) => x === sys).length;
      const r = sys === 'project' ? s.project[i] : s.anchor[i];
      if (!r) return;
      const parts =
        sys === 'anchor' && 'parts' in r
          ? ` (${(r as SideBySide['anchor'][number]).parts.map((p) => `${p.name} ${s1(p.run.wallS)}`).join(' + ')})`
          : '';
      rows.push([
        int(s.n),
        `${k + 1}`,
        sys === 'project' ? 'this project' : 'Hugo + Pagefind',
        `${s1(r.wallS)}${parts}`,
        s1(r.cpuS),
        s1(r.outsideAccountingS),
        mib(r.peakTreeMiB),
        `${mib(r.largestProcMiB)} (${r.largestProcess || '?'})`,
        s1(r.otherCpuS),
        r.exitCode === 0 ? 'ok' : `exit ${r.exitCode}`,
      ]);
    });
  }
  out.push(
    table(
      [
        'N',
        'run',
        'system',
        'wall (s)',
        'CPU, tree (s)',
        'of which outside accounting (s)',
        'peak RSS, tree (MiB)',
        'largest process (MiB)',
        "others' CPU (s)",
        'exit',
      ],
      rows,
      ['r', 'r', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'l'],
    ),
    '',
  );
  const ratioRows = sides.map((s) => {
    const r = ratios(s);
    return [
      int(s.n),
      r ? `${s2(r.wall)}×` : '–',
      r ? r.pairs.map((x) => `${s2(x)}×`).join(', ') : '–',
      r ? `${s2(r.cpu)}×` : '–',
      r ? `${s2(r.peak)}×` : '–',
      `${int(s.projectPages)} / ${int(s.anchor[0]?.pages)}`,
      s1(s.convertS),
    ];
  });
  out.push(
    '### Ratio project / anchor',
    '',
    table(
      [
        'N',
        'wall (best/best)',
        'wall per A B pair',
        'CPU',
        'peak RSS',
        'HTML pages (project / anchor)',
        'conversion, not timed (s)',
      ],
      ratioRows,
      ['r', 'r', 'l', 'r', 'r', 'l', 'r'],
    ),
    '',
  );
  const procRows: string[][] = [];
  for (const s of sides) {
    const runs: [string, SystemRun | undefined][] = [
      ['this project', best(s.project)],
      ...(best(s.anchor)?.parts ?? []).map((p) => [p.name, p.run] as [string, SystemRun]),
    ];
    for (const [who, r] of runs)
      for (const p of r?.processes ?? [])
        if (p.cpuS >= 0.05 || p.peakMiB >= 50)
          procRows.push([int(s.n), who, p.comm, `${p.count}`, s1(p.cpuS), mib(p.peakMiB)]);
  }
  if (procRows.length)
    out.push(
      '### Where the CPU and memory are, by process (best run of each system)',
      '',
      table(['N', 'run', 'process', 'count', 'CPU (s)', 'peak RSS (MiB)'], procRows, ['r', 'l', 'l', 'r', 'r', 'r']),
      '',
    );
  if (dev.length) {
    out.push(
      '### Watch and dev server',
      '',
      table(
        [
          'N',
          'validate --watch: first report (s)',
          're-check after one save (s)',
          'astro dev ready (s)',
          'first article page (s)',
          'edited title served (s after saving)',
          'edited body served (s after saving)',
          'note',
        ],
        dev.map((d) => [
          int(d.n),
          s2(d.validateFirstS),
          s2(d.validateRecheckS),
          s1(d.devReadyS),
          s1(d.devFirstPageS),
          s2(d.devEditVisibleS),
          s2(d.devBodyVisibleS ?? null),
          d.note ?? '',
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
      '',
    );
  }
  out.push(
    '### Targets of issue 16',
    '',
    table(
      ['target', 'goal', 'measured', 'verdict', 'note'],
      scaleTargets(sides, dev, cores).map((t) => [t.target, t.goal, t.measured, `**${t.verdict}**`, t.note ?? '']),
    ),
    '',
    'A miss is followed up with a profile (`npm run bench -- --profile --sizes N`, docs/performance.md) and what would close it.',
    '',
  );
  return out.join('\n');
}

export interface ScaleFigures {
  sides: SideBySide[];
  dev: DevResult[];
}

export type ScaleReport = Report & { scale?: ScaleFigures };

/** The whole report: issue 9's sections, with the side-by-side section before "How each figure is measured". */
export function renderWithScale(r: ScaleReport): string {
  const md = renderReport(r);
  if (!r.scale || (!r.scale.sides.length && !r.scale.dev.length)) return md;
  const section = renderScale(r.scale.sides, r.scale.dev, r.machine.cores);
  const at = md.indexOf('## How each figure is measured');
  return at < 0 ? `${md}\n${section}` : `${md.slice(0, at)}${section}\n${md.slice(at)}`;
}
