/**
 * The anchor (Hugo + Pagefind building the same corpus, ../shared/anchor/)
 * run side by side with the project by `npm run bench`: find the kit, convert
 * the corpus (not timed), then cold builds alternating project, anchor,
 * project, anchor… on the same storage, each measured with its whole process
 * tree (tools/bench/sampler.ts). The figures and the verdicts are pure
 * (side-by-side.ts); this file spawns.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measured, processFigures, type Measured } from './sampler.ts';
import type { SideBySide, SystemRun } from './side-by-side.ts';

/** The anchor kit: $BANG_VANG_ANCHOR, else shared/anchor beside the repository's folder. Throws a clear message when missing. */
export function findAnchor(repo: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.BANG_VANG_ANCHOR ? path.resolve(env.BANG_VANG_ANCHOR) : path.resolve(repo, '..', 'shared', 'anchor');
  const missing = ['to-hugo.mjs', 'hugo'].filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length)
    throw new Error(
      `The anchor kit is missing: ${dir} has no ${missing.join(' or ')}. ` +
        'npm run bench builds Hugo + Pagefind beside the project from ../shared/anchor/ (the folder beside this repository); ' +
        'set BANG_VANG_ANCHOR=<dir> to point elsewhere, or pass --no-anchor to measure the project alone.',
    );
  const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (hugo.status !== 0)
    throw new Error(
      'hugo is not on PATH: install it with `apt-get install -y hugo` (see the anchor README), or pass --no-anchor.',
    );
  return dir;
}

/**
 * A working copy of the kit in the run folder (never in the project), with the
 * project's `yaml` linked beside it: to-hugo.mjs imports `yaml`, and the kit
 * itself has no node_modules.
 */
export function prepareKit(anchor: string, runDir: string, repo: string): string {
  const kit = path.join(runDir, 'anchor-kit');
  fs.rmSync(kit, { recursive: true, force: true });
  fs.cpSync(anchor, kit, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  fs.mkdirSync(path.join(kit, 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(repo, 'node_modules', 'yaml'), path.join(kit, 'node_modules', 'yaml'));
  return kit;
}

/** to-hugo.mjs CONTENT OUT --full (not timed: the anchor's joins happen in Hugo at build time). */
export function convert(kit: string, content: string, out: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(kit, 'to-hugo.mjs'), content, out, '--full'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`to-hugo.mjs failed (exit ${r.status}):\n${r.stderr}`);
  return (performance.now() - t) / 1000;
}

export const fromMeasured = (m: Measured): SystemRun => ({
  exitCode: m.exitCode,
  wallS: m.wallS,
  cpuS: m.treeCpuS,
  countedCpuS: m.countedCpuS,
  outsideAccountingS: m.outsideAccountingS,
  peakTreeMiB: m.peakTreeMiB,
  largestProcMiB: m.largestProcMiB,
  largestProcess: m.largestComm,
  otherCpuS: m.otherCpuS,
  processes: processFigures(m.tree),
});

/** One cold anchor build: `hugo` in OUT (fresh cache, no public/), then `pagefind --site public`. */
export async function anchorBuild(
  out: string,
  repo: string,
  env: Record<string, string>,
  logPrefix: string,
): Promise<SystemRun & { parts: { name: string; run: SystemRun }[]; pages: number }> {
  for (const d of ['public', 'resources', '.hugo-cache'])
    fs.rmSync(path.join(out, d), { recursive: true, force: true });
  const hugo = await measured('hugo', ['--cacheDir', path.join(out, '.hugo-cache')], {
    cwd: out,
    env,
    logFile: `${logPrefix}-hugo.log`,
  });
  const parts = [{ name: 'hugo', run: fromMeasured(hugo) }];
  if (hugo.exitCode === 0) {
    const pf = await measured(
      process.execPath,
      [path.join(repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'public'],
      { cwd: out, env, logFile: `${logPrefix}-pagefind.log` },
    );
    parts.push({ name: 'pagefind', run: fromMeasured(pf) });
  }
  const sum = (k: 'wallS' | 'cpuS' | 'outsideAccountingS' | 'otherCpuS') =>
    parts.reduce((a, p) => a + (p.run[k] ?? 0), 0);
  const largest = parts.reduce((a, p) => (p.run.largestProcMiB > a.run.largestProcMiB ? p : a));
  let pages = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'index.html') pages++; // counted as the project's pages are
    }
  };
  if (fs.existsSync(path.join(out, 'public'))) walk(path.join(out, 'public'));
  return {
    exitCode: parts.find((p) => p.run.exitCode !== 0)?.run.exitCode ?? (parts.length === 2 ? 0 : 1),
    wallS: sum('wallS'),
    cpuS: sum('cpuS'),
    countedCpuS: parts.reduce((a, p) => a + (p.run.countedCpuS ?? 0), 0),
    outsideAccountingS: sum('outsideAccountingS'),
    peakTreeMiB: Math.max(...parts.map((p) => p.run.peakTreeMiB)),
    largestProcMiB: largest.run.largestProcMiB,
    largestProcess: largest.run.largestProcess,
    otherCpuS: sum('otherCpuS'),
    parts,
    pages,
  };
}

export interface SideBySideOptions<B> {
  n: number;
  reps: number;
  kit: string;
  /** The project's content/ (the corpus both systems build). */
  content: string;
  /** Where the Hugo site goes (same storage as the project). */
  out: string;
  repo: string;
  env: Record<string, string>;
  logs: string;
  /** One cold project build (run i = 0, 1, …; the caller makes it cold). */
  project: (i: number) => Promise<B>;
  /** HTML pages the project wrote. */
  pages: () => number;
  /** Before each anchor build (e.g. free the project's dist/). */
  beforeAnchor?: () => void;
  say: (msg: string) => void;
}

/** What the bench's BuildRun has that a SystemRun needs. */
interface ProjectBuild {
  exitCode: number;
  wallS: number;
  cpuS: number | null;
  countedCpuS?: number | null;
  outsideAccountingS?: number;
  peakTreeRssMiB: number;
  maxSingleRssMiB: number | null;
  largestProcess?: string;
  otherCores: number | null;
  processes?: SystemRun['processes'];
}

export const fromBuild = (b: ProjectBuild): SystemRun => ({
  exitCode: b.exitCode,
  wallS: b.wallS,
  cpuS: b.cpuS ?? 0,
  countedCpuS: b.countedCpuS ?? null,
  outsideAccountingS: b.outsideAccountingS ?? 0,
  peakTreeMiB: b.peakTreeRssMiB,
  largestProcMiB: b.maxSingleRssMiB ?? 0,
  largestProcess: b.largestProcess ?? '',
  otherCpuS: (b.otherCores ?? 0) * b.wallS,
  processes: b.processes,
});

/** Convert the corpus, then project, anchor, project, anchor… (`reps` of each), all cold. */
export async function sideBySide<B extends ProjectBuild>(
  o: SideBySideOptions<B>,
): Promise<{ firstProject: B; figures: SideBySide }> {
  const convertS = convert(o.kit, o.content, o.out);
  o.say(`  anchor: corpus converted for Hugo in ${convertS.toFixed(1)} s (not timed) → ${o.out}`);
  const figures: SideBySide = { n: o.n, order: [], project: [], anchor: [], convertS, projectPages: 0 };
  let firstProject: B | undefined;
  for (let i = 0; i < o.reps; i++) {
    const b = await o.project(i);
    firstProject ??= b;
    if (i === 0) figures.projectPages = o.pages();
    figures.order.push('project');
    figures.project.push(fromBuild(b));
    o.beforeAnchor?.();
    const a = await anchorBuild(o.out, o.repo, o.env, `${o.logs}/n${o.n}-anchor-${i + 1}`);
    fs.rmSync(path.join(o.out, 'public'), { recursive: true, force: true });
    figures.order.push('anchor');
    figures.anchor.push(a);
    o.say(
      `  anchor ${i + 1}: ${a.wallS.toFixed(1)} s (${a.parts.map((p) => `${p.name} ${p.run.wallS.toFixed(1)} s`).join(' + ')}), CPU ${a.cpuS.toFixed(1)} s, peak ${Math.round(a.peakTreeMiB)} MiB, ${a.pages} HTML files, others ${a.otherCpuS.toFixed(1)} s CPU, exit ${a.exitCode}`,
    );
  }
  return { firstProject: firstProject!, figures };
}
