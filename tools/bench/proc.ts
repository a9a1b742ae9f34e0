/**
 * Parsing Linux /proc for `npm run bench`: a process tree's summed resident
 * memory and CPU time. Pure (text in, numbers out); scripts/bench.ts reads
 * the files.
 */

export interface ProcStat {
  pid: number;
  ppid: number;
  /** The command name (field 2), without its parentheses. */
  comm: string;
  /** Start time after boot, in clock ticks (with the pid, tells a reused pid apart). */
  start: number;
  /** Clock ticks (usually 100 per second). */
  utime: number;
  stime: number;
  /** CPU of children this process has waited for. */
  cutime: number;
  cstime: number;
}

/** One /proc/<pid>/stat line. The name (field 2) is in parentheses and may hold spaces or ")". */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state): field k is rest[k - 3].
  const f = (k: number) => Number(rest[k - 3]);
  const ticks = { pid, ppid: f(4), utime: f(14), stime: f(15), cutime: f(16), cstime: f(17), start: f(22) };
  return Object.values(ticks).every(Number.isFinite) ? { ...ticks, comm: text.slice(open + 1, close) } : null;
}

/** VmRSS of /proc/<pid>/status, in KiB (0 for a kernel thread or a zombie, which have none). */
export function parseVmRss(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) : 0;
}

/** The machine's CPU time from /proc/stat's first line, in ticks: busy (all but idle and iowait) and total. */
export function parseCpuLine(procStat: string): { busy: number; total: number } | null {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number); // user nice system idle iowait irq softirq steal
  if (v.length < 8 || v.some((x) => !Number.isFinite(x))) return null;
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3]! - v[4]!, total };
}
