import { describe, expect, it } from 'vitest';
import { PHASES, emptyFacts, type PhaseKey } from './log.ts';
import {
  imageSeconds,
  renderReport,
  table,
  tableAfter,
  targetRows,
  type BuildRun,
  type Report,
  type SizeResult,
} from './report.ts';

function run(label: 'cold' | 'warm', wallS: number, rssMiB: number, images = 0): BuildRun {
  const phases = Object.fromEntries(
    PHASES.map((p) => [
      p.key,
      { wallS: p.key === 'images' ? images : wallS / PHASES.length, cpuS: 1, peakRssMiB: rssMiB },
    ]),
  ) as Record<PhaseKey, { wallS: number; cpuS: number; peakRssMiB: number }>;
  return {
    label,
    exitCode: 0,
    wallS,
    cpuS: wallS * 1.5,
    userS: wallS,
    sysS: wallS / 2,
    peakTreeRssMiB: rssMiB,
    maxSingleRssMiB: rssMiB * 0.8,
    rssSamples: 10,
    phases,
    facts: {
      ...emptyFacts(),
      imageFiles: 60,
      astroPages: 10,
      pagefindSeconds: 1,
      searchPages: 6,
      searchSummary: '6 trang trong 1.0 s',
    },
    loadBefore: 1,
    loadAfter: 1.2,
    otherCores: 0.05,
    log: '/tmp/x.log',
  };
}

/** A second image build: 0.5 s of optimisation (all from the cache), 0.1 s of metadata pass. */
function warmImages(): BuildRun {
  const b = run('warm', 20, 1200, 0.5);
  b.phases.imageMeta = { wallS: 0.1, cpuS: 0.1, peakRssMiB: 1200 };
  return b;
}

function size(n: number, wallS: number, o: Partial<SizeResult> = {}): SizeResult {
  return {
    n,
    corpus: { articles: n, honorees: 5 * n, blocs: 40, awardRows: 14 * n, files: n + 50, bytes: n * 2000, writeS: 0.5 },
    cold: run('cold', wallS, 1000 + n / 10),
    warm: run('warm', wallS * 0.8, 900 + n / 10),
    output: { htmlPages: 7 * n, files: 8 * n, bytes: 90_000 * n, pagefindBytes: 30_000 * n, pagefindFiles: 6 * n },
    firstSearch: {
      query: 'thi dua',
      ms: 400,
      trialsMs: [400, 380, 420],
      results: 10,
      pagefindBytes: 200_000,
      pagefindBytesGzip: 120_000,
      pagefindRequests: 20,
      allBytes: 230_000,
      allBytesGzip: 140_000,
      requests: 25,
      files: [
        { path: '/tim-kiem/', raw: 30_000, gzip: 20_000, endMs: 40 },
        { path: '/pagefind/pagefind.js', raw: 47_000, gzip: 14_000, endMs: 200 },
        { path: '/pagefind/fragment/a.pf_fragment', raw: 1_000, gzip: 1_000, endMs: 390 },
      ],
    },
    article: {
      pages: n,
      htmlGzipMedian: 3600,
      htmlGzipMax: 4000,
      cssGzip: 2100,
      totalGzipMax: 6100,
      jsBytes: 0,
      largest: '/tin-tuc/a/',
      fontsBytes: 32_700,
      totalWithFontsMax: 38_800,
      heaviestWithFonts: '/tin-tuc/a/',
    },
    validate: { wallS: n / 1000, cpuS: n / 1000, maxRssMiB: 200, exitCode: 0, output: '' },
    ...o,
  };
}

function report(sizes: SizeResult[], images = true): Report {
  return {
    date: '2026-11-23T14:00:00Z',
    command: 'npm run bench',
    smoke: false,
    durationS: 600,
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      ramGiB: 23.5,
      kernel: 'Linux 6',
      storage: { dir: '/dev/shm', fs: 'tmpfs', ramDisk: true },
      loadAtStart: [1, 2, 3],
      hugo: null,
    },
    versions: {
      node: 'v24.21.0',
      astro: '7.3.5',
      vite: '8.3.8',
      pagefind: '1.6.0',
      sharp: '0.35.5',
      chromium: '156',
      git: 'abc1234',
    },
    sizes,
    images: images
      ? {
          photos: 200,
          articles: 200,
          width: 1600,
          height: 1000,
          sourceBytes: 6e6,
          cold: run('cold', 60, 1500, 40),
          warm: warmImages(),
        }
      : null,
  };
}

const numeric = (cell: string) => /^-?[\d,]+(\.\d+)?$/.test(cell);

describe('targetRows', () => {
  it("judges every target at N = 10,000 against the issue's figures", () => {
    const rows = targetRows(report([size(1000, 20), size(10_000, 150)]));
    const by = (s: string) => rows.find((r) => r.target.startsWith(s))!;
    expect(by('Full build').verdict).toBe('missed'); // 150 s > 105 s
    expect(by('Full build').measured).toContain('150.0 s on RAM disk (1.43×)');
    expect(by('Peak RSS').verdict).toBe('met'); // 2,000 MiB
    expect(by('Build time N = 10,000 / N = 1,000').measured).toContain('cold 7.50');
    expect(by('Build time N = 10,000 / N = 1,000').verdict).toBe('met');
    expect(by('`npm run validate`').verdict).toBe('met');
    expect(by('First search, N = 10,000: bytes').verdict).toBe('met');
    expect(by('First search, N = 10,000: time').verdict).toBe('met');
    expect(by('Article page: HTML').verdict).toBe('met');
    expect(by('Article page: JavaScript').verdict).toBe('met');
    expect(by('Second build').verdict).toBe('met'); // 0.6 s vs 46.7 s
  });

  it('a 10,000 target not run is "not measured", with the largest N measured and a note', () => {
    const rows = targetRows(report([size(50, 4)]));
    const full = rows.find((r) => r.target.startsWith('Full build'))!;
    expect(full.verdict).toBe('not measured');
    expect(full.measured).toBe('4.0 s on RAM disk; warm 3.2 s'); // no ratio against a 10,000 figure
    expect(full.note).toBe('at N = 50: N = 10,000 not run');
    expect(rows.find((r) => r.target.startsWith('Build time'))!.verdict).toBe('not measured');
  });

  it('misses are misses: slow search, JavaScript on article pages, a heavy page', () => {
    const big = size(10_000, 90, {
      firstSearch: {
        ...size(1, 1).firstSearch!,
        ms: 1500,
        trialsMs: [1500],
        files: [{ path: '/pagefind/pagefind.vi_x.pf_meta', raw: 400_000, gzip: 400_000, endMs: 1400 }],
      },
      article: { ...size(1, 1).article!, jsBytes: 12, totalGzipMax: 31_000 },
    });
    const rows = targetRows(report([big]));
    for (const t of [
      'First search, N = 10,000: bytes',
      'First search, N = 10,000: time',
      'Article page: JavaScript',
      'Article page: HTML',
    ]) {
      expect(rows.find((r) => r.target.startsWith(t))!.verdict, t).toBe('missed');
    }
  });
});

describe('imageSeconds', () => {
  it('optimisation + metadata pass', () => {
    const b = run('cold', 10, 100, 4);
    expect(imageSeconds(b)).toEqual({ optimise: 4, meta: 10 / PHASES.length, total: 4 + 10 / PHASES.length });
  });
});

describe('renderReport', () => {
  const md = renderReport(report([size(1000, 20), size(10_000, 150)]));

  it('has the machine, versions, storage, the date and how things are measured', () => {
    for (const s of [
      'AMD EPYC, 2 cores',
      'RAM disk: /dev/shm (tmpfs)',
      '7.3.5',
      '1.6.0',
      '0.35.5',
      'v24.21.0',
      '2026-11-23',
      '## How each figure is measured',
      'Hugo + Pagefind were not run here',
    ]) {
      expect(md).toContain(s);
    }
  });

  it('a summary row per N, every cell a number', () => {
    const rows = tableAfter(md, '## Summary by size');
    expect(rows[0]![0]).toBe('N');
    expect(rows.slice(2).map((r) => r[0])).toEqual(['1,000', '10,000']);
    for (const r of rows.slice(2)) expect(r.every(numeric), r.join(' | ')).toBe(true);
  });

  it('a phase table per N with cold and warm columns, every cell a number', () => {
    const rows = tableAfter(md, '### Phases, N = 10,000');
    expect(rows[0]).toEqual([
      'Phase',
      "Issue's phase",
      'cold wall s',
      'cold CPU s',
      'cold peak RSS MiB',
      'warm wall s',
      'warm CPU s',
      'warm peak RSS MiB',
    ]);
    expect(rows.slice(2).map((r) => r[0])).toEqual([...PHASES.map((p) => p.label), '**Total**']);
    for (const r of rows.slice(2)) expect(r.slice(2).every(numeric), r.join(' | ')).toBe(true);
  });

  it('the images table, and the targets side by side', () => {
    const img = tableAfter(md, '### Image builds');
    expect(img.slice(2).map((r) => r[0])).toEqual(['cold', 'warm']);
    for (const r of img.slice(2)) expect(r.slice(1).every(numeric), r.join(' | ')).toBe(true);
    const targets = tableAfter(md, '## Targets of issue 9');
    expect(targets.length).toBe(2 + 10);
    expect(targets.find((r) => r[0] === 'Article page weight with fonts')?.slice(1, 4)).toEqual([
      '≤ 60 KB',
      '38.8 KB heaviest (fonts 32.7 KB; /tin-tuc/a/)',
      '✅ met',
    ]);
    expect(md).toContain('| 10,000 | 165 s, 2.8 GiB |');
    expect(md).toContain('- N = 10,000 in this run: cold 150.0 s, warm 120.0 s');
  });

  it('the first search broken down by kind of file', () => {
    const rows = tableAfter(md, '### First search, N = 10,000');
    expect(rows.slice(2)).toEqual([
      ['the page (HTML, CSS, search script)', '1', '30.0', '20.0', '40'],
      ['pagefind.js', '1', '47.0', '14.0', '200'],
      ['result fragments', '1', '1.0', '1.0', '390'],
    ]);
  });

  it('warns when the machine was busy, and only then', () => {
    expect(md).not.toContain('The machine was busy');
    const r = report([size(1000, 20)]);
    r.sizes[0]!.warm!.otherCores = 1.25;
    expect(renderReport(r)).toContain('other processes used up to 1.25 of the 2 cores');
  });

  it('a missing figure shows as "–", never as NaN or undefined', () => {
    const broken = size(1000, 20, { warm: null, firstSearch: null, article: null });
    broken.cold.phases.search = null;
    const text = renderReport(report([broken], false));
    expect(text).not.toMatch(/NaN|undefined|null/);
    expect(
      tableAfter(text, '### Phases, N = 1,000')
        .find((r) => r[0]!.startsWith('Search'))!
        .slice(2, 5),
    ).toEqual(['–', '–', '–']);
  });
});

describe('table and tableAfter', () => {
  it('round-trip, with pipes escaped', () => {
    const md = `## T\n\n${table(['a', 'b'], [['x|y', '1']])}\n\nafter`;
    expect(tableAfter(md, '## T')).toEqual([
      ['a', 'b'],
      ['---', '---:'],
      ['x\\|y', '1'],
    ]);
    expect(tableAfter(md, '## Nope')).toEqual([]);
  });
});

describe('bytesToFirstResults', () => {
  it('counts the /pagefind/ files finished by the first result, and the filter index fetched after apart', async () => {
    const { bytesToFirstResults } = await import('./report.ts');
    const fs = {
      query: 'thi dua',
      ms: 500,
      trialsMs: [400, 500, 600],
      results: 3,
      pagefindBytes: 0,
      pagefindBytesGzip: 0,
      pagefindRequests: 0,
      allBytes: 0,
      allBytesGzip: 0,
      requests: 0,
      files: [
        { path: '/tim-kiem/', raw: 4000, gzip: 1500, endMs: 50 },
        { path: '/pagefind/pagefind.js', raw: 47000, gzip: 13000, endMs: 120 },
        { path: '/pagefind/index/vi_a.pf_index', raw: 20000, gzip: 20000, endMs: 390 },
        { path: '/pagefind/filter/vi_b.pf_filter', raw: 30000, gzip: 30000, endMs: 450 },
      ],
    };
    expect(bytesToFirstResults(fs)).toEqual({ raw: 67000, gzip: 33000, requests: 2, laterGzip: 30000 });
  });
});
