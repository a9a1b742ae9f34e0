/**
 * Summaries of Node's profiles for `npm run bench -- --profile`: a
 * .cpuprofile (--cpu-prof) as top self-time functions and self time by
 * package, and a .heapprofile (--heap-prof, sampled allocations) as bytes
 * allocated by package. Pure: JSON in, rows out.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HeapProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapProfileNode[];
}

/**
 * Who a frame belongs to: a package under node_modules (scoped names kept),
 * Node's internals, V8's pseudo-frames (GC, program, idle), or the project
 * (src/…, or the pages Astro bundled for rendering).
 */
export function packageOf(frame: CallFrame, root = ''): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: native, outside JS)';
    if (functionName === '(root)') return '(root)';
    return '(native)';
  }
  if (url.startsWith('node:')) return 'node: internals';
  const file = decodeURI(url.replace(/^file:\/\//, ''));
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + '/node_modules/'.length).split('/');
    if (rest[0] === '.vite' || rest[0] === '.astro') return `node_modules/${rest[0]} (bundled deps)`;
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const rel = root && file.startsWith(root) ? file.slice(root.length).replace(/^\//, '') : file;
  if (/^src\//.test(rel)) return `project: ${rel.split('/').slice(0, 2).join('/')}`;
  if (/(^|\/)(dist|\.prerender|chunks)\//.test(rel)) return 'project: pages bundled by Astro';
  return rel.startsWith('/') ? 'other files' : `project: ${rel.split('/')[0]}`;
}

const short = (url: string, root: string) => {
  const f = decodeURI(url.replace(/^file:\/\//, ''));
  const nm = f.lastIndexOf('/node_modules/');
  if (nm >= 0) return f.slice(nm + '/node_modules/'.length);
  return root && f.startsWith(root) ? f.slice(root.length).replace(/^\//, '') : f;
};

export interface CpuSummary {
  totalMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  topFunctions: { name: string; where: string; package: string; ms: number; share: number }[];
}

/** Self time of each node: the interval after each sample goes to the node sampled. */
export function summariseCpuProfile(p: CpuProfile, root = '', top = 25): CpuSummary {
  const self = new Map<number, number>();
  const n = p.samples.length;
  for (let i = 0; i < n; i++) {
    const us = i + 1 < n ? p.timeDeltas[i + 1]! : 0;
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + Math.max(0, us));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const pkgs = new Map<string, number>();
  const fns = new Map<string, { name: string; where: string; package: string; us: number }>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const f = node.callFrame;
    const pkg = packageOf(f, root);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
    const where = f.url ? `${short(f.url, root)}:${f.lineNumber + 1}` : '';
    const k = `${f.functionName}@${where}`;
    const e = fns.get(k) ?? { name: f.functionName || '(anonymous)', where, package: pkg, us: 0 };
    e.us += us;
    fns.set(k, e);
  }
  const share = (us: number) => (total ? us / total : 0);
  return {
    totalMs: total / 1000,
    byPackage: [...pkgs.entries()]
      .map(([name, us]) => ({ name, ms: us / 1000, share: share(us) }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ name: e.name, where: e.where, package: e.package, ms: e.us / 1000, share: share(e.us) })),
  };
}

/** Sampled allocations (bytes still live at the end of sampling intervals) by package. */
export function summariseHeapProfile(
  head: HeapProfileNode,
  root = '',
): { totalBytes: number; byPackage: { name: string; bytes: number; share: number }[] } {
  const pkgs = new Map<string, number>();
  let total = 0;
  const stack = [head];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.selfSize) {
      const pkg = packageOf(node.callFrame, root);
      pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    stack.push(...(node.children ?? []));
  }
  return {
    totalBytes: total,
    byPackage: [...pkgs.entries()]
      .map(([name, bytes]) => ({ name, bytes, share: total ? bytes / total : 0 }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Markdown of a CPU summary (and a heap one when given). */
export function renderProfileSummary(
  cpu: CpuSummary,
  heap?: ReturnType<typeof summariseHeapProfile>,
  topPackages = 15,
): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows = (cells: string[][]) => cells.map((c) => `| ${c.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`);
  const out = [
    `Main thread, ${(cpu.totalMs / 1000).toFixed(1)} s sampled.`,
    '',
    '| self time by package | s | share |',
    '|---|---:|---:|',
    ...rows(cpu.byPackage.slice(0, topPackages).map((p) => [p.name, (p.ms / 1000).toFixed(2), pct(p.share)])),
    '',
    '| top functions by self time | where | package | s | share |',
    '|---|---|---|---:|---:|',
    ...rows(cpu.topFunctions.map((f) => [f.name, f.where, f.package, (f.ms / 1000).toFixed(2), pct(f.share)])),
  ];
  if (heap) {
    out.push(
      '',
      `Sampled heap allocations: ${(heap.totalBytes / 2 ** 20).toFixed(1)} MiB live in the samples.`,
      '',
      '| allocations by package | MiB | share |',
      '|---|---:|---:|',
      ...rows(heap.byPackage.slice(0, topPackages).map((p) => [p.name, (p.bytes / 2 ** 20).toFixed(1), pct(p.share)])),
    );
  }
  return `${out.join('\n')}\n`;
}
