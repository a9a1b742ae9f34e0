import { describe, expect, it } from 'vitest';
import {
  emptyFacts,
  markerTracker,
  parseTimeOutput,
  phaseBounds,
  phaseStats,
  PHASES,
  readFacts,
  stripAnsi,
  type Marker,
  type Marks,
} from './log.ts';

const E = '\x1b';
/** A build with images, as `astro build` prints it through a pipe (Vite's lines keep their colours). */
const LOG = [
  '13:54:50 [bang-vang] nội dung hợp lệ: 20 bài viết, 100 tập thể/cá nhân',
  '13:54:51 [content] Syncing content',
  '13:54:51 [content] Synced content',
  '13:54:51 [types] Generated 802ms',
  '13:54:51 [build] Collecting build info...',
  '13:54:51 [build] ✓ Completed in 1.08s.',
  '13:54:51 [build] Building static entrypoints...',
  `13:54:51 [vite] ${E}[32m✓ built in 298ms${E}[39m`,
  `13:54:12 [WARN] [vite] ${E}[33m[MODULE_LEVEL_DIRECTIVE] ${E}[0mThe semantics of the module level directive`,
  '',
  ' generating static routes ',
  '13:54:51   ├─ /404.html13:54:51   ├─ /chuyen-muc/hoi-nghi/rss.xml (+17ms) ',
  ' (+8ms) ',
  '13:54:52 ✓ Completed in 458ms.',
  '',
  ' generating optimized images ',
  '13:54:52   ▶ /_astro/a.jLjPRB1l_khEqH.jpg (before: 30kB, after: 6kB) (+16ms) (1/3)',
  '13:54:52   ▶ /_astro/a.jLjPRB1l_Z1i0PYl.webp (reused cache entry) (+1ms) (2/3)',
  '13:54:52   ▶ /_astro/b.bhBwA2iC_5zLNh.webp (revalidated cache entry) (+1ms) (3/3)',
  '13:54:52 ✓ Completed in 612ms.',
  '13:54:52 [build] ✓ Completed in 2.10s.',
  '13:54:52 [bang-vang] 20 bài viết đã đăng, mỗi bài một trang',
  '13:54:52 [bang-vang] ảnh: 60 tệp, không tệp nào mang EXIF/GPS (4 ảnh gốc đã được xoá siêu dữ liệu)',
  '13:54:52 [bang-vang] chỉ mục tìm kiếm: 120 trang (120 cần có) trong 0.2 s song song với dựng trang (nạp 0.0 s, ghi 0.1 s; chờ thêm 0.0 s)',
  '13:54:52 [build] 373 page(s) built in 2.78s',
  '13:54:52 [build] Complete!',
];

function marksOf(lines: string[]): { marks: Marker[]; at: Marks } {
  const track = markerTracker();
  const marks: Marker[] = [];
  const at: Marks = {};
  lines.forEach((line, i) => {
    const m = track(line);
    if (m) {
      marks.push(m);
      at[m] = i;
    }
  });
  return { marks, at };
}

describe('stripAnsi', () => {
  it('removes colour codes and keeps the text', () => {
    expect(stripAnsi(`${E}[2m13:42:07${E}[22m ${E}[34m[bang-vang]${E}[39m x`)).toBe('13:42:07 [bang-vang] x');
    expect(stripAnsi(`${E}[38;5;246m╭${E}[0m`)).toBe('╭');
  });
});

describe('markerTracker', () => {
  it('finds every phase boundary of a build, in order', () => {
    // The integration's own steps come from its timings file, not from its log lines.
    expect(marksOf(LOG).marks).toEqual([
      'synced',
      'entrypoints',
      'routes',
      'routesDone',
      'imagesStart',
      'imagesDone',
      'buildDone',
      'pagesBuilt',
      'complete',
    ]);
  });

  it('does not take "[build] ✓ Completed" of the build-info step, or Vite\'s "✓ built", for the routes step', () => {
    const { at } = marksOf(LOG);
    expect(at.routesDone).toBe(LOG.indexOf('13:54:52 ✓ Completed in 458ms.'));
    expect(at.buildDone).toBe(LOG.indexOf('13:54:52 [build] ✓ Completed in 2.10s.'));
  });

  it('reads coloured lines as well as plain ones', () => {
    const coloured = LOG.map((l) =>
      l
        .replace(/^(\d\d:\d\d:\d\d) (\[[\w-]+\])/, `${E}[2m$1${E}[22m ${E}[34m$2${E}[39m`)
        .replace('✓ Completed', `${E}[32m✓ Completed`),
    );
    expect(marksOf(coloured).marks).toEqual(marksOf(LOG).marks);
  });

  it('without images: no image markers', () => {
    const noImages = LOG.filter((l) => !/optimized images|▶|612ms/.test(l));
    expect(marksOf(noImages).marks).not.toContain('imagesStart');
    expect(marksOf(noImages).marks).not.toContain('imagesDone');
    expect(marksOf(noImages).marks).toContain('buildDone');
  });

  it('reports each marker once', () => {
    const { marks } = marksOf([...LOG, ...LOG]);
    expect(marks.length).toBe(new Set(marks).size);
  });
});

describe('phaseBounds and phaseStats', () => {
  const marks: Marks = {
    validated: 1,
    synced: 2,
    entrypoints: 2.5,
    routes: 4,
    routesDone: 10,
    imagesStart: 10.1,
    imagesDone: 13,
    buildDone: 13.1,
    articlesChecked: 13.2,
    imagesChecked: 14,
    searchDone: 15,
    pagesBuilt: 15.1,
    complete: 15.1,
  };

  it('cuts the run into consecutive phases from start to exit', () => {
    const b = phaseBounds(marks, 16);
    expect(b.validate).toEqual([0, 1]);
    expect(b.content).toEqual([1, 2]);
    expect(b.setup).toEqual([2, 2.5]);
    expect(b.bundle).toEqual([2.5, 4]);
    expect(b.pages).toEqual([4, 10]);
    expect(b.images).toEqual([10.1, 13]);
    expect(b.finish).toEqual([13, 13.2]);
    expect(b.imageMeta).toEqual([13.2, 14]);
    expect(b.search).toEqual([14, 15]);
    expect(b.exit).toEqual([15, 16]);
  });

  it('a build without images has a zero-length image phase; the finish starts when the pages are done', () => {
    const { imagesStart: _a, imagesDone: _b, ...plain } = marks;
    const b = phaseBounds(plain, 16);
    expect(b.images).toEqual([10, 10]);
    expect(b.finish).toEqual([10, 13.2]);
  });

  it('a missing marker leaves its phases unknown, not wrong', () => {
    const { synced: _s, ...rest } = marks;
    const b = phaseBounds(rest, 16);
    expect(b.validate).toEqual([0, 1]);
    expect(b.content).toBeNull();
    expect(b.setup).toBeNull();
    expect(b.bundle).toEqual([2.5, 4]);
  });

  it('CPU per phase is the difference of snapshots; the last phase takes the rest of the total; peak RSS is the largest sample inside (or the nearest)', () => {
    const cpuAt: Marks = {
      validated: 1.5,
      synced: 3,
      entrypoints: 3.5,
      routes: 6,
      routesDone: 16,
      imagesDone: 22,
      articlesChecked: 22.1,
      imagesChecked: 23,
      searchDone: 25,
    };
    const samples = [
      { t: 0, rssKb: 0 },
      { t: 1, rssKb: 1024 },
      { t: 5, rssKb: 4096 },
      { t: 9, rssKb: 2048 },
      { t: 15.5, rssKb: 512 },
    ];
    const st = phaseStats(marks, 16, cpuAt, 26, samples);
    expect(st.validate).toEqual({ wallS: 1, cpuS: 1.5, peakRssMiB: 1 });
    expect(st.content).toEqual({ wallS: 1, cpuS: 1.5, peakRssMiB: 1 });
    expect(st.pages!.cpuS).toBe(10);
    expect(st.pages!.peakRssMiB).toBe(4);
    expect(st.images!.cpuS).toBeNull(); // no snapshot at imagesStart
    expect(st.exit!.cpuS).toBe(1);
    // No sample in [14, 15]: the sample nearest its start (t = 15.5, 512 KiB).
    expect(st.search!.peakRssMiB).toBe(0.5);
    expect(phaseStats(marks, 16, cpuAt, 26, []).search!.peakRssMiB).toBeNull();
  });

  it('every phase the report lists has bounds', () => {
    expect(Object.keys(phaseBounds(marks, 16)).sort()).toEqual(PHASES.map((p) => p.key).sort());
  });
});

describe('readFacts', () => {
  it("counts image transforms and those from the cache, and reads Astro's figures (not the integration's lines)", () => {
    const f = emptyFacts();
    for (const line of LOG) readFacts(f, line);
    expect(f.imageTransforms).toBe(3);
    expect(f.imagesReused).toBe(2);
    expect(f.imageFiles).toBeUndefined();
    expect(f.searchPages).toBeUndefined();
    expect(f.astroPages).toBe(373);
    expect(f.warnings).toBe(1);
    expect(f.errors).toBe(0);
  });
});

describe('parseTimeOutput', () => {
  it('reads /usr/bin/time -f "%e %U %S %M"', () => {
    expect(parseTimeOutput('21.93 14.14 5.26 1187408\n')).toEqual({
      wall: 21.93,
      user: 14.14,
      sys: 5.26,
      maxRssKb: 1187408,
    });
  });
  it('skips the line time adds for a failed command', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n3.10 2.00 0.50 500000\n')?.user).toBe(2);
  });
  it('null for anything else', () => {
    expect(parseTimeOutput('')).toBeNull();
    expect(parseTimeOutput('Command terminated by signal 9')).toBeNull();
  });
});
