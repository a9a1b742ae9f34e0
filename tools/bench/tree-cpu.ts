/**
 * CPU and memory of a whole process tree, from /proc samples, for `npm run bench`.
 * Pure: the sampler (tools/bench/sampler.ts) reads /proc and feeds each
 * snapshot here.
 *
 * Why not /usr/bin/time alone: getrusage counts a descendant's CPU only when
 * its parent waited for it. Pagefind's Node API starts `pagefind_extended
 * --service` and kills it at the end without the build waiting for it, so its
 * CPU (tens of seconds at N = 10,000) reaches no one's accounting. Here every
 * process that was ever in the tree is followed by (pid, start time), even
 * after it is re-parented to init, and its own user+sys ticks are summed: the
 * tree's CPU is Σ over processes of the last ticks seen. A process's last
 * ≤ one sampling interval, and processes that live less than one interval,
 * are missed: the total is therefore max(sampled, counted by /usr/bin/time),
 * and `outsideAccountingS` = sampled − counted, when positive, is the CPU the
 * accounting never received.
 */
import { parseStat } from './proc.ts';

export interface ProcSample {
  pid: number;
  ppid: number;
  /** Process name (field 2 of /proc/<pid>/stat). */
  comm: string;
  /** Own user + system ticks (not children's). */
  ticks: number;
  /** Start time since boot in ticks: with pid, identifies one process. */
  start: number;
  /** VmRSS in KiB (0 when not read). */
  rssKb: number;
}

/** /proc/<pid>/stat → pid, parent, name, own ticks, start time (parsed by proc.ts). RSS is read elsewhere (status). */
export function parseStatLine(text: string): Omit<ProcSample, 'rssKb'> | null {
  const st = parseStat(text);
  return st && { pid: st.pid, ppid: st.ppid, comm: st.comm, ticks: st.utime + st.stime, start: st.start };
}

interface Member {
  pid: number;
  comm: string;
  ticks: number;
  start: number;
  peakRssKb: number;
}

export interface TreeSummary {
  /** Σ of each process's last own ticks seen, in seconds. */
  sampledCpuS: number;
  /** Largest summed RSS of the tree at one sample (KiB). */
  peakTreeKb: number;
  /** Largest RSS of one process at one sample (KiB), and its name. */
  largestKb: number;
  largestComm: string;
  processes: number;
  samples: number;
  /** Per process name: CPU seconds and peak RSS (KiB), largest CPU first. */
  byName: { comm: string; count: number; cpuS: number; peakRssKb: number }[];
}

const key = (p: { pid: number; start: number }) => `${p.pid}:${p.start}`;

export class TreeTracker {
  private members = new Map<string, Member>();
  private peakTreeKb = 0;
  private samples = 0;
  private rootKey: string | undefined;

  private readonly root: number;
  private readonly clockTicks: number;

  constructor(root: number, clockTicks = 100) {
    this.root = root;
    this.clockTicks = clockTicks;
  }

  /** Feed one snapshot of every process on the machine. Returns the tree's summed RSS (KiB) and CPU (s) now. */
  observe(procs: ProcSample[]): { rssKb: number; cpuS: number; procs: number } {
    this.samples++;
    const children = new Map<number, ProcSample[]>();
    const inTree = new Map<string, ProcSample>();
    for (const p of procs) {
      const list = children.get(p.ppid);
      if (list) list.push(p);
      else children.set(p.ppid, [p]);
      // Known members stay members when re-parented (an orphan is still the build's).
      if (this.members.has(key(p))) inTree.set(key(p), p);
      if (p.pid === this.root && (!this.rootKey || this.rootKey === key(p))) {
        this.rootKey = key(p);
        inTree.set(key(p), p);
      }
    }
    const stack = [...inTree.values()];
    while (stack.length) {
      for (const c of children.get(stack.pop()!.pid) ?? []) {
        if (!inTree.has(key(c))) {
          inTree.set(key(c), c);
          stack.push(c);
        }
      }
    }
    let rssKb = 0;
    for (const p of inTree.values()) {
      rssKb += p.rssKb;
      const m = this.members.get(key(p));
      if (m) {
        m.ticks = Math.max(m.ticks, p.ticks);
        m.peakRssKb = Math.max(m.peakRssKb, p.rssKb);
        m.comm = p.comm;
      } else this.members.set(key(p), { pid: p.pid, comm: p.comm, ticks: p.ticks, start: p.start, peakRssKb: p.rssKb });
    }
    this.peakTreeKb = Math.max(this.peakTreeKb, rssKb);
    return { rssKb, cpuS: this.cpuS(), procs: inTree.size };
  }

  cpuS(): number {
    let t = 0;
    for (const m of this.members.values()) t += m.ticks;
    return t / this.clockTicks;
  }

  summary(): TreeSummary {
    let largestKb = 0;
    let largestComm = '';
    const names = new Map<string, { comm: string; count: number; cpuS: number; peakRssKb: number }>();
    for (const m of this.members.values()) {
      if (m.peakRssKb > largestKb) {
        largestKb = m.peakRssKb;
        largestComm = m.comm;
      }
      const n = names.get(m.comm) ?? { comm: m.comm, count: 0, cpuS: 0, peakRssKb: 0 };
      n.count++;
      n.cpuS += m.ticks / this.clockTicks;
      n.peakRssKb = Math.max(n.peakRssKb, m.peakRssKb);
      names.set(m.comm, n);
    }
    return {
      sampledCpuS: this.cpuS(),
      peakTreeKb: this.peakTreeKb,
      largestKb,
      largestComm,
      processes: this.members.size,
      samples: this.samples,
      byName: [...names.values()].sort((a, b) => b.cpuS - a.cpuS),
    };
  }
}

/**
 * The tree's CPU from both sources: `counted` (user+sys from /usr/bin/time, or
 * null) and the sampled sum. Total is the larger; outside accounting is what
 * sampling saw beyond the count.
 */
export function combineCpu(counted: number | null, sampledS: number): { totalS: number; outsideAccountingS: number } {
  if (counted === null) return { totalS: sampledS, outsideAccountingS: 0 };
  return { totalS: Math.max(counted, sampledS), outsideAccountingS: Math.max(0, sampledS - counted) };
}

/**
 * CPU the rest of the machine used during a run (noise gauge), in seconds:
 * machine busy time over the run, less the tree's CPU and the harness's own.
 */
export function otherCpuS(machineBusyS: number, treeS: number, harnessS: number): number {
  return Math.max(0, machineBusyS - treeS - harnessS);
}
