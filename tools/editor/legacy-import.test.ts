import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { parseFrontMatter } from '../../src/lib/source/frontmatter.ts';
import {
  escapeMarkdown,
  formatImportReport,
  guessKind,
  imageComment,
  importLegacyPage,
  periodOf,
  summarize,
} from './legacy-import.ts';

const CTX = {
  today: '2025-06-01',
  taken: new Set<string>(),
  honorees: [{ id: 'bao-ninh-thuan', name: 'Báo Ninh Thuận', type: 'tap-the' }],
  blocs: [{ id: 'khoi-5', name: 'Khối thi đua số 5 tỉnh Bình Phước' }],
};
const PAGE = [
  'Sign In',
  '',
  'Tặng Bằng khen cho Báo Ninh Thuận và Sở Y tế',
  '',
  '29/03/2021',
  '',
  'Ngày 26/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho Báo Ninh Thuận và Sở Y tế tỉnh. Khối thi đua số 5 dự lễ trao.',
  'IMG_1.jpg',
  'Ông Nguyễn Văn An trao Bằng khen <b>',
  'Nội dung có *sao* và [ngoặc] và <script>x</script>.',
  'Nguồn tin: Báo Ninh Thuận',
].join('\n');

describe('importLegacyPage', () => {
  it('makes a draft that the content schema accepts, with title, date and source', () => {
    const r = importLegacyPage(Buffer.from(PAGE), 'trang.txt', CTX);
    if (!r.ok) throw new Error(r.message);
    expect(r.path).toBe('content/articles/2021/tang-bang-khen-cho-bao-ninh-thuan-va-so-y-te.md');
    const fm = parseFrontMatter(r.text);
    if (!fm.ok) throw new Error(fm.message);
    expect(fm.data).toEqual({
      title: 'Tặng Bằng khen cho Báo Ninh Thuận và Sở Y tế',
      date: '2021-03-29',
      kind: 'khen-thuong',
      summary:
        'Ngày 26/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho Báo Ninh Thuận và Sở Y tế tỉnh. Khối thi đua số 5 dự lễ trao. Nội dung có *sao* và [ngoặc] và <script>x</script>.',
      source: 'Báo Ninh Thuận',
      draft: true,
    });
    expect(articleSchema.safeParse(fm.data).success).toBe(true);
  });

  it('lists images in comments, escapes markup and never links a missing file', () => {
    const r = importLegacyPage(Buffer.from(PAGE), 'trang.txt', CTX);
    if (!r.ok) throw new Error(r.message);
    const body = r.text.split('\n---\n')[1]!;
    expect(body).toContain('<!-- ảnh: IMG_1.jpg — Ông Nguyễn Văn An trao Bằng khen b -->');
    expect(body).toContain('Nội dung có \\*sao\\* và \\[ngoặc\\] và \\<script\\>x\\</script\\>.');
    expect(body).not.toMatch(/!\[|<img|cover:/);
  });

  it('reports the names the data lacks and suggests the bloc, without adding anything', () => {
    const r = importLegacyPage(Buffer.from(PAGE), 'trang.txt', CTX);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.unknown.map((m) => m.text)).toEqual(['Sở Y tế tỉnh', 'Nguyễn Văn An']);
    expect(r.report.known.map((m) => [m.text, m.matches])).toEqual([
      ['Báo Ninh Thuận', ['bao-ninh-thuan']],
      ['Khối thi đua số 5', ['khoi-5']],
    ]);
    expect(r.text).toContain('#   - Sở Y tế tỉnh (tập thể)\n');
    expect(r.text).toContain('# blocs: [khoi-5]');
    expect(r.text).not.toMatch(/^blocs:/m);
    const report = formatImportReport(r.path, r.report);
    expect(report).toContain('chưa có trong dữ liệu');
    expect(report).toContain('    - Báo Ninh Thuận → bao-ninh-thuan');
  });

  it('gives a distinct slug when the title is taken', () => {
    const r = importLegacyPage(Buffer.from(PAGE), 'trang.txt', {
      ...CTX,
      taken: new Set(['tang-bang-khen-cho-bao-ninh-thuan-va-so-y-te']),
    });
    expect(r.ok && r.slug).toBe('tang-bang-khen-cho-bao-ninh-thuan-va-so-y-te-2');
  });

  it('refuses a file with no title or no text', () => {
    expect(importLegacyPage(Buffer.from('Sign In\n\n'), 'a.txt', CTX)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/tiêu đề/),
    });
    expect(importLegacyPage(Buffer.from('Một tiêu đề đủ dài ở đây\nCác tin khác'), 'a.txt', CTX)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/nội dung/),
    });
  });
});

describe('guesses', () => {
  it('guesses the kind from the headline', () => {
    expect(guessKind('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020')).toBe('hoi-nghi');
    expect(guessKind('Khối thi đua các cơ quan Đảng tỉnh: Sơ kết 6 tháng')).toBe('hoi-nghi');
    expect(guessKind('Tặng Bằng khen cho Báo Ninh Thuận')).toBe('khen-thuong');
    expect(guessKind('Kế hoạch công tác thi đua, khen thưởng năm 2021')).toBe('tin-tuc');
    expect(guessKind('Tăng cường công tác thi đua')).toBe('tin-tuc');
    expect(guessKind('Ký kết giao ước thi đua năm 2021')).toBe('phat-dong');
  });

  it('reads the period of the headline', () => {
    expect(periodOf('Sơ kết 6 tháng đầu năm 2021')).toBe('2021-H1');
    expect(periodOf('Tổng kết giai đoạn 2016 - 2020')).toBe('2016-2020');
    expect(periodOf('Tổng kết năm 2020; phát động năm 2021')).toBe('2020');
    expect(periodOf('Tin mới')).toBeUndefined();
  });

  it('summarises in whole sentences, at most 300 characters', () => {
    const long = 'Câu một rất dài '.repeat(30).trim();
    expect(summarize([{ type: 'paragraph', text: 'Câu một. Câu hai.' }])).toBe('Câu một. Câu hai.');
    const cut = summarize([{ type: 'paragraph', text: `${long}. Câu hai.` }])!;
    expect([...cut].length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('…')).toBe(true);
    expect(summarize([])).toBeUndefined();
  });

  it('writes image comments that cannot end early', () => {
    expect(imageComment({ src: 'a.jpg', name: 'a.jpg', caption: 'x --> y' })).toBe('<!-- ảnh: a.jpg — x – y -->');
    expect(escapeMarkdown('# 1) a_b & c &amp;')).toBe('\\# 1) a\\_b & c \\&amp;');
  });
});
