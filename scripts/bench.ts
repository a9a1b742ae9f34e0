/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--smoke]`: issue 9's benchmark.
 * For each N: a synthetic corpus in a fresh project (RAM disk when it has
 * room), a cold then a warm `astro build`, per-phase wall/CPU/peak tree RSS
 * from the streamed log and /proc, output and index sizes, article page
 * weight, the first search in headless Chromium, and `npm run validate`.
 * Then 200 photos as covers: image throughput cold and warm. Writes
 * docs/benchmarks.md (a smoke run writes to a temp file instead).
 * How each figure is measured: METHOD in tools/bench/report.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench-corpus.ts';
import { drawPhoto } from './sample-images.ts';
import { serve } from '../tests/helpers/serve.ts';
import { launch } from '../tests/helpers/browser.ts';
import { cleanEnv, parseOptions, type BenchOptions } from '../tools/bench/options.ts';
import { emptyFacts, markerTracker, phaseStats, readFacts, type Marks, type Sample } from '../tools/bench/log.ts';
import { HAS_TIME, measured, processFigures, type Measured } from '../tools/bench/sampler.ts';
import { cpuAtTime, factsFromTimings, marksFromTimings, parseTimings } from '../tools/bench/timings.ts';
import { fontFaces, fontsForText, median, pageAssets, visibleText } from '../tools/bench/page-weight.ts';
import { withCover } from '../tools/bench/covers.ts';
import { makeCold, makeProject } from '../tools/bench/project.ts';
import { findAnchor, prepareKit, sideBySide } from '../tools/bench/anchor.ts';
import { measureDev } from '../tools/bench/dev.ts';
import { runProfile } from '../tools/bench/profile-run.ts';
import { renderWithScale, type ScaleFigures, type ScaleReport } from '../tools/bench/side-by-side.ts';
import type { Fetched } from '../tools/bench/search-bytes.ts';
import { writeQualityReport } from '../tools/search-quality/quality.ts';
import {
  s1,
  s2,
  type ArticleWeight,
  type BuildRun,
  type FirstSearch,
  type ImagesResult,
  type Machine,
  type SizeResult,
  type ToolRun,
  type Versions,
} from '../tools/bench/report.ts';

const REPO = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const TIME = '/usr/bin/time';
const PHOTO = { width: 1600, height: 1000 };

const say = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const load1 = () => os.loadavg()[0]!;

// ---- running a command, watching it ------------------------------------------

interface Watched {
  exitCode: number;
  wallS: number;
  m: Measured;
  marks: Marks;
  cpuAt: Marks;
  samples: Sample[];
  facts: ReturnType<typeof emptyFacts>;
  output: string[];
}

/**
 * Run `node args…` in `cwd`, its whole process tree sampled every 200 ms (tools/bench/sampler.ts):
 * Astro's phases from its log lines, the integration's from the timings file it writes (BANG_VANG_TIMINGS).
 */
async function watch(
  cwd: string,
  args: string[],
  logFile: string,
  extraEnv: Record<string, string> = {},
  keepOutput = false,
): Promise<Watched> {
  const timingsFile = `${logFile}.timings.json`;
  fs.rmSync(timingsFile, { force: true });
  const tracker = markerTracker();
  const facts = emptyFacts();
  const marks: Marks = {};
  const samples: (Sample & { cpuS: number })[] = [];
  const output: string[] = [];
  const spawnEpoch = performance.timeOrigin + performance.now();
  const m = await measured(process.execPath, args, {
    cwd,
    env: { ...cleanEnv(process.env), BANG_VANG_TIMINGS: timingsFile, ...extraEnv },
    logFile,
    onSample: (t, rssKb, cpuS) => samples.push({ t, rssKb, cpuS }),
    onLine: (line, t) => {
      if (keepOutput) output.push(line);
      readFacts(facts, line);
      const mk = tracker(line);
      if (mk) marks[mk] = t;
    },
  });
  const timings = parseTimings(fs.existsSync(timingsFile) ? fs.readFileSync(timingsFile, 'utf8') : null);
  if (timings) {
    Object.assign(marks, marksFromTimings(timings, spawnEpoch));
    factsFromTimings(facts, timings);
  }
  const cpuAt: Marks = {};
  for (const [k, t] of Object.entries(marks)) cpuAt[k as keyof Marks] = cpuAtTime(samples, t);
  return { exitCode: m.exitCode, wallS: m.wallS, m, marks, cpuAt, samples, facts, output };
}

async function build(
  dir: string,
  label: 'cold' | 'warm',
  logFile: string,
  nodeFlags: string[] = [],
): Promise<BuildRun> {
  const loadBefore = load1();
  const w = await watch(
    dir,
    [...nodeFlags, path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    logFile,
  );
  const run: BuildRun = {
    label,
    exitCode: w.exitCode,
    wallS: w.wallS,
    cpuS: w.m.treeCpuS,
    countedCpuS: w.m.countedCpuS,
    outsideAccountingS: w.m.outsideAccountingS,
    userS: w.m.userS,
    sysS: w.m.sysS,
    peakTreeRssMiB: w.m.peakTreeMiB,
    maxSingleRssMiB: w.m.largestProcMiB,
    largestProcess: w.m.largestComm,
    processes: processFigures(w.m.tree),
    rssSamples: w.samples.length,
    phases: phaseStats(w.marks, w.wallS, w.cpuAt, w.m.treeCpuS, w.samples),
    facts: w.facts,
    loadBefore,
    loadAfter: load1(),
    otherCores: w.m.otherCores,
    log: logFile,
  };
  say(
    `  ${label} build: ${s1(run.wallS)} s, CPU ${s1(run.cpuS)} s, peak tree RSS ${Math.round(run.peakTreeRssMiB)} MiB, other work ${run.otherCores?.toFixed(2)} cores, exit ${run.exitCode}${run.exitCode ? ` — see ${logFile}` : ''}`,
  );
  return run;
}

async function validate(dir: string, logFile: string): Promise<ToolRun> {
  const w = await watch(dir, [path.join(REPO, 'scripts', 'validate.ts')], logFile, { BANG_VANG_ROOT: dir }, true);
  return {
    wallS: w.wallS,
    cpuS: w.m.treeCpuS,
    maxRssMiB: w.m.largestProcMiB,
    exitCode: w.exitCode,
    output: w.output.slice(-3).join('\n'),
  };
}

// ---- projects --------------------------------------------------------------------

function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += fs.statSync(p).size;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { files, bytes };
}

function countHtmlPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'index.html') n++;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}

function writeProjectCorpus(dir: string, n: number): SizeResult['corpus'] {
  const t = performance.now();
  const c = writeCorpus(n, dir, REPO);
  const writeS = (performance.now() - t) / 1000;
  const size = treeSize(path.join(dir, 'content'));
  return {
    articles: c.articles,
    honorees: c.honorees,
    blocs: c.blocs,
    awardRows: c.awardRows,
    files: size.files,
    bytes: size.bytes,
    writeS,
  };
}

// ---- measurements of the output ------------------------------------------------

const gz = (b: Buffer | string) => zlib.gzipSync(b, { level: 6 }).length;

const text0 = (b: Buffer) => b.toString('utf8');

function articleWeight(dist: string): ArticleWeight | null {
  const root = path.join(dist, 'tin-tuc');
  if (!fs.existsSync(root)) return null;
  const cssCache = new Map<string, number>();
  const facesCache = new Map<string, ReturnType<typeof fontFaces>>();
  const fontCache = new Map<string, number>();
  const fileOf = (href: string, page: string) => {
    const u = new URL(href, `http://x/tin-tuc/${page}/`);
    return path.join(dist, decodeURIComponent(u.pathname));
  };
  const html: number[] = [];
  let htmlMax = 0;
  let totalMax = 0;
  let cssOfLargest = 0;
  let jsMax = 0;
  let largest = '';
  let withFontsMax = 0;
  let fontsOfHeaviest = 0;
  let heaviest = '';
  for (const slug of fs.readdirSync(root)) {
    if (/^\d+$/.test(slug)) continue; // listing pages /tin-tuc/2/
    const file = path.join(root, slug, 'index.html');
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file);
    const h = gz(text);
    html.push(h);
    const assets = pageAssets(text.toString('utf8'));
    let css = 0;
    for (const href of assets.stylesheets) {
      if (!cssCache.has(href)) {
        const f = fileOf(href, slug);
        cssCache.set(href, fs.existsSync(f) ? gz(fs.readFileSync(f)) : NaN);
      }
      css += cssCache.get(href)!;
    }
    // The fonts its text makes the browser fetch (woff2, already compressed: counted as they are).
    const shown = visibleText(text0(text));
    let fonts = 0;
    for (const href of assets.stylesheets) {
      if (!facesCache.has(href)) {
        const f = fileOf(href, slug);
        facesCache.set(href, fs.existsSync(f) ? fontFaces(fs.readFileSync(f, 'utf8')) : []);
      }
      for (const src of fontsForText(facesCache.get(href)!, shown)) {
        const f = fileOf(new URL(src, new URL(href, `http://x/tin-tuc/${slug}/`)).pathname, slug);
        if (!fontCache.has(f)) fontCache.set(f, fs.existsSync(f) ? fs.statSync(f).size : NaN);
        fonts += fontCache.get(f)!;
      }
    }
    if (h + css + fonts > withFontsMax) {
      withFontsMax = h + css + fonts;
      fontsOfHeaviest = fonts;
      heaviest = `/tin-tuc/${slug}/`;
    }
    let js = assets.inlineScriptBytes;
    for (const src of assets.scripts) {
      const f = fileOf(src, slug);
      js += fs.existsSync(f) ? fs.statSync(f).size : NaN;
    }
    jsMax = Math.max(jsMax, js);
    if (h > htmlMax) htmlMax = h;
    if (h + css > totalMax) {
      totalMax = h + css;
      cssOfLargest = css;
      largest = `/tin-tuc/${slug}/`;
    }
  }
  if (!html.length) return null;
  return {
    pages: html.length,
    htmlGzipMedian: median(html),
    htmlGzipMax: htmlMax,
    cssGzip: cssOfLargest,
    totalGzipMax: totalMax,
    jsBytes: jsMax,
    largest,
    fontsBytes: fontsOfHeaviest,
    totalWithFontsMax: withFontsMax,
    heaviestWithFonts: heaviest,
  };
}

let chromiumVersion = 'not run';

async function firstSearch(dist: string, query: string, trials: number): Promise<FirstSearch> {
  const server = await serve(dist);
  const browser = await launch();
  chromiumVersion = browser.version();
  try {
    const runs: { ms: number; fullMs?: number; results: number; bytes: Fetched[] }[] = [];
    for (let i = 0; i < trials; i++) {
      const context = await browser.newContext(); // a cold HTTP cache
      const page = await context.newPage();
      await page.addInitScript(() => {
        const g = globalThis as unknown as { __bvFirst?: number; __bvFull?: number };
        const check = () => {
          const list = document.querySelector('#search-results');
          if (g.__bvFirst === undefined && list?.querySelector('li')) g.__bvFirst = performance.now();
          // The first stage's results come with a status "Đang tìm thêm…"; Pagefind's ranked list replaces
          // them with its own status.
          const said = document.querySelector('#search-status')?.textContent ?? '';
          if (g.__bvFull === undefined && said && !said.startsWith('Đang tìm') && list?.querySelector('li'))
            g.__bvFull = performance.now();
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
      });
      const pending: Promise<{ url: string; raw: number; gzip: number; start: number; end: number }>[] = [];
      page.on('response', (res) => {
        pending.push(
          (async () => {
            const body = await res.body().catch(() => Buffer.alloc(0));
            await res.finished().catch(() => undefined);
            const timing = res.request().timing(); // startTime: epoch ms; responseEnd: ms after it
            const type = res.headers()['content-type'] ?? '';
            const text = /^text\/|javascript|json|css|xml|svg/.test(type);
            return {
              url: res.url(),
              raw: body.length,
              gzip: text && body.length ? gz(body) : body.length,
              start: timing.startTime,
              end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : NaN,
            };
          })(),
        );
      });
      const target = `${server.url}tim-kiem/?q=${encodeURIComponent(query)}`;
      await page.goto(target);
      await page.waitForFunction(
        () => (globalThis as unknown as { __bvFirst?: number }).__bvFirst !== undefined,
        null,
        { timeout: 60_000, polling: 50 },
      );
      const ms = await page.evaluate(() => (globalThis as unknown as { __bvFirst: number }).__bvFirst);
      await page
        .waitForFunction(() => (globalThis as unknown as { __bvFull?: number }).__bvFull !== undefined, null, {
          timeout: 60_000,
          polling: 50,
        })
        .catch(() => undefined);
      const fullMs = await page.evaluate(() => (globalThis as unknown as { __bvFull?: number }).__bvFull);
      // The page's own time origin (epoch ms): response ends are compared in the same clock.
      const timeOrigin = await page.evaluate(() => performance.timeOrigin);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const results = await page.$$eval('#search-results li', (els) => els.length);
      const responses = await Promise.all(pending);
      // Response ends (epoch ms) against the page's time origin, the clock of the first-result mark.
      const navStart = Number.isFinite(timeOrigin)
        ? timeOrigin
        : (responses.find((r) => r.url === target)?.start ?? Math.min(...responses.map((r) => r.start)));
      const bytes: Fetched[] = responses.map((r) => ({
        path: new URL(r.url).pathname,
        raw: r.raw,
        gzip: r.gzip,
        endMs: r.end - navStart,
      }));
      runs.push({ ms, fullMs, results, bytes });
      await context.close();
    }
    const first = runs[0]!;
    const pf = first.bytes.filter((b) => b.path.startsWith('/pagefind/'));
    const sum = (xs: { raw: number; gzip: number }[], k: 'raw' | 'gzip') => xs.reduce((a, b) => a + b[k], 0);
    return {
      query,
      ms: median(runs.map((r) => r.ms)),
      trialsMs: runs.map((r) => r.ms),
      ...(first.fullMs !== undefined ? { fullMs: first.fullMs } : {}),
      results: first.results,
      pagefindBytes: sum(pf, 'raw'),
      pagefindBytesGzip: sum(pf, 'gzip'),
      pagefindRequests: pf.length,
      allBytes: sum(first.bytes, 'raw'),
      allBytesGzip: sum(first.bytes, 'gzip'),
      requests: first.bytes.length,
      files: first.bytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- machine, versions, storage ------------------------------------------------

function pkgVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function fsTypeOf(dir: string): string {
  let best = '';
  let type = 'unknown';
  for (const line of fs.readFileSync('/proc/mounts', 'utf8').split('\n')) {
    const [, mount, fstype] = line.split(' ');
    if (!mount || !fstype) continue;
    if ((dir === mount || dir.startsWith(mount.endsWith('/') ? mount : `${mount}/`)) && mount.length > best.length) {
      best = mount;
      type = fstype;
    }
  }
  return type;
}

/** The RAM disk when it exists and has room for the largest project (and RAM is left for the build), else os.tmpdir(). */
function chooseStorage(o: BenchOptions): Machine['storage'] {
  if (o.storage !== 'auto') {
    const dir = path.resolve(o.storage);
    fs.mkdirSync(dir, { recursive: true });
    const type = fsTypeOf(dir);
    return { dir, fs: type, ramDisk: type === 'tmpfs' || type === 'ramfs' };
  }
  const largest = Math.max(...o.sizes, o.photos ? o.photoCorpus : 0);
  // dist ~90 KB/article at N = 1,000, plus content and the Astro cache; the anchor's site and public/ (one at a time).
  const need = largest * (o.anchor ? 400_000 : 300_000) + 500e6;
  try {
    const st = fs.statfsSync('/dev/shm');
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    if (st.bavail * st.bsize >= need && os.freemem() >= need + 4 * 2 ** 30)
      return { dir: '/dev/shm', fs: fsTypeOf('/dev/shm'), ramDisk: true };
    say(
      `/dev/shm has too little room (${Math.round((st.bavail * st.bsize) / 1e9)} GB free, ${Math.round(os.freemem() / 1e9)} GB RAM free; need ~${Math.round(need / 1e9)} GB): using ${os.tmpdir()}`,
    );
  } catch {
    /* no RAM disk */
  }
  const dir = fs.realpathSync(os.tmpdir());
  const type = fsTypeOf(dir);
  return { dir, fs: type, ramDisk: type === 'tmpfs' };
}

function machine(storage: Machine['storage']): Machine {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: os.totalmem() / 2 ** 30,
    kernel: `${os.type()} ${os.release()}`,
    storage,
    loadAtStart: os.loadavg(),
    hugo: hugo.status === 0 ? hugo.stdout.trim() : null,
  };
}

function gitDescription(): string {
  const git = (...args: string[]) => spawnSync('git', ['-C', REPO, ...args], { encoding: 'utf8' }).stdout ?? '';
  const head = git('rev-parse', '--short', 'HEAD').trim() || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json', 'public')
    .split('\n')
    .filter(Boolean);
  return dirty.length
    ? `${head} with uncommitted changes to ${[...new Set(dirty.map((l) => l.slice(3).split('/').slice(0, 2).join('/')))].join(', ')}`
    : head;
}

// ---- the run ---------------------------------------------------------------------

let anchorKit: string | undefined;
const scale: ScaleFigures = { sides: [], dev: [] };

async function measureSize(n: number, runDir: string, logs: string, o: BenchOptions): Promise<SizeResult> {
  const dir = path.join(runDir, `n${n}`);
  say(`N = ${n}: project in ${dir}`);
  makeProject(REPO, dir);
  const corpus = writeProjectCorpus(dir, n);
  say(`  corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${s1(corpus.writeS)} s`);
  // Issue 16: cold builds alternating with Hugo + Pagefind on the same corpus and storage (tools/bench/anchor.ts).
  const side = o.anchor
    ? await sideBySide({
        n,
        reps: o.reps,
        kit: anchorKit!,
        content: path.join(dir, 'content'),
        out: path.join(runDir, `n${n}-hugo`),
        repo: REPO,
        env: cleanEnv(process.env),
        logs,
        project: async (i) => {
          if (i > 0) makeCold(dir);
          return build(dir, 'cold', path.join(logs, `n${n}-cold${i ? `-${i + 1}` : ''}.log`));
        },
        pages: () => countHtmlPages(path.join(dir, 'dist')),
        // One output on the RAM disk at a time: at N = 30,000 both would not fit beside the builds.
        beforeAnchor: () => fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true }),
        say,
      })
    : null;
  if (side) scale.sides.push(side.figures);
  const cold = side ? side.firstProject : await build(dir, 'cold', path.join(logs, `n${n}-cold.log`));
  const warm = cold.exitCode === 0 ? await build(dir, 'warm', path.join(logs, `n${n}-warm.log`)) : null;
  const dist = path.join(dir, 'dist');
  const all = treeSize(dist);
  const pf = treeSize(path.join(dist, 'pagefind'));
  const output = {
    htmlPages: countHtmlPages(dist),
    files: all.files,
    bytes: all.bytes,
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
  };
  const article = articleWeight(dist);
  let search: FirstSearch | null = null;
  let firstSearchError: string | undefined;
  if (cold.exitCode === 0 && fs.existsSync(path.join(dist, 'pagefind'))) {
    try {
      search = await firstSearch(dist, o.query, o.searchTrials);
      say(
        `  first search: ${Math.round(search.ms)} ms, ${(search.pagefindBytesGzip / 1000).toFixed(1)} KB (gzip) under /pagefind/`,
      );
    } catch (e) {
      firstSearchError = (e as Error).message.split('\n')[0];
      say(`  first search failed: ${firstSearchError}`);
    }
  }
  const v = await validate(dir, path.join(logs, `n${n}-validate.log`));
  say(`  validate: ${s1(v.wallS)} s, exit ${v.exitCode}`);
  if (o.devSizes.includes(n)) {
    const d = await measureDev(dir, n, { repo: REPO, env: cleanEnv(process.env), logs });
    scale.dev.push(d);
    say(
      `  watch re-check ${s2(d.validateRecheckS)} s; astro dev ready ${s1(d.devReadyS)} s, edited title served ${s2(d.devEditVisibleS)} s, body ${s2(d.devBodyVisibleS ?? null)} s`,
    );
  }
  if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
  return { n, corpus, cold, warm, output, firstSearch: search, firstSearchError, article, validate: v };
}

async function measureImages(runDir: string, logs: string, o: BenchOptions): Promise<ImagesResult> {
  const dir = path.join(runDir, 'images');
  say(`images: ${o.photos} photos as covers in a ${o.photoCorpus}-article corpus, ${dir}`);
  makeProject(REPO, dir);
  writeCorpus(o.photoCorpus, dir, REPO);
  const cache = path.join(os.tmpdir(), `bang-vang-bench-photos-${PHOTO.width}x${PHOTO.height}`);
  fs.mkdirSync(cache, { recursive: true });
  const articles: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) articles.push(p);
    }
  };
  walk(path.join(dir, 'content', 'articles'));
  articles.sort();
  const chosen = articles.slice(0, o.photos);
  // Drawn once per machine (deterministic), then copied: drawing is not what is measured.
  const t = performance.now();
  const missing = chosen.map((_, i) => i).filter((i) => !fs.existsSync(path.join(cache, `anh-${i + 1}.jpg`)));
  for (let k = 0; k < missing.length; k += 2) {
    await Promise.all(
      missing
        .slice(k, k + 2)
        .map((i) =>
          drawPhoto(
            path.join(cache, `anh-${i + 1}.jpg`),
            `Ảnh thử tải số ${i + 1}`,
            (i * 47) % 360,
            PHOTO.width,
            PHOTO.height,
          ),
        ),
    );
  }
  if (missing.length)
    say(`  drew ${missing.length} photos in ${s1((performance.now() - t) / 1000)} s (kept in ${cache})`);
  let sourceBytes = 0;
  chosen.forEach((file, i) => {
    const name = `${path.basename(file, '.md')}.jpg`;
    fs.copyFileSync(path.join(cache, `anh-${i + 1}.jpg`), path.join(path.dirname(file), name));
    sourceBytes += fs.statSync(path.join(path.dirname(file), name)).size;
    fs.writeFileSync(file, withCover(fs.readFileSync(file, 'utf8'), `./${name}`, `Ảnh minh họa số ${i + 1} của bài`));
  });
  const cold = await build(dir, 'cold', path.join(logs, 'images-cold.log'));
  const warm = cold.exitCode === 0 ? await build(dir, 'warm', path.join(logs, 'images-warm.log')) : null;
  if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
  return {
    photos: chosen.length,
    articles: o.photoCorpus,
    width: PHOTO.width,
    height: PHOTO.height,
    sourceBytes,
    cold,
    warm,
  };
}

async function main(): Promise<number> {
  let o: BenchOptions;
  try {
    o = parseOptions(process.argv.slice(2), {
      out: path.join(REPO, 'docs', 'benchmarks.md'),
      smokeOut: path.join(os.tmpdir(), 'bang-vang-bench-smoke.md'),
    });
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (o.searchQuality === 'only') {
    // The query set alone: seconds, and writes its figures into docs/search.md.
    console.log(await writeQualityReport((line) => say(line)));
    return 0;
  }
  if (o.fromJson) {
    const saved = JSON.parse(fs.readFileSync(o.fromJson, 'utf8')) as ScaleReport;
    fs.writeFileSync(o.out, renderWithScale(saved));
    say(`report re-rendered from ${o.fromJson}: ${path.resolve(o.out)}`);
    return 0;
  }
  if (process.platform !== 'linux') {
    console.error('npm run bench reads /proc: Linux only.');
    return 2;
  }
  const started = performance.now();
  const storage = chooseStorage(o);
  const runDir = fs.mkdtempSync(path.join(storage.dir, 'bang-vang-bench-'));
  const logs = path.join(runDir, 'logs');
  fs.mkdirSync(logs);
  say(
    `sizes ${o.sizes.join(', ')}${o.photos ? `, ${o.photos} photos` : ''}; storage: ${storage.ramDisk ? 'RAM disk' : 'disk'} ${storage.dir} (${storage.fs}); logs in ${logs}`,
  );
  if (!HAS_TIME) say(`${TIME} not found: CPU totals come from /proc samples only`);
  if (o.profile !== undefined)
    return runProfile(o.sizes, o.profile || path.join(runDir, 'profile'), {
      repo: REPO,
      runDir,
      env: cleanEnv(process.env),
      writeCorpus: (n, dir) => writeCorpus(n, dir, REPO),
      say,
    });
  const m = machine(storage);
  if (o.anchor) {
    try {
      anchorKit = prepareKit(findAnchor(REPO), runDir, REPO);
    } catch (e) {
      console.error((e as Error).message);
      return 2;
    }
  }
  const sizes: SizeResult[] = [];
  for (const n of o.sizes) sizes.push(await measureSize(n, runDir, logs, o));
  const failedSide = scale.sides.some((x) => [...x.project, ...x.anchor].some((r) => r.exitCode !== 0));
  const images = o.photos > 0 ? await measureImages(runDir, logs, o) : null;
  const versions: Versions = {
    node: process.version,
    astro: pkgVersion('astro'),
    vite: pkgVersion('vite'),
    pagefind: pkgVersion('pagefind'),
    sharp: pkgVersion('sharp'),
    chromium: chromiumVersion,
    git: gitDescription(),
  };
  const args = process.argv.slice(2).join(' ');
  const report: ScaleReport = {
    scale,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `npm run bench${args ? ` -- ${args}` : ''}`,
    smoke: o.smoke,
    durationS: (performance.now() - started) / 1000,
    machine: m,
    versions,
    sizes,
    images,
  };
  fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
  let quality = '';
  if (o.searchQuality === 'also' && !o.smoke) {
    try {
      quality = `\n## Search quality: the query set (tools/search-quality)\n\n${await writeQualityReport((line) => say(line))}\n`;
    } catch (e) {
      quality = `\n## Search quality\n\nNot measured: ${(e as Error).message}\n`;
    }
  }
  fs.writeFileSync(o.out, renderWithScale(report) + quality);
  if (o.json) fs.writeFileSync(o.json, `${JSON.stringify(report, null, 2)}\n`);
  if (o.smoke && !o.keep) fs.rmSync(runDir, { recursive: true, force: true });
  say(
    `report: ${path.resolve(o.out)}${o.json ? `, figures: ${path.resolve(o.json)}` : ''}${o.smoke && !o.keep ? '' : `; build logs: ${logs}`} (${s1(report.durationS)} s)`,
  );
  const failed =
    [...sizes.flatMap((s) => [s.cold, s.warm]), images?.cold, images?.warm].some((b) => b && b.exitCode !== 0) ||
    sizes.some((s) => s.validate.exitCode !== 0 || !s.firstSearch) ||
    failedSide;
  return failed ? 1 : 0;
}

process.exitCode = await main();
