import { describe, expect, it } from 'vitest';
import {
  packageOf,
  renderProfileSummary,
  summariseCpuProfile,
  summariseHeapProfile,
  type CpuProfile,
} from './cpuprofile.ts';

const ROOT = '/dev/shm/run/n1000';
const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** A tiny synthetic profile: root → render (astro) → escape (project) ; GC ; a zod parse. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    {
      id: 2,
      callFrame: frame('renderPage', `file://${ROOT}/node_modules/astro/dist/runtime/render.js`, 9),
      children: [3],
    },
    { id: 3, callFrame: frame('escape', `file://${ROOT}/src/lib/text/escape.ts`, 4) },
    { id: 4, callFrame: frame('(garbage collector)') },
    { id: 5, callFrame: frame('parse', `file://${ROOT}/node_modules/.pnpm/x/node_modules/@zod/core/index.js`, 0) },
  ],
  startTime: 0,
  endTime: 10_000,
  // Each sample gets the interval up to the next one.
  samples: [2, 3, 3, 4, 5, 2],
  timeDeltas: [0, 1e6, 2e6, 3e6, 5e5, 1.5e6], // µs: 1 s, 2 s, 3 s, 0.5 s, 1.5 s
};

describe('packageOf', () => {
  it('names packages (scoped too), Node, V8 pseudo-frames and the project', () => {
    expect(packageOf(frame('x', 'file:///a/node_modules/astro/dist/x.js'), '/a')).toBe('astro');
    expect(packageOf(frame('x', 'file:///a/node_modules/@astrojs/mdx/x.js'), '/a')).toBe('@astrojs/mdx');
    expect(packageOf(frame('x', 'node:internal/fs/utils'))).toBe('node: internals');
    expect(packageOf(frame('(garbage collector)'))).toBe('(garbage collector)');
    expect(packageOf(frame('x', 'file:///a/src/lib/search/records.ts'), '/a')).toBe('project: src/lib');
    expect(packageOf(frame('x', 'file:///a/dist/.prerender/chunks/page.mjs'), '/a')).toBe(
      'project: pages bundled by Astro',
    );
  });
});

describe('summariseCpuProfile', () => {
  it('self time by function and by package, largest first', () => {
    const s = summariseCpuProfile(profile, ROOT);
    // renderPage 1 s (+ 0 for the last sample), escape 2 + 3 s, GC 0.5 s, parse 1.5 s.
    expect(s.totalMs).toBe(8000);
    expect(s.byPackage.map((p) => [p.name, p.ms])).toEqual([
      ['project: src/lib', 5000],
      ['@zod/core', 1500],
      ['astro', 1000],
      ['(garbage collector)', 500],
    ]);
    expect(s.topFunctions[0]).toMatchObject({ name: 'escape', where: 'src/lib/text/escape.ts:5', ms: 5000 });
    expect(s.topFunctions[0]!.share).toBeCloseTo(5 / 8);
  });
});

describe('summariseHeapProfile and renderProfileSummary', () => {
  it('sums sampled allocations by package and renders both as markdown tables', () => {
    const heap = summariseHeapProfile(
      {
        callFrame: frame('(root)'),
        selfSize: 0,
        children: [
          {
            callFrame: frame('a', `file://${ROOT}/node_modules/pagefind/lib/index.js`),
            selfSize: 3 * 2 ** 20,
            children: [],
          },
          {
            callFrame: frame('b', `file://${ROOT}/src/data/portal.ts`),
            selfSize: 2 ** 20,
            children: [{ callFrame: frame('c', 'node:buffer'), selfSize: 2 ** 20, children: [] }],
          },
        ],
      },
      ROOT,
    );
    expect(heap.byPackage.map((p) => p.name)).toEqual(['pagefind', 'project: src/data', 'node: internals']);
    const md = renderProfileSummary(summariseCpuProfile(profile, ROOT), heap);
    expect(md).toContain('| escape | src/lib/text/escape.ts:5 | project: src/lib | 5.00 | 62.5% |');
    expect(md).toContain('| pagefind | 3.0 | 60.0% |');
  });
});
