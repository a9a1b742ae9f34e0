/**
 * Reading /proc for the bench (Linux only): every process's stat and RSS, fed
 * to a TreeTracker; the machine's busy CPU; and `measured()`, which runs one
 * command under /usr/bin/time while sampling its whole tree. The arithmetic
 * is in tree-cpu.ts (pure, tested); this file only reads and spawns.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseCpuLine, parseVmRss } from './proc.ts';
import { combineCpu, otherCpuS, parseStatLine, TreeTracker, type ProcSample, type TreeSummary } from './tree-cpu.ts';
import { parseTimeOutput } from './log.ts';
import type { ProcessFigures } from './report.ts';

/** The tree's processes by name, for the report. */
export const processFigures = (t: TreeSummary): ProcessFigures[] =>
  t.byName.map((p) => ({ comm: p.comm, count: p.count, cpuS: p.cpuS, peakMiB: p.peakRssKb / 1024 }));

export const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
const TIME = '/usr/bin/time';
export const HAS_TIME = fs.existsSync(TIME);

/** One snapshot of every process: stat and VmRSS. */
export function readProcs(): ProcSample[] {
  const out: ProcSample[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (name.charCodeAt(0) > 57) continue; // not a pid
    try {
      const st = parseStatLine(fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (!st) continue;
      let rssKb = 0;
      try {
        rssKb = parseVmRss(fs.readFileSync(`/proc/${name}/status`, 'utf8'));
      } catch {
        /* gone */
      }
      out.push({ ...st, rssKb });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Machine-wide busy CPU seconds so far, and this (harness) process's own. */
export function machineCpu(): { busyS: number; selfS: number } {
  const c = parseCpuLine(fs.readFileSync('/proc/stat', 'utf8'));
  const self = process.cpuUsage();
  return { busyS: c ? c.busy / CLK_TCK : NaN, selfS: (self.user + self.system) / 1e6 };
}

export interface Measured {
  command: string;
  exitCode: number;
  wallS: number;
  /** user+sys of the command and the descendants it waited for (/usr/bin/time), or null. */
  countedCpuS: number | null;
  /** /usr/bin/time's user and system seconds, or null. */
  userS: number | null;
  sysS: number | null;
  /** max(counted, sampled): every process of the tree, Pagefind's service included. */
  treeCpuS: number;
  /** Sampled CPU beyond the counted: processes nobody waited for. */
  outsideAccountingS: number;
  peakTreeMiB: number;
  largestProcMiB: number;
  largestComm: string;
  /** CPU seconds the rest of the machine used meanwhile (noise gauge), and as cores on average. */
  otherCpuS: number;
  otherCores: number;
  tree: TreeSummary;
}

export interface MeasureOptions {
  cwd: string;
  env: Record<string, string>;
  /** Sampling interval (ms). */
  intervalMs?: number;
  /** Each output line, with seconds since spawn. */
  onLine?: (line: string, t: number) => void;
  /** Each sample: seconds since spawn, tree RSS (KiB) and CPU (s). */
  onSample?: (t: number, rssKb: number, cpuS: number) => void;
  /** Also write output lines here. */
  logFile?: string;
  /** Called once with the pid of the spawned process (/usr/bin/time's when it wraps the command). */
  onSpawn?: (pid: number) => void;
}

/** Run `cmd args…` under /usr/bin/time, sampling its whole tree until every member is gone. */
export async function measured(cmd: string, args: string[], o: MeasureOptions): Promise<Measured> {
  const timeFile = o.logFile ? `${o.logFile}.time` : `/tmp/bench-time-${process.pid}-${Date.now()}`;
  const argv = HAS_TIME ? ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args] : args;
  const log = o.logFile ? fs.createWriteStream(o.logFile) : null;
  const cpu0 = machineCpu();
  const t0 = performance.now();
  const now = () => (performance.now() - t0) / 1000;
  const child = spawn(HAS_TIME ? TIME : cmd, argv, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tracker = new TreeTracker(child.pid!, CLK_TCK);
  o.onSpawn?.(child.pid!);
  const sample = () => {
    const s = tracker.observe(readProcs());
    o.onSample?.(now(), s.rssKb, s.cpuS);
    return s;
  };
  sample();
  const timer = setInterval(sample, o.intervalMs ?? 200);
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let nl = buffered.indexOf('\n');
    while (nl >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const t = now();
      log?.write(`${t.toFixed(3)} ${line}\n`);
      o.onLine?.(line, t);
      nl = buffered.indexOf('\n');
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let end = 0;
  const exitCode = await new Promise<number>((resolve) => {
    child.on('exit', () => {
      end = now();
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  // Members that outlive the command (an orphaned service): follow them to the end, at most 10 s.
  for (let i = 0; i < 50 && sample().procs > 0; i++) await new Promise((r) => setTimeout(r, 200));
  clearInterval(timer);
  if (buffered) o.onLine?.(buffered, now());
  if (log) await new Promise<void>((resolve) => log.end(resolve));
  const cpu1 = machineCpu();
  const time = HAS_TIME && fs.existsSync(timeFile) ? parseTimeOutput(fs.readFileSync(timeFile, 'utf8')) : null;
  if (!o.logFile) fs.rmSync(timeFile, { force: true });
  const tree = tracker.summary();
  const counted = time ? time.user + time.sys : null;
  const cpu = combineCpu(counted, tree.sampledCpuS);
  const other = otherCpuS(cpu1.busyS - cpu0.busyS, cpu.totalS, cpu1.selfS - cpu0.selfS);
  const largestKb = Math.max(tree.largestKb, time?.maxRssKb ?? 0);
  return {
    command: [cmd, ...args].join(' '),
    exitCode,
    wallS: time?.wall && Math.abs(time.wall - end) < 1 ? time.wall : end,
    countedCpuS: counted,
    userS: time?.user ?? null,
    sysS: time?.sys ?? null,
    treeCpuS: cpu.totalS,
    outsideAccountingS: cpu.outsideAccountingS,
    peakTreeMiB: Math.max(tree.peakTreeKb, largestKb) / 1024,
    largestProcMiB: largestKb / 1024,
    largestComm: tree.largestComm,
    otherCpuS: other,
    otherCores: end > 0 ? other / end : 0,
    tree,
  };
}
