/**
 * zod issues → our problems, through the real content schemas: the exact
 * sentences editors read.
 */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../schemas/article.ts';
import { awardTypeFileSchema } from '../../schemas/award-type.ts';
import { blocSchema } from '../../schemas/bloc.ts';
import { honoreeFileSchema } from '../../schemas/honoree.ts';
import { siteSchema } from '../../schemas/site.ts';
import { formatProblem } from './problem.ts';
import { issueToProblems, type ZodIssueLike } from './zod.ts';

const FILE = 'content/articles/2021/a.md';
const DATE_HINT = ' — cần ngày dạng YYYY-MM-DD, ví dụ 2021-03-15 (không viết ngày/tháng/năm)';

interface Parser {
  safeParse(
    data: unknown,
    params?: { reportInput?: boolean },
  ): { success: boolean; data?: unknown; error?: { issues: unknown[] } };
}

/** Every problem line for `data`, or [] when it is valid. */
function lines(schema: Parser, data: unknown, file = FILE): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error!.issues.flatMap((i) => issueToProblems(file, i as ZodIssueLike)).map(formatProblem);
}

const base = { title: 'Hội nghị tổng kết', date: '2021-03-15', kind: 'hoi-nghi', summary: 'Tóm tắt.' };
const article = (over: Record<string, unknown>) => {
  const data: Record<string, unknown> = { ...base, ...over };
  for (const [k, v] of Object.entries(over)) if (v === undefined) delete data[k];
  return data;
};

describe('article front matter', () => {
  it('accepts a minimal and a full valid article', () => {
    expect(lines(articleSchema, base)).toEqual([]);
    const full = article({
      period: '2016-2020',
      blocs: ['khoi-dang'],
      location: 'Phan Rang',
      author: 'P.V',
      source: 'Báo Ninh Thuận',
      cover: { src: './anh.jpg', alt: 'Toàn cảnh hội nghị', caption: 'Ảnh: P.V' },
      tags: ['tổng kết'],
      awards: [
        {
          award: 'co-thi-dua-ubnd-tinh',
          year: 2020,
          recipients: ['bao-ninh-thuan'],
          decision: '1234/QĐ-UBND',
          decision_date: '2021-03-10',
          reason: 'Hoàn thành xuất sắc',
        },
      ],
      aliases: ['/tin-tuc/ten-cu/', '/tin-tuc/ten-cu-2'],
      draft: false,
    });
    const parsed = articleSchema.safeParse(full);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.awards![0]!.decision_date).toBe('2021-03-10');
  });

  it('missing title', () => {
    expect(lines(articleSchema, article({ title: undefined }))).toEqual([
      `[lỗi] ${FILE} › title: thiếu trường bắt buộc — cần một chuỗi chữ`,
    ]);
  });

  it('blank title', () => {
    expect(lines(articleSchema, article({ title: '   ' }))).toEqual([
      `[lỗi] ${FILE} › title: đang để trống — cần nhập nội dung`,
    ]);
  });

  it('unknown field (a typo of summary)', () => {
    expect(lines(articleSchema, article({ sumary: 'x' }))).toEqual([
      `[lỗi] ${FILE} › sumary: trường này không có trong mô hình nội dung — kiểm tra chính tả tên trường (xem docs/huong-dan-bien-tap.md)`,
    ]);
  });

  it('every unknown field is named', () => {
    expect(lines(articleSchema, article({ tieu_de: 'x', ngay: 'y' })).map((l) => l.split(':')[0])).toEqual([
      `[lỗi] ${FILE} › tieu_de`,
      `[lỗi] ${FILE} › ngay`,
    ]);
  });

  it('bad kind', () => {
    expect(lines(articleSchema, article({ kind: 'tin' }))).toEqual([
      `[lỗi] ${FILE} › kind: nhận "tin", cần một trong: hoi-nghi, khen-thuong, phat-dong, tin-tuc`,
    ]);
  });

  it('summary over 300 characters', () => {
    expect(lines(articleSchema, article({ summary: 'â'.repeat(301) }))).toEqual([
      `[lỗi] ${FILE} › summary: quá dài (301 ký tự) — tối đa 300 ký tự`,
    ]);
    expect(lines(articleSchema, article({ summary: 'â'.repeat(300) }))).toEqual([]);
  });

  it('date written day/month/year', () => {
    expect(lines(articleSchema, article({ date: '15/03/2021' }))).toEqual([
      `[lỗi] ${FILE} › date: nhận "15/03/2021", không phải ngày dạng năm-tháng-ngày${DATE_HINT}`,
    ]);
  });

  it('date that does not exist', () => {
    expect(lines(articleSchema, article({ date: '2021-02-30' }))).toEqual([
      `[lỗi] ${FILE} › date: nhận "2021-02-30": ngày 30 không có trong tháng 2/2021 (tháng này có 28 ngày)${DATE_HINT}`,
    ]);
  });

  it('date written year-day-month', () => {
    expect(lines(articleSchema, article({ date: '2021-15-03' }))).toEqual([
      `[lỗi] ${FILE} › date: nhận "2021-15-03": tháng 15 không tồn tại (tháng phải từ 01 đến 12)${DATE_HINT}`,
    ]);
  });

  it('updated: a date not before the publication date', () => {
    expect(lines(articleSchema, article({ updated: '2021-04-01' }))).toEqual([]);
    expect(lines(articleSchema, article({ updated: '2021-03-15' }))).toEqual([]);
    expect(lines(articleSchema, article({ updated: '2021-03-14' }))).toEqual([
      `[lỗi] ${FILE} › updated: 2021-03-14 trước ngày đăng 2021-03-15 — ngày cập nhật phải từ ngày đăng (date) trở về sau`,
    ]);
    expect(lines(articleSchema, article({ updated: '01/04/2021' }))).toEqual([
      `[lỗi] ${FILE} › updated: nhận "01/04/2021", không phải ngày dạng năm-tháng-ngày${DATE_HINT}`,
    ]);
  });

  it('missing date', () => {
    expect(lines(articleSchema, article({ date: undefined }))).toEqual([
      `[lỗi] ${FILE} › date: thiếu trường bắt buộc — cần ngày dạng YYYY-MM-DD, ví dụ 2021-03-15`,
    ]);
  });

  it('a date-time with a zone becomes the Vietnam date', () => {
    const parsed = articleSchema.safeParse(article({ date: '2021-03-15T20:00:00Z' }));
    expect(parsed.success && parsed.data.date).toBe('2021-03-16');
  });

  it('bad id among the recipients', () => {
    expect(
      lines(
        articleSchema,
        article({ awards: [{ award: 'co-thi-dua', year: 2020, recipients: ['bao-ninh-thuan', 'Báo Ninh Thuận'] }] }),
      ),
    ).toEqual([
      `[lỗi] ${FILE} › awards[0].recipients[1]: "Báo Ninh Thuận" không phải id hợp lệ — cần chữ thường không dấu, số và dấu gạch ngang, ví dụ bao-ninh-thuan`,
    ]);
  });

  it('an award without recipients', () => {
    expect(lines(articleSchema, article({ awards: [{ award: 'co-thi-dua', year: 2020, recipients: [] }] }))).toEqual([
      `[lỗi] ${FILE} › awards[0].recipients: danh sách cần ít nhất 1 mục`,
    ]);
  });

  it('award year written as a string', () => {
    expect(
      lines(articleSchema, article({ awards: [{ award: 'co-thi-dua', year: '2020', recipients: ['a'] }] })),
    ).toEqual([`[lỗi] ${FILE} › awards[0].year: nhận "2020", cần một số`]);
  });

  it('award year out of range or missing', () => {
    expect(lines(articleSchema, article({ awards: [{ award: 'x', year: 1900, recipients: ['a'] }] }))).toEqual([
      `[lỗi] ${FILE} › awards[0].year: nhận 1900, cần số từ 1945 trở lên`,
    ]);
    expect(lines(articleSchema, article({ awards: [{ award: 'x', recipients: ['a'] }] }))).toEqual([
      `[lỗi] ${FILE} › awards[0].year: thiếu trường bắt buộc — cần một số`,
    ]);
  });

  it('a misspelt field inside an award entry', () => {
    expect(
      lines(articleSchema, article({ awards: [{ award: 'x', year: 2020, recipients: ['a'], decison: '1/QĐ' }] })),
    ).toEqual([
      `[lỗi] ${FILE} › awards[0].decison: trường này không có trong mô hình nội dung — kiểm tra chính tả tên trường (xem docs/huong-dan-bien-tap.md)`,
    ]);
  });

  it('period: year, half, range accepted; 2021-H3 and reversed ranges refused', () => {
    for (const period of ['2020', 2020, '2021-H1', '2021-H2', '2016-2020']) {
      const parsed = articleSchema.safeParse(article({ period }));
      expect(parsed.success, String(period)).toBe(true);
      expect(parsed.data!.period).toBe(String(period));
    }
    const hint = 'không phải kỳ hợp lệ — cần một năm (2020), nửa năm (2021-H1) hoặc khoảng năm (2016-2020)';
    expect(lines(articleSchema, article({ period: '2021-H3' }))).toEqual([`[lỗi] ${FILE} › period: "2021-H3" ${hint}`]);
    expect(lines(articleSchema, article({ period: '2020-2016' }))).toEqual([
      `[lỗi] ${FILE} › period: "2020-2016" ${hint}`,
    ]);
    expect(lines(articleSchema, article({ period: '2020-2020' }))).toEqual([
      `[lỗi] ${FILE} › period: "2020-2020" ${hint}`,
    ]);
  });

  it('cover without alt text', () => {
    expect(lines(articleSchema, article({ cover: { src: './a.jpg', alt: '' } }))).toEqual([
      `[lỗi] ${FILE} › cover.alt: đang để trống — cần nhập nội dung`,
    ]);
    expect(lines(articleSchema, article({ cover: { src: './a.jpg' } }))).toEqual([
      `[lỗi] ${FILE} › cover.alt: thiếu trường bắt buộc — cần một chuỗi chữ`,
    ]);
  });

  it('aliases must be lowercase site paths', () => {
    expect(lines(articleSchema, article({ aliases: ['https://old.example/?ItemID=1'] }))).toEqual([
      `[lỗi] ${FILE} › aliases[0]: "https://old.example/?ItemID=1" không phải đường dẫn hợp lệ — cần đường dẫn trên trang này bắt đầu bằng /, chữ thường không dấu, ví dụ /tin-tuc/ten-cu/`,
    ]);
    expect(lines(articleSchema, article({ aliases: ['/Tin-Tuc/x/'] }))).toHaveLength(1);
    expect(lines(articleSchema, article({ aliases: ['/tin-tuc/x', '/index.html', '/a/b/c/'] }))).toEqual([]);
  });

  it('draft must be a boolean', () => {
    expect(lines(articleSchema, article({ draft: 'yes' }))).toEqual([
      `[lỗi] ${FILE} › draft: nhận "yes", cần true hoặc false`,
    ]);
  });

  it('reports several problems of one file together', () => {
    expect(lines(articleSchema, { title: 'x', kind: 'bad', summary: '' }).length).toBe(3);
  });

  it('trims text fields', () => {
    const parsed = articleSchema.safeParse(article({ title: '  Hội nghị  ' }));
    expect(parsed.data!.title).toBe('Hội nghị');
  });
});

describe('other schemas', () => {
  it('honoree file: bad type, and a file that is not a list', () => {
    expect(lines(honoreeFileSchema, [{ id: 'a', name: 'A', type: 'ca_nhan' }], 'content/honorees/x.yaml')).toEqual([
      '[lỗi] content/honorees/x.yaml › [0].type: nhận "ca_nhan", cần một trong: tap-the, ca-nhan',
    ]);
    expect(lines(honoreeFileSchema, { id: 'a' }, 'content/honorees/x.yaml')).toEqual([
      '[lỗi] content/honorees/x.yaml: nhận một đối tượng, cần một danh sách',
    ]);
  });

  // BUG (src/lib/errors/zod.ts): zod wraps a bad record key in an `invalid_key`
  // issue whose Vietnamese message sits in `issue.issues`; issueToProblems has no
  // case for it and prints zod's English "Invalid key in record" instead.
  it('bloc: a head keyed by something other than a four-digit year is explained in Vietnamese', () => {
    expect(lines(blocSchema, { name: 'K', members: ['a'], heads: { 20: 'a' } }, 'content/blocs/k.yaml')).toEqual([
      '[lỗi] content/blocs/k.yaml › heads.20: "20" không phải năm — cần năm bốn chữ số, ví dụ 2021',
    ]);
  });

  it('bloc: a head that is not an id, members non-empty', () => {
    expect(lines(blocSchema, { name: 'K', members: ['a'], heads: { 2021: 'Bad Id' } }, 'content/blocs/k.yaml')).toEqual(
      [
        '[lỗi] content/blocs/k.yaml › heads.2021: "Bad Id" không phải id hợp lệ — cần chữ thường không dấu, số và dấu gạch ngang, ví dụ bao-ninh-thuan',
      ],
    );
    expect(lines(blocSchema, { name: 'K', members: [] }, 'content/blocs/k.yaml')).toEqual([
      '[lỗi] content/blocs/k.yaml › members: danh sách cần ít nhất 1 mục',
    ]);
    expect(
      lines(blocSchema, { name: 'K', members: ['a', 'b'], heads: { 2020: 'a' }, deputies: { 2021: 'b' } }),
    ).toEqual([]);
  });

  it('award types: for must list honoree types, rank an integer', () => {
    const t = { id: 'x', name: 'X', group: 'bang-khen', for: ['tap-the'], level: 'co-so', rank: 1, basis: 'Điều 1' };
    expect(lines(awardTypeFileSchema, [t])).toEqual([]);
    expect(lines(awardTypeFileSchema, [{ ...t, for: ['ho-gia-dinh'] }], 'content/award-types.yaml')).toEqual([
      '[lỗi] content/award-types.yaml › [0].for[0]: nhận "ho-gia-dinh", cần một trong: tap-the, ca-nhan',
    ]);
    expect(lines(awardTypeFileSchema, [{ ...t, rank: 1.5 }], 'content/award-types.yaml')).toEqual([
      '[lỗi] content/award-types.yaml › [0].rank: nhận 1.5, cần một số nguyên',
    ]);
    expect(lines(awardTypeFileSchema, [], 'content/award-types.yaml')).toEqual([
      '[lỗi] content/award-types.yaml: danh sách cần ít nhất 1 mục',
    ]);
  });

  it('site: base_url must be http(s), email must be an address', () => {
    const s = { name: 'C', owner: 'B', province: 'Ninh Thuận', base_url: 'https://x.gov.vn' };
    expect(lines(siteSchema, s)).toEqual([]);
    expect(lines(siteSchema, { ...s, base_url: 'ftp://x.gov.vn' }, 'content/site.yaml')).toEqual([
      '[lỗi] content/site.yaml › base_url: nhận "ftp://x.gov.vn", cần địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://thiduakhenthuong.example.gov.vn',
    ]);
    expect(lines(siteSchema, { ...s, contact: { email: 'không phải thư' } }, 'content/site.yaml')).toEqual([
      '[lỗi] content/site.yaml › contact.email: nhận "không phải thư", cần một địa chỉ thư điện tử',
    ]);
  });
});

describe('issueToProblems on hand-made issues', () => {
  it('uses the prefix path and falls back to the zod message for unknown codes', () => {
    const [p] = issueToProblems('f.yaml', { code: 'weird', path: ['x'], message: 'thông điệp' }, [2]);
    expect(p).toEqual({ file: 'f.yaml', field: '[2].x', line: undefined, message: 'thông điệp', severity: 'error' });
  });

  it('a union issue reports its first branch', () => {
    const [p] = issueToProblems('f.yaml', {
      code: 'invalid_union',
      path: ['period'],
      message: 'u',
      errors: [[{ code: 'invalid_type', path: [], message: 'm', expected: 'string', input: 3 }]],
    });
    expect(formatProblem(p!)).toBe('[lỗi] f.yaml › period: nhận 3, cần một chuỗi chữ');
  });

  it('a whole-file problem has no field', () => {
    const [p] = issueToProblems('f.yaml', {
      code: 'invalid_type',
      path: [],
      message: 'm',
      expected: 'array',
      input: 'x',
    });
    expect(p!.field).toBeUndefined();
  });
});
