/**
 * `npm run bench -- --smoke`: the whole harness on a tiny corpus (N = 50 and a
 * few photos) — the project and Hugo + Pagefind side by side (one A B pair),
 * a warm build, first search in Chromium, validate, images — and a
 * report whose every column holds a number. Not the benchmark itself (that is
 * `npm run bench`, not part of `npm test`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/site.ts';
import { cleanEnv } from '../tools/bench/options.ts';
import { tableAfter, type Report } from '../tools/bench/report.ts';
import type { ScaleReport } from '../tools/bench/side-by-side.ts';
import { PHASES } from '../tools/bench/log.ts';

const numeric = (cell: string) => /^-?[\d,]+(\.\d+)?$/.test(cell);
/** The anchor kit beside the repository and Hugo: without them the smoke run measures the project alone (and says so). */
const ANCHOR =
  fs.existsSync(path.join(REPO, '..', 'shared', 'anchor', 'to-hugo.mjs')) &&
  spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;

describe('npm run bench -- --smoke', () => {
  it('measures every figure and writes a report with numbers in every column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    const out = path.join(dir, 'report.md');
    const json = path.join(dir, 'report.json');
    const docs = path.join(REPO, 'docs', 'benchmarks.md');
    const docsBefore = fs.existsSync(docs) ? fs.readFileSync(docs, 'utf8') : null;
    const started = performance.now();
    const res = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'scripts', 'bench.ts'),
        '--smoke',
        '--out',
        out,
        '--json',
        json,
        ...(ANCHOR ? [] : ['--no-anchor']),
      ],
      {
        cwd: REPO,
        env: cleanEnv(process.env),
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as Report;

    const summary = tableAfter(md, '## Summary by size');
    expect(summary.length).toBe(3);
    expect(summary[2]![0]).toBe('50');
    expect(
      summary[2]!.filter((c) => !numeric(c)),
      summary[0]!.join(' | '),
    ).toEqual([]);

    const phases = tableAfter(md, '### Phases, N = 50');
    expect(phases.slice(2).map((r) => r[0])).toEqual([...PHASES.map((p) => p.label), '**Total**']);
    for (const row of phases.slice(2))
      expect(
        row.slice(2).filter((c) => !numeric(c)),
        row.join(' | '),
      ).toEqual([]);

    const images = tableAfter(md, '### Image builds');
    expect(images.slice(2).map((r) => r[0])).toEqual(['cold', 'warm']);
    for (const row of images.slice(2))
      expect(
        row.slice(1).filter((c) => !numeric(c)),
        row.join(' | '),
      ).toEqual([]);

    // The figures behind the table are plausible, not just numbers.
    const s = report.sizes[0]!;
    expect(s.output.htmlPages).toBeGreaterThan(50);
    expect(s.cold.facts.searchPages).toBeGreaterThan(50);
    expect(s.cold.peakTreeRssMiB).toBeGreaterThan(50);
    expect(s.cold.cpuS).toBeGreaterThan(0);
    expect(s.firstSearch!.results).toBeGreaterThan(0);
    expect(s.firstSearch!.pagefindBytes).toBeGreaterThan(s.firstSearch!.pagefindBytesGzip);
    expect(s.article!.pages).toBe(50);
    expect(s.validate.exitCode).toBe(0);
    expect(report.images!.cold.facts.imageTransforms).toBeGreaterThan(0);
    expect(report.images!.warm!.facts.imagesReused).toBe(report.images!.warm!.facts.imageTransforms);
    expect(md).toMatch(/\| CPU \| .+, \d+ cores \|/);
    expect(md).toMatch(/Storage of the projects \| (RAM disk|disk): /);

    // Side by side with Hugo + Pagefind (issue 16): one A B pair, both succeeded, CPU of the whole tree.
    if (!ANCHOR) console.warn('bench smoke: ../shared/anchor or hugo missing — side-by-side part not checked');
    const side = ANCHOR ? (report as ScaleReport).scale!.sides[0]! : undefined;
    if (side) {
      expect(side.order).toEqual(['project', 'anchor']);
      expect(side.project[0]!.exitCode).toBe(0);
      expect(side.anchor[0]!.exitCode).toBe(0);
      expect(side.anchor[0]!.parts.map((p) => p.name)).toEqual(['hugo', 'pagefind']);
      expect(side.anchor[0]!.pages).toBeGreaterThan(50);
      // Pagefind's --service child, which nobody waits for, is counted by sampling.
      expect(side.project[0]!.cpuS).toBeGreaterThanOrEqual(side.project[0]!.countedCpuS!);
      const runs = tableAfter(md, '## Side by side with Hugo + Pagefind');
      expect(runs.slice(2).map((r) => r[2])).toEqual(['this project', 'Hugo + Pagefind']);
      for (const row of runs.slice(2)) expect([row[4], row[5], row[6], row[8]].filter((c) => !numeric(c!))).toEqual([]);
      expect(tableAfter(md, '### Ratio project / anchor')[2]![1]).toMatch(/^\d+\.\d\d×$/);
      expect(tableAfter(md, '### Targets of issue 16').length).toBe(2 + 7);
    }
    // The integration's phases came from its timings file, not its log lines.
    expect(s.cold.phases.validate?.wallS).toBeGreaterThan(0);
    expect(s.cold.phases.search).not.toBeNull();

    // A smoke run leaves docs/benchmarks.md alone.
    expect(fs.existsSync(docs) ? fs.readFileSync(docs, 'utf8') : null).toBe(docsBefore);
    expect(seconds, 'the smoke run should stay well under a minute').toBeLessThan(90);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
