/**
 * The editors' tools end to end, on temp copies of the content: `npm run new`,
 * `npm run import` (the five seed pages and legacy-encoded samples),
 * `npm run validate` and its summary line, and the front-matter template that
 * the build never loads. Nothing is written under the repository's content/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeLegacy } from '../tools/editor/legacy-encoding.ts';
import { htmlToText } from '../tools/editor/html-text.ts';
import { parseFrontMatter } from '../src/lib/source/frontmatter.ts';
import { validateContent } from '../src/lib/source/validate.ts';
import { articleSchema } from '../src/schemas/article.ts';
import { todayInVietnam } from '../src/lib/text/dates.ts';
import { SAMPLES } from './fixtures/legacy/tao-mau.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const LEGACY = path.join(REPO, 'tests', 'fixtures', 'legacy');
const SEEDS = path.join(LEGACY, 'seeds');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A temp project with a copy of the repository's content. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-editor-'));
  roots.push(root);
  fs.cpSync(path.join(REPO, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/** One of the scripts, on `root`, as `npm run <script>` runs it. */
function run(script: string, root: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', `${script}.ts`), ...args], {
    cwd: REPO,
    env: { ...process.env, BANG_VANG_ROOT: root, NODE_OPTIONS: '' },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The articles of a project by file, and the problems of the given files. */
function check(root: string, files: string[]) {
  const v = validateContent(root);
  return {
    v,
    problems: v.problems.filter((p) => files.includes(p.file)).map((p) => `${p.file} ${p.field ?? ''} ${p.message}`),
    article: (file: string) => v.set.articles.find((a) => a.file === file),
  };
}

const TITLE = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020';
const SLUG = 'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020';

describe('npm run new', () => {
  it("writes a draft named after the title in this year's folder; a second one gets a distinct slug; both validate", () => {
    const root = project();
    const year = todayInVietnam().slice(0, 4);
    const first = run('new', root, ['hoi-nghi', TITLE]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Đã tạo content/articles/${year}/${SLUG}.md (bản nháp)`);
    const second = run('new', root, ['hoi-nghi', TITLE]);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`Đã tạo content/articles/${year}/${SLUG}-2.md (bản nháp)`);

    const files = [`content/articles/${year}/${SLUG}.md`, `content/articles/${year}/${SLUG}-2.md`];
    const { v, problems, article } = check(root, files);
    expect(problems).toEqual([]);
    expect(v.errors).toBe(0);
    for (const file of files)
      expect(article(file)).toMatchObject({ title: TITLE, date: todayInVietnam(), kind: 'hoi-nghi', draft: true });
  });

  it('dedupes against slugs of every year, not only this one', () => {
    const root = project();
    fs.writeFileSync(
      path.join(root, 'content', 'articles', '2020', `${SLUG}.md`),
      '---\ntitle: Cũ\ndate: 2020-12-30\nkind: tin-tuc\nsummary: Cũ\n---\n\nCũ.\n',
    );
    const r = run('new', root, ['hoi-nghi', TITLE]);
    expect(r.out).toContain(`${SLUG}-2.md`);
  });

  it('refuses an unknown kind with a Vietnamese message listing the kinds', () => {
    const r = run('new', project(), ['bao-cao', TITLE]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Lỗi: chuyên mục "bao-cao" không có — chọn một trong: hoi-nghi (Hội nghị: hội nghị tổng kết, sơ kết), khen-thuong (Khen thưởng: quyết định, lễ trao khen thưởng), phat-dong (Phát động thi đua: phát động thi đua, ký kết giao ước), tin-tuc (Tin tức: tin khác)',
    );
  });

  it('asks for kind and title when run without arguments, asking again after a wrong answer', () => {
    const root = project();
    const r = run('new', root, [], `9\n2\n\nTặng Bằng khen cho Báo Ninh Thuận\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"9" không phải chuyên mục');
    expect(r.out).toContain('tiêu đề đang để trống');
    const year = todayInVietnam().slice(0, 4);
    const file = `content/articles/${year}/tang-bang-khen-cho-bao-ninh-thuan.md`;
    expect(r.out).toContain(`Đã tạo ${file}`);
    expect(check(root, [file]).article(file)).toMatchObject({
      kind: 'khen-thuong',
      title: 'Tặng Bằng khen cho Báo Ninh Thuận',
    });
  });
});

/** What each seed page must give: the title, date and (where the page has them) author and source. */
const SEED_EXPECTED = [
  {
    seed: '000_8182badfb92b0f82.txt',
    title: 'UBND tỉnh Ninh Thuận tổ chức Hội nghị trực tuyến tổng kết công tác Thi đua, Khen thưởng năm 2020',
    date: '2021-03-22',
  },
  {
    seed: '001_0ede12404aa1f482.txt',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 của Khối thi đua số 5',
    date: '2021-03-15',
    author: 'Trịnh Yến',
    source: 'Bộ phận Hành chính-Văn phòng Sở',
  },
  {
    seed: '002_f337dcfed9d6fb45.txt',
    title:
      'Khối thi đua Mặt trận và Đoàn thể tỉnh tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021',
    date: '2021-06-18',
    author: 'Trương Văn Phong',
    source: 'Ban TĐKT',
  },
  // "Ngày 11-12" without a year: 11 December of the year reviewed, reported as a guess.
  {
    seed: '003_f3e44b55cdadee93.txt',
    title: 'Khối thi đua các cơ quan Đảng tỉnh: Tổng kết công tác thi đua, khen thưởng năm 2020',
    date: '2020-12-11',
  },
  // No date line: the date of the first sentence, reported.
  {
    seed: '004_023844a7df853595.txt',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020; phát động và ký kết giao ước thi đua năm 2021',
    date: '2021-03-19',
  },
];

describe('npm run import: the five seed pages', () => {
  const root = project();
  const result = run('import', root, [SEEDS]);
  const written = [...result.out.matchAll(/^✔ (\S+) \(bản nháp\)$/gm)].map((m) => m[1]!);

  it('imports every page as a draft and exits 0', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(written).toHaveLength(5);
    expect(result.out).toContain('Đã nhập 5 bài (bản nháp). Chạy npm run validate để kiểm tra toàn bộ nội dung.');
  });

  it('gives drafts that pass validation with the title, date, author and source of each seed', () => {
    const { v, problems, article } = check(root, written);
    expect(problems).toEqual([]);
    expect(v.errors).toBe(0);
    SEED_EXPECTED.forEach((e, i) => {
      const a = article(written[i]!)!;
      expect(a, e.seed).toBeDefined();
      expect({ title: a.title, date: a.date, author: a.author, source: a.source, draft: a.draft }, e.seed).toEqual({
        title: e.title,
        date: e.date,
        author: e.author,
        source: e.source,
        draft: true,
      });
      expect(a.folderYear).toBe(e.date.slice(0, 4));
      expect(a.summary.length).toBeGreaterThan(20);
      expect(a.cover).toBeUndefined();
    });
  });

  it('reports guessed dates, images and the names the data lacks', () => {
    expect(result.out).toContain(
      'ngày chưa chắc: bài chỉ ghi "ngày 11-12" (hiểu là ngày 11 tháng 12), không có năm — đã đoán 2020-12-11',
    );
    expect(result.out).toContain('trang không có dòng ngày đăng: ngày 2021-03-19 lấy từ câu đầu bài ("19/3/2021")');
    expect(result.out).toContain('    - IMG_3167.jpg — Các đại biểu dự hội nghị');
    expect(result.out).toContain('    - Hoàng Mạnh Thường (cá nhân)');
    expect(result.out).toContain('    - Sở Xây dựng → so-xay-dung-binh-phuoc');
    const text = fs.readFileSync(path.join(root, written[4]!), 'utf8');
    expect(text).toContain('<!-- ảnh: IMG_3167.jpg — Các đại biểu dự hội nghị -->');
    expect(text).not.toMatch(/Skip Ribbon|Skip to main|Thông tin chỉ đạo, điều hành/);
    const seed1 = fs.readFileSync(path.join(root, written[1]!), 'utf8');
    expect(seed1).not.toMatch(
      /Tổng số điểm|Click để đánh giá|Ý kiến bạn đọc|Bạn đã không sử dụng Site|Tác giả bài viết|Nguồn tin:/,
    );
  });

  it('leaves the honoree data alone', () => {
    for (const dir of ['honorees', 'blocs']) {
      for (const name of fs.readdirSync(path.join(REPO, 'content', dir))) {
        expect(fs.readFileSync(path.join(root, 'content', dir, name), 'utf8')).toBe(
          fs.readFileSync(path.join(REPO, 'content', dir, name), 'utf8'),
        );
      }
    }
  });

  it('npm run validate then exits 0 and prints its one-line summary (articles, blocs, honorees, award rows, problems)', () => {
    const r = run('validate', root, []);
    expect(r.code).toBe(0);
    const last = r.out.trimEnd().split('\n').pop()!;
    const before = validateContent(path.join(REPO)).set.articles.length;
    expect(last).toMatch(
      new RegExp(
        `^${before + 5} bài viết \\(\\d+ bản nháp\\), \\d+ khối thi đua, \\d+ tập thể/cá nhân, \\d+ loại khen thưởng, \\d+ lượt khen thưởng — 0 lỗi, \\d+ cảnh báo \\(\\d+\\.\\d s\\)$`,
      ),
    );
  });

  it('a second import of the same pages gives new slugs, never overwriting', () => {
    const again = run('import', root, [path.join(SEEDS, SEED_EXPECTED[1]!.seed)]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(
      /✔ content\/articles\/2021\/hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020-cua-khoi-thi-dua-so-5-2\.md/,
    );
  });
});

describe('npm run import: legacy encodings', () => {
  it('the samples are their Unicode sources encoded with our tables', () => {
    for (const s of SAMPLES) {
      const source = fs.readFileSync(path.join(LEGACY, 'nguon', s.source), 'utf8');
      expect(
        Buffer.compare(fs.readFileSync(path.join(LEGACY, s.sample)), Buffer.from(s.encode(source))),
        s.sample,
      ).toBe(0);
    }
  });

  it('the TCVN3 and VNI samples hold the well-known byte sequences of "Việt Nam"', () => {
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    expect(fs.readFileSync(path.join(LEGACY, 'tcvn3-trang-tin.txt')).includes(latin1('ViÖt Nam'))).toBe(true);
    expect(
      fs.readFileSync(path.join(LEGACY, 'tcvn3-trang-tin.txt')).includes(Buffer.from([0x56, 0x69, 0xd6, 0x74])),
    ).toBe(true);
    expect(fs.readFileSync(path.join(LEGACY, 'vni-trang-tin.html')).includes(latin1('Vieät Nam'))).toBe(true);
    expect(
      fs.readFileSync(path.join(LEGACY, 'vni-trang-tin.html')).includes(Buffer.from([0x56, 0x69, 0x65, 0xe4, 0x74])),
    ).toBe(true);
  });

  it('each sample decodes to exactly its Unicode source', () => {
    const expected = {
      'tcvn3-trang-tin.txt': 'tcvn3',
      'vni-trang-tin.html': 'vni',
      'viqr-trang-tin.txt': 'utf-8',
      'cp1258-trang-tin.htm': 'windows-1258',
    } as Record<string, string>;
    for (const s of SAMPLES) {
      const source = fs.readFileSync(path.join(LEGACY, 'nguon', s.source), 'utf8').normalize('NFC');
      const decoded = decodeLegacy(fs.readFileSync(path.join(LEGACY, s.sample)));
      expect(decoded.encoding, s.sample).toBe(expected[s.sample]);
      if (s.sample.endsWith('.txt')) expect(decoded.text, s.sample).toBe(source);
      else expect(htmlToText(decoded.text).text, s.sample).toBe(htmlToText(source).text);
    }
  });

  it('imports them as correct Unicode drafts that validate', () => {
    const root = project();
    const r = run(
      'import',
      root,
      SAMPLES.map((s) => path.join(LEGACY, s.sample)),
    );
    expect(r.code).toBe(0);
    const written = [...r.out.matchAll(/^✔ (\S+) \(bản nháp\)$/gm)].map((m) => m[1]!);
    expect(written).toHaveLength(4);
    const { problems, v } = check(root, written);
    expect(problems).toEqual([]);
    const byTitle = new Map(v.set.articles.map((a) => [a.title, a]));

    const tcvn3 = byTitle.get('Khối thi đua số 5 ký kết giao ước thi đua năm 2021')!;
    expect(tcvn3).toMatchObject({
      date: '2021-03-19',
      kind: 'phat-dong',
      author: 'Trịnh Yến',
      source: 'Văn phòng Sở',
      draft: true,
    });
    expect(tcvn3.body).toContain(
      'góp phần xây dựng quê hương Việt Nam giàu đẹp. Ông Vương Đức Hòa, trưởng khối năm 2020',
    );
    expect(tcvn3.body).toContain('<!-- ảnh: IMG_0412.jpg — Các đơn vị ký kết giao ước thi đua -->');

    const vni = byTitle.get('Khối thi đua Mặt trận và Đoàn thể tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2021')!;
    expect(vni).toMatchObject({ date: '2021-06-18', kind: 'hoi-nghi', author: 'Trương Văn Phong', source: 'Ban TĐKT' });
    expect(vni.body).toContain(
      'Đến dự có đại diện Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh và Tỉnh đoàn.',
    );
    expect(vni.body).not.toMatch(/Trang chủ|Facebook|Tin A|Các tin khác/);

    expect(byTitle.get('Phát động phong trào thi đua yêu nước năm 2021')).toMatchObject({
      date: '2021-03-22',
      kind: 'phat-dong',
    });
    expect(byTitle.get('Tặng Bằng khen cho Báo Ninh Thuận')).toMatchObject({
      date: '2021-03-29',
      kind: 'khen-thuong',
      source: 'Báo Ninh Thuận',
    });
    expect(r.out).toContain('bảng mã TCVN3 (ABC)');
    expect(r.out).toContain('bảng mã VNI');
    expect(r.out).toContain('VIQR ở 3 dòng');
    expect(r.out).toContain('bảng mã Windows-1258 (CP1258)');
  });

  it('reports files it cannot import and exits 1', () => {
    const root = project();
    const bad = path.join(root, 'rong.txt');
    fs.writeFileSync(bad, 'Sign In\n');
    const r = run('import', root, [bad, path.join(root, 'khong-co.html')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Lỗi: không tìm thấy');
    expect(r.err).toContain('rong.txt: không tìm thấy tiêu đề bài trong tệp');
  });
});

describe('content/articles/_templates/', () => {
  const template = path.join(REPO, 'content', 'articles', '_templates', 'bai-viet.md');

  it('holds a commented template of every field, which the schema accepts', () => {
    const fm = parseFrontMatter(fs.readFileSync(template, 'utf8'));
    if (!fm.ok) throw new Error(fm.message);
    expect(articleSchema.safeParse(fm.data).success).toBe(true);
    const text = fs.readFileSync(template, 'utf8');
    for (const field of Object.keys(articleSchema.shape))
      expect(text, field).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
  });

  it('is never loaded: validation counts only the articles of year folders', () => {
    const root = project();
    const inYears = fs
      .readdirSync(path.join(root, 'content', 'articles'))
      .filter((d) => /^\d{4}$/.test(d))
      .flatMap((d) => fs.readdirSync(path.join(root, 'content', 'articles', d)).filter((f) => /\.mdx?$/.test(f)));
    const v = validateContent(root);
    expect(v.set.articles).toHaveLength(inYears.length);
    expect(v.problems.filter((p) => p.file.includes('_templates'))).toEqual([]);
    // Even a template with errors is never read.
    fs.writeFileSync(path.join(root, 'content', 'articles', '_templates', 'hong.md'), '---\ntitle: [\n---\n');
    expect(validateContent(root).problems.filter((p) => p.file.includes('_templates'))).toEqual([]);
  });
});
