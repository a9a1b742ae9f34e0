/**
 * Reading `astro build`'s log as it streams, for `npm run bench`: which line
 * marks the start or end of which phase, and the figures some lines carry.
 * Pure: the caller timestamps each line (performance.now() when it arrived)
 * and feeds it here; nothing depends on the log's own HH:MM:SS stamps.
 *
 * Lines the build prints, in order (colours and timestamps stripped):
 *   [bang-vang] nội dung hợp lệ: …            content validated (astro:config:setup)
 *   [content] Synced content                  content layer loaded into the store
 *   [build] Building static entrypoints...    Vite bundles the pages
 *    generating static routes                 pages rendered to dist/
 *   ✓ Completed in …                          (first one after the routes header)
 *    generating optimized images              only when there are images
 *     ▶ /_astro/x.webp (before: …) (+12ms) (3/800)
 *   ✓ Completed in …
 *   [build] ✓ Completed in …
 *   [bang-vang] N bài viết đã đăng, mỗi bài một trang   astro:build:done starts: page check
 *   [bang-vang] ảnh: N tệp, …                 image metadata pass done
 *   [bang-vang] chỉ mục tìm kiếm: N trang (M cần có) trong X s …  (index written while pages render)
 *   [build] N page(s) built in …
 *   [build] Complete!
 */

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export type Marker =
  | 'validated'
  | 'synced'
  | 'entrypoints'
  | 'routes'
  | 'routesDone'
  | 'imagesStart'
  | 'imagesDone'
  | 'buildDone'
  | 'articlesChecked'
  | 'imagesChecked'
  | 'searchDone'
  | 'pagesBuilt'
  | 'complete';

const STAMP = /^(?:\d\d:\d\d:\d\d\s+)?/;
const bare = (re: RegExp) => new RegExp(STAMP.source + re.source);

const FIXED: [Marker, RegExp][] = [
  ['validated', /\[bang-vang\] nội dung hợp lệ/],
  ['synced', /\[content\] Synced content/],
  ['entrypoints', /\[build\] Building static entrypoints/],
  ['routes', /^\s*generating static routes\s*$/],
  ['imagesStart', /^\s*generating optimized images\s*$/],
  ['articlesChecked', /\[bang-vang\] .*bài viết đã đăng, mỗi bài một trang/],
  ['imagesChecked', /\[bang-vang\] ảnh: /],
  ['searchDone', /\[bang-vang\] chỉ mục tìm kiếm: /],
  ['pagesBuilt', /\[build\] \d+ page\(s\) built in/],
  ['complete', /\[build\] Complete!/],
];
/** Astro's unlabelled "✓ Completed in 7.72s." that closes the routes and the images steps. */
const STEP_DONE = bare(/✓ Completed in /);
const BUILD_DONE = /\[build\] ✓ Completed in /;

/**
 * A stateful classifier: call it with each line (ANSI already stripped or
 * not) in order; it returns the marker the line is, or undefined. Each marker
 * is returned at most once (the first occurrence).
 */
export function markerTracker(): (line: string) => Marker | undefined {
  const seen = new Set<Marker>();
  let open: 'routes' | 'images' | undefined;
  return (raw: string) => {
    const line = stripAnsi(raw);
    const mark = (m: Marker) => {
      if (seen.has(m)) return undefined;
      seen.add(m);
      return m;
    };
    for (const [m, re] of FIXED) {
      if (re.test(line)) {
        if (m === 'routes') open = 'routes';
        if (m === 'imagesStart') open = 'images';
        return mark(m);
      }
    }
    if (STEP_DONE.test(line) && open) {
      const m: Marker = open === 'routes' ? 'routesDone' : 'imagesDone';
      open = undefined;
      return mark(m);
    }
    if (BUILD_DONE.test(line) && seen.has('routes')) return mark('buildDone');
    return undefined;
  };
}

export type PhaseKey =
  | 'validate'
  | 'content'
  | 'setup'
  | 'bundle'
  | 'pages'
  | 'images'
  | 'finish'
  | 'imageMeta'
  | 'search'
  | 'exit';

/** Phases in order: label, and the markers that open and close each. */
export const PHASES: {
  key: PhaseKey;
  label: string;
  issue: string;
  from: Marker | 'start' | 'pagesOrImagesDone';
  to: Marker | 'end';
}[] = [
  {
    key: 'validate',
    label: 'Start-up + content validation (config)',
    issue: 'content load and checks',
    from: 'start',
    to: 'validated',
  },
  {
    key: 'content',
    label: 'Content layer: load into the store',
    issue: 'content load and checks',
    from: 'validated',
    to: 'synced',
  },
  {
    key: 'setup',
    label: 'Build setup (types, build info)',
    issue: 'content load and checks',
    from: 'synced',
    to: 'entrypoints',
  },
  { key: 'bundle', label: 'Bundle (Vite)', issue: 'page rendering', from: 'entrypoints', to: 'routes' },
  { key: 'pages', label: 'Render pages', issue: 'page rendering', from: 'routes', to: 'routesDone' },
  { key: 'images', label: 'Optimise images (Astro)', issue: 'images', from: 'imagesStart', to: 'imagesDone' },
  {
    key: 'finish',
    label: 'Finish + page check',
    issue: 'content load and checks',
    from: 'pagesOrImagesDone',
    to: 'articlesChecked',
  },
  { key: 'imageMeta', label: 'Image metadata pass', issue: 'images', from: 'articlesChecked', to: 'imagesChecked' },
  // Since e81a55b the index is written while pages render (from astro:build:start): this phase is only
  // what is left after the pages (waiting for Pagefind, moving the index into dist/). The integration's
  // log line gives Pagefind's own time; the report quotes it.
  {
    key: 'search',
    label: 'Search index: after the pages',
    issue: 'search indexing',
    from: 'imagesChecked',
    to: 'searchDone',
  },
  { key: 'exit', label: 'Wrap-up and exit', issue: '—', from: 'searchDone', to: 'end' },
];

export type Marks = Partial<Record<Marker, number>>;

/**
 * Phase boundaries (in the caller's clock) from the times markers were seen,
 * the start (0) and the end (exit) time. A phase whose markers are missing is
 * null, except images: a build without images has none, so 0 when its header
 * never appeared but the routes step finished.
 */
export function phaseBounds(marks: Marks, end: number): Record<PhaseKey, [number, number] | null> {
  const at = (m: Marker | 'start' | 'end' | 'pagesOrImagesDone'): number | undefined => {
    if (m === 'start') return 0;
    if (m === 'end') return end;
    if (m === 'pagesOrImagesDone') return marks.imagesDone ?? marks.routesDone;
    return marks[m];
  };
  const out = {} as Record<PhaseKey, [number, number] | null>;
  for (const p of PHASES) {
    const a = at(p.from);
    const b = at(p.to);
    if (p.key === 'images' && marks.imagesStart === undefined && marks.routesDone !== undefined) {
      out.images = [marks.routesDone, marks.routesDone];
      continue;
    }
    out[p.key] = a !== undefined && b !== undefined && b >= a ? [a, b] : null;
  }
  return out;
}

export interface LogFacts {
  /** "▶" lines of Astro's image step: transforms written, and how many came from its cache. */
  imageTransforms: number;
  imagesReused: number;
  /** From "[bang-vang] ảnh: N tệp". */
  imageFiles?: number;
  /** From "chỉ mục tìm kiếm: N trang … trong X s": Pagefind's own time. */
  searchPages?: number;
  pagefindSeconds?: number;
  /** The rest of that line, as the integration words it (e.g. "… song song với dựng trang (nạp 1.2 s, ghi 3.4 s; chờ thêm 0.1 s)"). */
  searchSummary?: string;
  /** From "[build] N page(s) built in". */
  astroPages?: number;
  warnings: number;
  errors: number;
}

export function emptyFacts(): LogFacts {
  return { imageTransforms: 0, imagesReused: 0, warnings: 0, errors: 0 };
}

/** Update `facts` with what one line says. */
export function readFacts(facts: LogFacts, raw: string): void {
  const line = stripAnsi(raw);
  const img = /^\s*(?:\d\d:\d\d:\d\d\s+)?\s*▶ \S+ \((reused cache entry|revalidated cache entry|before: [^)]*)\)/.exec(
    line,
  );
  if (img) {
    facts.imageTransforms++;
    if (!img[1]!.startsWith('before')) facts.imagesReused++;
    return;
  }
  let m = /\[bang-vang\] ảnh: (\d+) tệp/.exec(line);
  if (m) facts.imageFiles = Number(m[1]);
  m = /chỉ mục tìm kiếm: (\d+) trang.*? trong ([\d.]+) s/.exec(line);
  if (m) {
    facts.searchPages = Number(m[1]);
    facts.pagefindSeconds = Number(m[2]);
    facts.searchSummary = line.slice(line.indexOf('chỉ mục tìm kiếm: ') + 'chỉ mục tìm kiếm: '.length).trim();
  }
  m = /\[build\] (\d+) page\(s\) built in/.exec(line);
  if (m) facts.astroPages = Number(m[1]);
  if (/\[WARN\]/.test(line)) facts.warnings++;
  if (/\[ERROR\]/.test(line)) facts.errors++;
}

/** `/usr/bin/time -f '%e %U %S %M'` output (the last line; a failed command adds a line before it). */
export function parseTimeOutput(text: string): { wall: number; user: number; sys: number; maxRssKb: number } | null {
  const last = text.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last.trim());
  if (!m) return null;
  return { wall: Number(m[1]), user: Number(m[2]), sys: Number(m[3]), maxRssKb: Number(m[4]) };
}

export interface PhaseStat {
  wallS: number;
  cpuS: number | null;
  peakRssMiB: number | null;
}

export interface Sample {
  t: number;
  rssKb: number;
}

/**
 * Each phase's wall time, CPU time and peak tree RSS. `marks` and `cpuAt`:
 * seconds since spawn, and the tree's CPU seconds, when each marker line
 * arrived; `cpuEnd`: the whole run's CPU seconds (from /usr/bin/time);
 * `samples`: tree RSS over time (including one at each marker).
 */
export function phaseStats(
  marks: Marks,
  end: number,
  cpuAt: Marks,
  cpuEnd: number | null,
  samples: Sample[],
): Record<PhaseKey, PhaseStat | null> {
  const bounds = phaseBounds(marks, end);
  const cpuOf = (m: Marker | 'start' | 'end' | 'pagesOrImagesDone'): number | null => {
    if (m === 'start') return 0;
    if (m === 'end') return cpuEnd;
    if (m === 'pagesOrImagesDone') return cpuAt.imagesDone ?? cpuAt.routesDone ?? null;
    return cpuAt[m] ?? null;
  };
  const out = {} as Record<PhaseKey, PhaseStat | null>;
  for (const p of PHASES) {
    const b = bounds[p.key];
    if (!b) {
      out[p.key] = null;
      continue;
    }
    let cpuS: number | null;
    if (p.key === 'images' && marks.imagesStart === undefined) cpuS = 0;
    else {
      const c0 = cpuOf(p.from);
      const c1 = cpuOf(p.to);
      cpuS = c0 !== null && c1 !== null ? Math.max(0, c1 - c0) : null;
    }
    let peak = -1;
    for (const s of samples) if (s.t >= b[0] && s.t <= b[1] && s.rssKb > peak) peak = s.rssKb;
    out[p.key] = { wallS: b[1] - b[0], cpuS, peakRssMiB: peak >= 0 ? peak / 1024 : null };
  }
  return out;
}
