/**
 * The figures of `npm run bench` and the markdown report (docs/benchmarks.md)
 * made from them: a summary per N, phases per N (cold and warm build), the
 * image measurement, and the targets of issue 9 side by side with what was
 * measured. Pure: the harness measures, this formats.
 */
import { PHASES, type LogFacts, type PhaseKey, type PhaseStat } from './log.ts';
import { byKind, KIND_LABELS, type Fetched } from './search-bytes.ts';

export type { PhaseStat };

export interface ProcessFigures {
  comm: string;
  count: number;
  cpuS: number;
  peakMiB: number;
}

export interface BuildRun {
  label: 'cold' | 'warm';
  exitCode: number;
  /** Spawn to exit, measured by the harness. */
  wallS: number;
  /** user + sys of the whole tree: max(/usr/bin/time's count, the sum sampled from /proc), so Pagefind's unwaited service is in it. */
  cpuS: number | null;
  /** What /usr/bin/time counted (the command and the descendants it waited for). */
  countedCpuS?: number | null;
  /** CPU sampled in the tree beyond that count (processes nobody waited for, e.g. `pagefind_extended --service`). */
  outsideAccountingS?: number;
  /** Name of the largest process. */
  largestProcess?: string;
  /** Every process name of the tree: count, CPU seconds, peak RSS (MiB), largest CPU first. */
  processes?: ProcessFigures[];
  userS: number | null;
  sysS: number | null;
  /** Largest sum of VmRSS over the build's process tree, sampled every 200 ms. */
  peakTreeRssMiB: number;
  /** Largest single process (/usr/bin/time %M). */
  maxSingleRssMiB: number | null;
  rssSamples: number;
  phases: Record<PhaseKey, PhaseStat | null>;
  facts: LogFacts;
  /** 1-minute load average just before and just after: other work on the machine. */
  loadBefore: number;
  loadAfter: number;
  /** CPU used by every process outside the build's tree (and the harness) during the build, in cores on average (/proc/stat). */
  otherCores: number | null;
  log: string;
}

/**
 * What the first search needed before its first result: the /pagefind/ files
 * finished by then (first trial). The search page fetches the filter index
 * only after the results are shown; those bytes are reported apart.
 */
export function bytesToFirstResults(fs: FirstSearch): {
  raw: number;
  gzip: number;
  requests: number;
  laterGzip: number;
} {
  const cutoff = fs.trialsMs[0] ?? fs.ms;
  const pf = fs.files.filter((f) => f.path.includes('/pagefind/'));
  const before = pf.filter((f) => !(f.endMs > cutoff + 1));
  const later = pf.filter((f) => f.endMs > cutoff + 1);
  return {
    raw: before.reduce((a, f) => a + f.raw, 0),
    gzip: before.reduce((a, f) => a + f.gzip, 0),
    requests: before.length,
    laterGzip: later.reduce((a, f) => a + f.gzip, 0),
  };
}

export interface FirstSearch {
  query: string;
  /** Navigation start to the first result in the list (ms, median of the trials; each in a new browser context). */
  ms: number;
  trialsMs: number[];
  /**
   * Navigation start to Pagefind's ranked list in place of the first stage's (its status shown),
   * first trial; absent in runs made before the quick index.
   */
  fullMs?: number;
  results: number;
  /** Bytes of the responses under /pagefind/, as the static server sent them (no HTTP compression). */
  pagefindBytes: number;
  /** The same with text responses (JS, JSON, CSS) gzipped, as a compressing host sends them; Pagefind's index files are gzip already. */
  pagefindBytesGzip: number;
  pagefindRequests: number;
  /** Every response of the page load (HTML, CSS, the search script, Pagefind). */
  allBytes: number;
  allBytesGzip: number;
  requests: number;
  /** Every response of the first trial. */
  files: Fetched[];
}

export interface ArticleWeight {
  pages: number;
  htmlGzipMedian: number;
  htmlGzipMax: number;
  /** Gzipped bytes of the stylesheets an article page links. */
  cssGzip: number;
  /** Largest article page: HTML + its CSS, gzipped. */
  totalGzipMax: number;
  /** JavaScript an article page makes the browser load: external scripts, module preloads, inline scripts (largest page). */
  jsBytes: number;
  largest: string;
  /** Bytes of the font files the heaviest page (with fonts) loads: woff2, compressed already. */
  fontsBytes?: number;
  /** Heaviest article page with fonts: HTML + CSS gzipped + the fonts its text needs. */
  totalWithFontsMax?: number;
  heaviestWithFonts?: string;
}

export interface ToolRun {
  wallS: number;
  cpuS: number | null;
  maxRssMiB: number | null;
  exitCode: number;
  output: string;
}

export interface Corpus {
  articles: number;
  honorees: number;
  blocs: number;
  awardRows: number;
  files: number;
  bytes: number;
  writeS: number;
}

export interface SizeResult {
  n: number;
  corpus: Corpus;
  cold: BuildRun;
  warm: BuildRun | null;
  output: { htmlPages: number; files: number; bytes: number; pagefindBytes: number; pagefindFiles: number };
  firstSearch: FirstSearch | null;
  firstSearchError?: string;
  article: ArticleWeight | null;
  validate: ToolRun;
}

export interface ImagesResult {
  photos: number;
  articles: number;
  width: number;
  height: number;
  sourceBytes: number;
  cold: BuildRun;
  warm: BuildRun | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  kernel: string;
  storage: { dir: string; fs: string; ramDisk: boolean };
  loadAtStart: number[];
  hugo: string | null;
}

export interface Versions {
  node: string;
  astro: string;
  pagefind: string;
  sharp: string;
  chromium: string;
  vite: string;
  git: string;
}

export interface Report {
  date: string;
  command: string;
  smoke: boolean;
  durationS: number;
  machine: Machine;
  versions: Versions;
  sizes: SizeResult[];
  images: ImagesResult | null;
}

// ---- number formatting ---------------------------------------------------

export const s1 = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(1);
export const s2 = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(2);
export const int = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : Math.round(x).toLocaleString('en-US');
export const kb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 1000).toFixed(1);
export const mb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 1e6).toFixed(1);
export const gib = (mib: number | null | undefined): string =>
  mib === null || mib === undefined || !Number.isFinite(mib) ? '–' : (mib / 1024).toFixed(2);

export function table(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const a = align ?? head.map((_, i) => (i === 0 ? 'l' : 'r'));
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), `|${a.map((x) => (x === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Cells of a markdown table under the heading line that starts with `heading` (for tests and checks). */
export function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const rows: string[][] = [];
  let i = start + 1;
  while (i < lines.length && !lines[i]!.startsWith('|')) i++;
  for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(
      lines[i]!.trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

// ---- the issue's reference figures and targets ----------------------------

/** Issue 9, measured on a machine of this kind (2 cores, 24 GiB). */
export const REFERENCE = {
  hugoPagefind10kRamDiskS: 105,
  hugoPagefind10kDiskS: 151,
  hugoPagefindPeakGiB: 4.3,
  hugo1kS: 4.5,
  pagefind1kS: 5.5,
  astroBare1k: { s: 19, gib: 1.0 },
  astroBare10k: { s: 165, gib: 2.8 },
};

export const TARGETS = {
  build10kS: REFERENCE.hugoPagefind10kRamDiskS,
  peakGiB: 3,
  ratio: 10.5,
  validateS: 30,
  searchBytes: 150_000,
  searchMs: 1000,
  articleBytes: 30_000,
  /** HTML + CSS + the fonts the page's text loads, compressed (issue 18). */
  articleWithFontsBytes: 60_000,
  articleJs: 0,
};

export type Verdict = 'met' | 'missed' | 'not measured';

export interface TargetRow {
  target: string;
  goal: string;
  measured: string;
  verdict: Verdict;
  note?: string;
}

const verdict = (ok: boolean | null): Verdict => (ok === null ? 'not measured' : ok ? 'met' : 'missed');

/** Each target of issue 9 against the run. Targets stated at N = 10,000 use the largest N measured when 10,000 was not run, and say so. */
export function targetRows(r: Report): TargetRow[] {
  const largest = r.sizes.at(-1);
  const at10k = r.sizes.find((s) => s.n === 10_000);
  const at1k = r.sizes.find((s) => s.n === 1_000);
  const big = at10k ?? largest;
  const bigNote = big && !at10k ? `at N = ${int(big.n)}: N = 10,000 not run` : undefined;
  const rows: TargetRow[] = [];
  const onStorage = r.machine.storage.ramDisk ? 'RAM disk' : 'disk';
  rows.push({
    target: 'Full build incl. search, N = 10,000, cold',
    goal: `≤ 1.0× Hugo + Pagefind: ≤ ${TARGETS.build10kS} s (issue's figure, RAM disk; ${REFERENCE.hugoPagefind10kDiskS} s on disk)`,
    measured: big
      ? `${s1(big.cold.wallS)} s on ${onStorage}${at10k ? ` (${s2(big.cold.wallS / TARGETS.build10kS)}×)` : ''}; warm ${s1(big.warm?.wallS)} s`
      : '–',
    verdict: verdict(at10k ? at10k.cold.wallS <= TARGETS.build10kS : null),
    note:
      bigNote ??
      (at10k
        ? r.machine.hugo
          ? 'issue 9\'s quoted figure; measured side by side with Hugo + Pagefind in "Side by side" below (issue 16)'
          : "Hugo is not installed here: compared with the issue's figure"
        : undefined),
  });
  rows.push({
    target: 'Peak RSS of the whole build, N = 10,000',
    goal: `≤ ${TARGETS.peakGiB} GiB (Pagefind alone on Hugo's output: ${REFERENCE.hugoPagefindPeakGiB} GiB)`,
    measured: big ? `cold ${gib(big.cold.peakTreeRssMiB)} GiB, warm ${gib(big.warm?.peakTreeRssMiB)} GiB` : '–',
    verdict: verdict(
      at10k ? Math.max(at10k.cold.peakTreeRssMiB, at10k.warm?.peakTreeRssMiB ?? 0) / 1024 <= TARGETS.peakGiB : null,
    ),
    note: bigNote,
  });
  const ratio = at10k && at1k ? at10k.cold.wallS / at1k.cold.wallS : null;
  const ratioWarm = at10k?.warm && at1k?.warm ? at10k.warm.wallS / at1k.warm.wallS : null;
  const smallest = r.sizes[0];
  const scale =
    !ratio && largest && smallest && largest.n > smallest.n
      ? `not run at both 1,000 and 10,000; ${int(largest.n)}/${int(smallest.n)}: ${s2(largest.cold.wallS / smallest.cold.wallS)} for ${s1(largest.n / smallest.n)}× the articles`
      : undefined;
  rows.push({
    target: 'Build time N = 10,000 / N = 1,000 (same run)',
    goal: `≤ ${TARGETS.ratio}`,
    measured: ratio ? `cold ${s2(ratio)}, warm ${s2(ratioWarm)}` : '–',
    verdict: verdict(ratio === null ? null : ratio <= TARGETS.ratio),
    note: scale,
  });
  rows.push({
    target: '`npm run validate`, N = 10,000',
    goal: `≤ ${TARGETS.validateS} s`,
    measured: big ? `${s1(big.validate.wallS)} s` : '–',
    verdict: verdict(at10k ? at10k.validate.exitCode === 0 && at10k.validate.wallS <= TARGETS.validateS : null),
    note: bigNote,
  });
  const fs = big?.firstSearch;
  rows.push({
    target: 'First search, N = 10,000: bytes',
    goal: `≤ ${TARGETS.searchBytes / 1000} KB transferred`,
    measured: fs
      ? `${kb(bytesToFirstResults(fs).gzip)} KB with gzip on text (${kb(bytesToFirstResults(fs).raw)} KB uncompressed), ${bytesToFirstResults(fs).requests} requests under /pagefind/ before the first result; then ${kb(bytesToFirstResults(fs).laterGzip)} KB after it (Pagefind's library, index and filter counts)`
      : '–',
    verdict: verdict(at10k?.firstSearch ? bytesToFirstResults(at10k.firstSearch).gzip <= TARGETS.searchBytes : null),
    note: bigNote,
  });
  rows.push({
    target: 'First search, N = 10,000: time',
    goal: `≤ ${TARGETS.searchMs / 1000} s to first results`,
    measured: fs ? `${int(fs.ms)} ms (cold cache; trials ${fs.trialsMs.map((t) => int(t)).join(', ')} ms)` : '–',
    verdict: verdict(at10k?.firstSearch ? at10k.firstSearch.ms <= TARGETS.searchMs : null),
    note: bigNote,
  });
  const aw = big?.article;
  rows.push({
    target: 'Article page: HTML + CSS, compressed',
    goal: `≤ ${TARGETS.articleBytes / 1000} KB`,
    measured: aw
      ? `${kb(aw.totalGzipMax)} KB largest (HTML ${kb(aw.htmlGzipMax)} + CSS ${kb(aw.cssGzip)}); median HTML ${kb(aw.htmlGzipMedian)} KB`
      : '–',
    verdict: verdict(aw ? aw.totalGzipMax <= TARGETS.articleBytes : null),
    note: big ? `all ${int(aw?.pages)} article pages at N = ${int(big.n)}` : undefined,
  });
  rows.push({
    target: 'Article page weight with fonts',
    goal: `≤ ${TARGETS.articleWithFontsBytes / 1000} KB`,
    measured:
      aw?.totalWithFontsMax !== undefined
        ? `${kb(aw.totalWithFontsMax)} KB heaviest (fonts ${kb(aw.fontsBytes)} KB; ${aw.heaviestWithFonts})`
        : '–',
    verdict: verdict(
      aw?.totalWithFontsMax !== undefined ? aw.totalWithFontsMax <= TARGETS.articleWithFontsBytes : null,
    ),
    note: 'HTML and CSS gzipped, plus the woff2 files whose unicode-range covers the text of the page',
  });
  rows.push({
    target: 'Article page: JavaScript',
    goal: '0 bytes',
    measured: aw ? `${int(aw.jsBytes)} bytes` : '–',
    verdict: verdict(aw ? aw.jsBytes === TARGETS.articleJs : null),
  });
  if (r.images?.warm) {
    const c = imageSeconds(r.images.cold);
    const w = imageSeconds(r.images.warm);
    rows.push({
      target: `Second build with ${r.images.photos} unchanged photos: image time`,
      goal: "< 5% of the first build's",
      measured: `${s1(w.total)} s vs ${s1(c.total)} s: ${s1((100 * w.total) / c.total)}% (optimisation alone: ${s1(w.optimise)} s vs ${s1(c.optimise)} s, ${s1((100 * w.optimise) / c.optimise)}%)`,
      verdict: verdict(c.total > 0 ? w.total < 0.05 * c.total : null),
    });
  }
  return rows;
}

/** Image time of a build: Astro's optimisation step plus our metadata pass. */
export function imageSeconds(b: BuildRun): { optimise: number; meta: number; total: number } {
  const optimise = b.phases.images?.wallS ?? NaN;
  const meta = b.phases.imageMeta?.wallS ?? NaN;
  return { optimise, meta, total: optimise + meta };
}

// ---- the report --------------------------------------------------------------

/** The most CPU other work took during any build of the run, in cores on average. */
export function busiest(r: Report): number {
  const builds = [...r.sizes.flatMap((s) => [s.cold, s.warm]), r.images?.cold, r.images?.warm].filter(
    (b): b is BuildRun => Boolean(b),
  );
  return Math.max(0, ...builds.map((b) => b.otherCores ?? 0));
}

const mark = (v: Verdict) => (v === 'met' ? '✅ met' : v === 'missed' ? '❌ missed' : '— not measured');

function phaseTable(s: { cold: BuildRun; warm: BuildRun | null }): string {
  const cell = (b: BuildRun | null, k: PhaseKey) => {
    const p = b?.phases[k];
    return p ? [s1(p.wallS), s1(p.cpuS), int(p.peakRssMiB)] : ['–', '–', '–'];
  };
  const rows = PHASES.map((p) => [p.label, p.issue, ...cell(s.cold, p.key), ...cell(s.warm, p.key)]);
  const total = (b: BuildRun | null) => (b ? [s1(b.wallS), s1(b.cpuS), int(b.peakTreeRssMiB)] : ['–', '–', '–']);
  rows.push(['**Total**', '', ...total(s.cold), ...total(s.warm)]);
  return table(
    [
      'Phase',
      "Issue's phase",
      'cold wall s',
      'cold CPU s',
      'cold peak RSS MiB',
      'warm wall s',
      'warm CPU s',
      'warm peak RSS MiB',
    ],
    rows,
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

export function renderReport(r: Report): string {
  const out: string[] = [];
  const m = r.machine;
  const v = r.versions;
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Written by \`${r.command}\` (scripts/bench.ts) on ${r.date}, in ${s1(r.durationS / 60)} min. Issue 9 sets the targets.`,
  );
  if (r.smoke) out.push('', "**Smoke run**: tiny sizes that check the harness, not the portal's speed.");
  out.push('');
  out.push('## Machine and versions');
  out.push('');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['RAM', `${s1(m.ramGiB)} GiB`],
        ['Kernel', m.kernel],
        ['Storage of the projects', `${m.storage.ramDisk ? 'RAM disk' : 'disk'}: ${m.storage.dir} (${m.storage.fs})`],
        ['Load average at start (1, 5, 15 min)', m.loadAtStart.map(s2).join(', ')],
        ['Node', v.node],
        ['Astro', v.astro],
        ['Vite', v.vite],
        ['Pagefind', v.pagefind],
        ['sharp', v.sharp],
        ['Chromium (first search)', v.chromium],
        ['Commit', v.git],
        [
          'Hugo',
          m.hugo ?? "not installed (and no network): Hugo + Pagefind were not run here; the issue's figures are quoted",
        ],
      ],
      ['l', 'l'],
    ),
  );
  const busy = busiest(r);
  if (busy > 0.2) {
    out.push('');
    out.push(
      `> **The machine was busy**: other processes used up to ${s2(busy)} of the ${m.cores} cores on average during a build (see "other work" per build). Wall times are inflated by waiting for a core; CPU times much less. Compare runs made in the same conditions.`,
    );
  }
  out.push('');
  out.push('## Targets of issue 9');
  out.push('');
  out.push(
    table(
      ['Target', 'Goal', 'Measured', 'Verdict', 'Note'],
      targetRows(r).map((t) => [t.target, t.goal, t.measured, mark(t.verdict), t.note ?? '']),
      ['l', 'l', 'l', 'l', 'l'],
    ),
  );
  out.push('');
  out.push('Reference figures from the issue (same kind of machine; Hugo 0.111, Pagefind 1.6):');
  out.push('');
  out.push(
    table(
      [
        'N',
        'Astro 7 bare (no joins)',
        'Hugo, portal page set',
        "Pagefind on Hugo's output",
        'Hugo + Pagefind, best of two',
      ],
      [
        [
          '1,000',
          `${REFERENCE.astroBare1k.s} s, ${REFERENCE.astroBare1k.gib} GiB`,
          `${REFERENCE.hugo1kS} s, 0.30 GiB`,
          `${REFERENCE.pagefind1kS} s, 0.51 GiB`,
          `≈ ${REFERENCE.hugo1kS + REFERENCE.pagefind1kS} s (sum)`,
        ],
        [
          '10,000',
          `${REFERENCE.astroBare10k.s} s, ${REFERENCE.astroBare10k.gib} GiB`,
          '53–87 s, 2.9 GiB',
          '52–64 s, 4.3 GiB',
          `${REFERENCE.hugoPagefind10kRamDiskS} s RAM disk, ${REFERENCE.hugoPagefind10kDiskS} s disk`,
        ],
      ],
    ),
  );
  const compare: string[] = [];
  const r1k = r.sizes.find((x) => x.n === 1_000);
  const r10k = r.sizes.find((x) => x.n === 10_000);
  if (r1k)
    compare.push(
      `- N = 1,000 in this run: cold ${s1(r1k.cold.wallS)} s, warm ${s1(r1k.warm?.wallS)} s, peak ${gib(r1k.cold.peakTreeRssMiB)} GiB — the issue's Hugo ${REFERENCE.hugo1kS} s + Pagefind ${REFERENCE.pagefind1kS} s, Astro bare ${REFERENCE.astroBare1k.s} s.`,
    );
  if (r10k)
    compare.push(
      `- N = 10,000 in this run: cold ${s1(r10k.cold.wallS)} s, warm ${s1(r10k.warm?.wallS)} s, peak ${gib(Math.max(r10k.cold.peakTreeRssMiB, r10k.warm?.peakTreeRssMiB ?? 0))} GiB — the issue's Hugo + Pagefind ${REFERENCE.hugoPagefind10kRamDiskS} s (RAM disk), Astro bare ${REFERENCE.astroBare10k.s} s.`,
    );
  if (compare.length) out.push('', ...compare);
  out.push('');
  out.push('## Summary by size');
  out.push('');
  out.push(
    table(
      [
        'N',
        'honorees',
        'award rows',
        'HTML pages',
        'cold build s',
        'warm build s',
        'cold CPU s',
        'warm CPU s',
        'cold peak RSS MiB',
        'warm peak RSS MiB',
        'dist MB',
        'search index MB',
        'first search KB to first results (gzip)',
        'same, raw',
        'first results ms',
        'article HTML+CSS KB',
        'article JS bytes',
        'validate s',
      ],
      r.sizes.map((s) => [
        int(s.n),
        int(s.corpus.honorees),
        int(s.corpus.awardRows),
        int(s.output.htmlPages),
        s1(s.cold.wallS),
        s1(s.warm?.wallS),
        s1(s.cold.cpuS),
        s1(s.warm?.cpuS),
        int(s.cold.peakTreeRssMiB),
        int(s.warm?.peakTreeRssMiB),
        mb(s.output.bytes),
        mb(s.output.pagefindBytes),
        kb(s.firstSearch && bytesToFirstResults(s.firstSearch).gzip),
        kb(s.firstSearch && bytesToFirstResults(s.firstSearch).raw),
        int(s.firstSearch?.ms),
        kb(s.article?.totalGzipMax),
        int(s.article?.jsBytes),
        s1(s.validate.wallS),
      ]),
    ),
  );
  for (const s of r.sizes) {
    out.push('');
    out.push(`## N = ${int(s.n)}`);
    out.push('');
    out.push(
      `Corpus: ${int(s.corpus.articles)} articles, ${int(s.corpus.honorees)} honorees, ${s.corpus.blocs} blocs, ${int(s.corpus.awardRows)} award rows; ${int(s.corpus.files)} files, ${mb(s.corpus.bytes)} MB (written in ${s1(s.corpus.writeS)} s).`,
    );
    out.push('');
    out.push(`### Phases, N = ${int(s.n)}`);
    out.push('');
    out.push(phaseTable(s));
    out.push('');
    const f = s.firstSearch;
    const facts = (b: BuildRun | null) =>
      b
        ? `exit ${b.exitCode}, ${int(b.facts.astroPages)} files by Astro, largest single process ${int(b.maxSingleRssMiB)} MiB, other work ${s2(b.otherCores)} cores on average (load average ${s2(b.loadBefore)} → ${s2(b.loadAfter)}), ${b.facts.warnings} warnings; search index as logged: "${b.facts.searchSummary ?? '–'}"`
        : 'not run';
    out.push(`- Cold build: ${facts(s.cold)}.`);
    out.push(`- Warm build: ${facts(s.warm)}.`);
    out.push(
      `- Output: ${int(s.output.htmlPages)} HTML pages, ${int(s.output.files)} files, ${mb(s.output.bytes)} MB; search index (dist/pagefind) ${int(s.output.pagefindFiles)} files, ${mb(s.output.pagefindBytes)} MB.`,
    );
    out.push(
      f
        ? `- First search "${f.query}": ${f.results} results shown; first result after ${int(f.ms)} ms (trials: ${f.trialsMs.map((t) => int(t)).join(', ')})${f.fullMs !== undefined ? `; Pagefind's ranked list in its place at ${int(f.fullMs)} ms (first trial)` : ''}; /pagefind/ before the first result: ${bytesToFirstResults(f).requests} requests, ${kb(bytesToFirstResults(f).raw)} KB as served, ${kb(bytesToFirstResults(f).gzip)} KB with gzip on text; with the filter index fetched after the results, ${f.pagefindRequests} requests, ${kb(f.pagefindBytesGzip)} KB gzip; whole page load: ${f.requests} requests, ${kb(f.allBytes)} KB (${kb(f.allBytesGzip)} KB gzip).`
        : `- First search: not measured${s.firstSearchError ? ` (${s.firstSearchError})` : ''}.`,
    );
    const a = s.article;
    out.push(
      a
        ? `- Article pages (${int(a.pages)}): HTML gzip median ${kb(a.htmlGzipMedian)} KB, largest ${kb(a.htmlGzipMax)} KB (${a.largest}); CSS gzip ${kb(a.cssGzip)} KB; JavaScript ${int(a.jsBytes)} bytes.${a.totalWithFontsMax !== undefined ? ` Article page weight with fonts: ${kb(a.totalWithFontsMax)} KB heaviest (${a.heaviestWithFonts}), of which fonts ${kb(a.fontsBytes)} KB.` : ''}`
        : '- Article pages: not measured.',
    );
    out.push(
      `- \`npm run validate\`: ${s1(s.validate.wallS)} s wall, ${s1(s.validate.cpuS)} s CPU, ${int(s.validate.maxRssMiB)} MiB, exit ${s.validate.exitCode}.`,
    );
    if (f?.files.length) {
      out.push('');
      out.push(
        `### First search, N = ${int(s.n)}: what is downloaded (first trial; first result at ${int(f.trialsMs[0])} ms)`,
      );
      out.push('');
      out.push(
        table(
          ['files', 'requests', 'KB as served', 'KB gzip', 'last one done at ms'],
          byKind(f.files).map((k) => [KIND_LABELS[k.kind], int(k.requests), kb(k.raw), kb(k.gzip), int(k.lastEndMs)]),
        ),
      );
    }
  }
  if (r.images) {
    const im = r.images;
    const c = imageSeconds(im.cold);
    const w = im.warm ? imageSeconds(im.warm) : null;
    out.push('');
    out.push('## Images');
    out.push('');
    out.push(
      `${im.photos} photos drawn by scripts/sample-images.ts (${im.width}×${im.height} JPEG with EXIF and GPS, ${mb(im.sourceBytes)} MB), each the cover of one article of a ${int(im.articles)}-article corpus; built cold, then again with nothing changed.`,
    );
    out.push('');
    out.push('### Image builds');
    out.push('');
    const row = (b: BuildRun | null, t: ReturnType<typeof imageSeconds> | null) => [
      b ? b.label : '–',
      s1(b?.wallS),
      s1(t?.optimise),
      int(b?.facts.imageTransforms),
      int(b?.facts.imagesReused),
      s1(t && t.optimise > 0 ? im.photos / t.optimise : NaN),
      s1(t && t.optimise > 0 ? (b?.facts.imageTransforms ?? 0) / t.optimise : NaN),
      s1(t?.meta),
      int(b?.facts.imageFiles),
      s1(t?.total),
      int(b?.peakTreeRssMiB),
    ];
    out.push(
      table(
        [
          'build',
          'build wall s',
          'optimise s',
          'transforms',
          'from cache',
          'photos/s',
          'transforms/s',
          'metadata pass s',
          'image files in dist',
          'image time s',
          'peak RSS MiB',
        ],
        [row(im.cold, c), row(im.warm, w)],
      ),
    );
    out.push('');
    out.push(
      `Second build's image time: ${w ? `${s1((100 * w.total) / c.total)}% of the first (optimisation alone ${s1((100 * w.optimise) / c.optimise)}%)` : 'not measured'}; target < 5%.`,
    );
    out.push('');
    out.push(`#### Phases of the image builds`);
    out.push('');
    out.push(phaseTable(im));
  }
  out.push('');
  out.push(METHOD);
  return `${out.join('\n')}\n`;
}

export const METHOD = `## How each figure is measured

- **Corpus**: \`generateCorpus\` (tools/bench/corpus.ts) through \`writeCorpus\` (scripts/bench-corpus.ts): N articles
  over 15 years, 5N honorees in files of 1,000, 40 blocs, ~14 award rows per article, deterministic.
- **Project**: a fresh directory per N with copies of src/, public/, astro.config.mjs, tsconfig.json and package.json of
  the working tree, and a node_modules/ of symlinks to each entry of the repository's (so each project has its own
  node_modules/.astro cache). On the RAM disk (/dev/shm) when it has room, else in os.tmpdir(); the report says which.
- **Cold / warm**: cold is the first \`astro build\` in the fresh project (no node_modules/.astro, no dist/); warm is a
  second build in the same directory with nothing changed. Builds run as
  \`/usr/bin/time -f '%e %U %S %M' node node_modules/astro/bin/astro.mjs build\` in an environment without
  BASE_URL, BASE_PATH, MODE, NODE_ENV, VITEST… (what a Vitest parent would leak).
- **Phases**: Astro's own steps from its log lines as they stream (stamped with \`performance.now()\` when they
  arrive): \`[content] Synced content\` (content layer), \`[build] Building static entrypoints\` (setup: types, build
  info), \` generating static routes \` (bundle), Astro's \`✓ Completed in\` (render pages), \` generating optimized
  images \` … \`✓ Completed in\` (optimise images; 0 without images). The integration's steps come from the JSON it
  writes when \`BANG_VANG_TIMINGS\` is set (src/integrations/timings.ts: epoch milliseconds of content validated,
  pages checked, image pass, search index moved into dist/), placed on the harness's clock (tools/bench/timings.ts).
  The search index is written by Pagefind while the pages render (from astro:build:start), so its own time overlaps
  the bundle and render phases; the timings' figures (records sent, index written, waited for) are quoted per build.
  A phase whose marker is missing shows "–".
- **CPU time**: the whole process tree (tools/bench/tree-cpu.ts): every process ever in the tree is followed in
  /proc by (pid, start time), also once re-parented to init, and its last utime + stime is summed; the total is the
  larger of that and /usr/bin/time's count (which misses a child nobody waited for, such as Pagefind's
  \`--service\` process, and catches processes shorter than a sample). Per phase: the tree's CPU interpolated between
  the 200 ms samples at each boundary.
- **Peak RSS**: every 200 ms the harness sums VmRSS (/proc/<pid>/status) over the same tree; the peak is the largest
  sum, never less than the largest single process. Shared pages are counted once per process, so the sum can exceed
  the memory really used. Per phase: the largest sum sampled inside the phase. "Largest single process" is the
  larger of /usr/bin/time's %M and the largest sampled VmRSS.
- **Pages, sizes**: index.html files in dist/; dist/ and dist/pagefind/ as the sum of file sizes (du -sb; disk blocks
  would add ~4 KB per small file).
- **First search**: dist/ served by tests/helpers/serve.ts (no HTTP compression), headless Chromium
  (tests/helpers/browser.ts), a new browser context per trial (cold HTTP cache), \`/tim-kiem/?q=<query>\`. Time: from
  navigation start (the page's performance.now() origin) to the first \`#search-results li\` in the DOM (a
  MutationObserver installed before any script runs); the median of the trials. Bytes: response bodies of the load,
  until the network is idle after the first results; "/pagefind/" counts the search library, its WASM and its
  index, and the first stage's quick index (\`pagefind/nhanh/\`); "gzip" counts text responses (JS, JSON, CSS, HTML) gzipped (level 6), as a compressing host sends them,
  Pagefind's index files being gzip already. The 150 KB target is judged on the gzip figure, both are shown.
- **Article page**: every dist/tin-tuc/<slug>/index.html: gzip (level 6) of the HTML plus its linked stylesheets;
  JavaScript = external scripts, module preloads and inline scripts (JSON-LD excluded); the largest page is reported.
- **Validate**: \`node scripts/validate.ts\` (what \`npm run validate\` runs, without npm's start-up) with
  BANG_VANG_ROOT set to the project, under /usr/bin/time.
- **Images**: a separate project; the optimisation step is timed between Astro's \` generating optimized images \`
  header and its \`✓ Completed in\`, and its \`▶\` lines are counted (transforms; "reused cache entry" = from
  node_modules/.astro/assets). Photos/s = photos ÷ optimisation time. "Image time" = optimisation + our metadata pass.
- **Noise**: the machine has 2 cores and may be shared. For each build the report gives "other work": the CPU time
  the whole machine used (/proc/stat) minus the build's and the harness's, divided by the build's wall time (0.5 =
  half a core taken by something else, on average); the harness's own sampling costs ~2 ms per 200 ms.
  Issue 9's targets below quote its Hugo figures; issue 16's section measures Hugo + Pagefind side by side.`;
