/**
 * `npm run bench -- --profile [DIR] [--sizes 1000]`: one cold build per size
 * with Node's --cpu-prof and --heap-prof on the Astro process, its whole tree
 * sampled (so Pagefind's service process shows with its CPU and peak RSS),
 * and the integration's timings (Pagefind's add and write times). Writes into
 * DIR (default: a `profile` folder in the run directory):
 *   n<N>/*.cpuprofile, *.heapprofile   open in Chrome DevTools or speedscope
 *   n<N>/timings.json                  the integration's phases
 *   n<N>/tree.json                     every process of the build: CPU, peak RSS
 *   n<N>/summary.md                    top self-time functions, time by package, allocations by package
 * With BANG_VANG_SNAPSHOT_MIB=<MiB>, also a heap snapshot (n<N>/*.heapsnapshot) the first time the
 * Astro process's RSS passes that size (writing it pauses the build and can double its memory).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderProfileSummary, summariseCpuProfile, summariseHeapProfile } from './cpuprofile.ts';
import { measured, readProcs } from './sampler.ts';
import { makeProject } from './project.ts';
import { parseTimings } from './timings.ts';

export interface ProfileContext {
  repo: string;
  runDir: string;
  env: Record<string, string>;
  writeCorpus: (n: number, dir: string) => void;
  say: (msg: string) => void;
}

export async function runProfile(sizes: number[], outDir: string, c: ProfileContext): Promise<number> {
  let failed = 0;
  for (const n of sizes) {
    const dir = path.join(c.runDir, `n${n}`);
    const out = path.resolve(outDir, `n${n}`);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    makeProject(c.repo, dir);
    c.writeCorpus(n, dir);
    c.say(`profile N = ${n}: building in ${dir}, profiles into ${out}`);
    const snapshotMiB = Number(process.env.BANG_VANG_SNAPSHOT_MIB) || 0;
    let rootPid = 0;
    let snapshotAsked = false;
    const m = await measured(
      process.execPath,
      [
        ...(snapshotMiB ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${out}`] : []),
        '--cpu-prof',
        `--cpu-prof-dir=${out}`,
        '--heap-prof',
        `--heap-prof-dir=${out}`,
        path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
      ],
      {
        cwd: dir,
        env: { ...c.env, BANG_VANG_TIMINGS: path.join(out, 'timings.json') },
        logFile: path.join(out, 'build.log'),
        onSpawn: (pid) => {
          rootPid = pid;
        },
        onSample: () => {
          if (!snapshotMiB || snapshotAsked) return;
          // The Astro process: the node child of /usr/bin/time (or the root itself without it).
          const node = readProcs().find((p) => p.ppid === rootPid || (p.pid === rootPid && p.comm !== 'time'));
          if (node && node.rssKb / 1024 >= snapshotMiB) {
            snapshotAsked = true;
            c.say(`  RSS ${Math.round(node.rssKb / 1024)} MiB ≥ ${snapshotMiB} MiB: heap snapshot of pid ${node.pid}`);
            process.kill(node.pid, 'SIGUSR2');
          }
        },
      },
    );
    fs.writeFileSync(
      path.join(out, 'tree.json'),
      `${JSON.stringify({ wallS: m.wallS, treeCpuS: m.treeCpuS, countedCpuS: m.countedCpuS, outsideAccountingS: m.outsideAccountingS, peakTreeMiB: m.peakTreeMiB, otherCpuS: m.otherCpuS, processes: m.tree.byName }, null, 2)}\n`,
    );
    if (m.exitCode !== 0) {
      c.say(`  build failed (exit ${m.exitCode}): ${path.join(out, 'build.log')}`);
      failed++;
      continue;
    }
    const largest = (ext: string) =>
      fs
        .readdirSync(out)
        .filter((f) => f.endsWith(ext))
        .map((f) => path.join(out, f))
        .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    const cpuFile = largest('.cpuprofile');
    const heapFile = largest('.heapprofile');
    const cpu = cpuFile ? summariseCpuProfile(JSON.parse(fs.readFileSync(cpuFile, 'utf8')), dir) : null;
    const heap = heapFile ? summariseHeapProfile(JSON.parse(fs.readFileSync(heapFile, 'utf8')).head, dir) : undefined;
    const t = parseTimings(
      fs.existsSync(path.join(out, 'timings.json')) ? fs.readFileSync(path.join(out, 'timings.json'), 'utf8') : null,
    );
    const lines = [
      `# Profile of one cold build, N = ${n}`,
      '',
      `Wall ${m.wallS.toFixed(1)} s; CPU of the whole tree ${m.treeCpuS.toFixed(1)} s (${m.outsideAccountingS.toFixed(1)} s outside /usr/bin/time's accounting); peak RSS of the tree ${Math.round(m.peakTreeMiB)} MiB; other work on the machine ${m.otherCpuS.toFixed(1)} s CPU. Profiling slows the build: compare shares, not seconds, with the bench.`,
      '',
      '| process | count | CPU (s) | peak RSS (MiB) |',
      '|---|---:|---:|---:|',
      ...m.tree.byName.map(
        (p) => `| ${p.comm} | ${p.count} | ${p.cpuS.toFixed(1)} | ${Math.round(p.peakRssKb / 1024)} |`,
      ),
      '',
    ];
    if (t) {
      const s = (ms: number) => (ms / 1000).toFixed(1);
      const at = (k: keyof typeof t.marks) =>
        t.marks[k] !== undefined && t.marks.setupStart !== undefined ? s(t.marks[k]! - t.marks.setupStart) : '–';
      lines.push(
        `Integration (seconds after config setup): validated ${at('validated')}, build start ${at('buildStart')}, search records ready ${at('searchRecords')}, Pagefind written ${at('searchWritten')}, pages done ${at('buildDone')}, search moved ${at('searchDone')}. Pagefind: ${t.search.pages} records sent in ${s(t.search.addMs)} s, index written in ${s(t.search.writeMs)} s, waited for ${s(t.search.waitedMs)} s after the pages.`,
        '',
      );
    }
    if (cpu) lines.push(`## Astro process (${path.basename(cpuFile!)})`, '', renderProfileSummary(cpu, heap));
    fs.writeFileSync(path.join(out, 'summary.md'), `${lines.join('\n')}\n`);
    c.say(`  ${m.wallS.toFixed(1)} s, summary: ${path.join(out, 'summary.md')}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}
