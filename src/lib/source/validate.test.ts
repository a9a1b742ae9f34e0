/**
 * The whole content check on small content trees written to a temp folder:
 * each defect must come back as one problem naming the file (repo-relative)
 * and the field, in plain Vietnamese.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../errors/problem.ts';
import { rememberFiles } from './read.ts';
import { summaryLine, validateContent, validateOnce, type Validation } from './validate.ts';

type Files = Record<string, string | Uint8Array | null>;

const SITE = `name: Cổng thông tin thi đua – khen thưởng
owner: Ban Thi đua – Khen thưởng tỉnh Ninh Thuận
province: Ninh Thuận
base_url: https://thiduakhenthuong.example.gov.vn
`;

const AWARD_TYPES = `- id: co-thi-dua-ubnd-tinh
  name: Cờ thi đua của Ủy ban nhân dân tỉnh
  group: danh-hieu-thi-dua
  for: [tap-the]
  level: bo-nganh-tinh
  rank: 100
  basis: Điều 26 Luật Thi đua, khen thưởng 2022
- id: bang-khen-chu-tich-ubnd-tinh
  name: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
  group: bang-khen
  for: [tap-the, ca-nhan]
  level: bo-nganh-tinh
  rank: 200
  basis: Điều 72 Luật Thi đua, khen thưởng 2022
`;

const COLLECTIVES = `- id: bao-ninh-thuan
  name: Báo Ninh Thuận
  type: tap-the
  formerly: [Báo Thuận Hải]
- id: van-phong-tinh-uy
  name: Văn phòng Tỉnh ủy
  type: tap-the
`;

const PEOPLE = `- id: nguyen-van-an
  name: Nguyễn Văn An
  type: ca-nhan
  parent: bao-ninh-thuan
  position: Phóng viên
`;

const BLOC = `name: Khối thi đua các cơ quan Đảng tỉnh
members: [bao-ninh-thuan, van-phong-tinh-uy]
heads:
  2020: bao-ninh-thuan
deputies: { 2020: van-phong-tinh-uy }
`;

function article(
  extra = '',
  { date = '2021-03-15', kind = 'khen-thuong', body = '\nThân bài của tin.\n' } = {},
): string {
  return `---\ntitle: Tiêu đề bài viết\ndate: ${date}\nkind: ${kind}\nsummary: Tóm tắt ngắn.\n${extra}---\n${body}`;
}

const AWARDS = `awards:
  - award: co-thi-dua-ubnd-tinh
    year: 2020
    recipients: [bao-ninh-thuan]
    decision: "1234/QĐ-UBND"
    decision_date: 2021-03-10
  - award: bang-khen-chu-tich-ubnd-tinh
    year: 2020
    recipients: [van-phong-tinh-uy, nguyen-van-an]
`;

/** A small, valid content tree. */
const VALID: Files = {
  'content/site.yaml': SITE,
  'content/award-types.yaml': AWARD_TYPES,
  'content/honorees/tap-the.yaml': COLLECTIVES,
  'content/honorees/ca-nhan.yaml': PEOPLE,
  'content/blocs/khoi-co-quan-dang.yaml': BLOC,
  'content/articles/2021/tong-ket-thi-dua-2020.md': article(
    `blocs: [khoi-co-quan-dang]\ncover: { src: ./tong-ket.jpg, alt: Toàn cảnh hội nghị }\naliases: [/tin-tuc/ten-cu/]\n${AWARDS}`,
  ),
  'content/articles/2021/tong-ket.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
  'content/articles/2020/phat-dong-thi-dua.mdx': article('', {
    date: '2020-02-03',
    kind: 'phat-dong',
    body: 'Phát động thi đua.\n\n<Callout title="Lưu ý">Các thành phần có sẵn, không cần import.</Callout>\n',
  }),
  'content/articles/2021/ban-nhap.md': article('draft: true\n', { kind: 'tin-tuc' }),
  'content/articles/_templates/mau.md': 'không phải bài viết, không được đọc',
};

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** Write the valid tree with `changes` applied (null deletes a file) and validate it. */
function run(changes: Files = {}): Validation & { root: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-test-'));
  roots.push(root);
  for (const [rel, text] of Object.entries({ ...VALID, ...changes })) {
    if (text === null) continue;
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return { ...validateContent(root), root };
}

type Plain = Pick<Problem, 'file' | 'field' | 'line' | 'message'>;
const plain = (p: Problem): Plain => ({ file: p.file, field: p.field, line: p.line, message: p.message });
const errorsOf = (v: Validation) => v.problems.filter((p) => p.severity === 'error').map(plain);
const warningsOf = (v: Validation) => v.problems.filter((p) => p.severity === 'warning').map(plain);
const err = (file: string, field: string | undefined, message: string, line?: number): Plain => ({
  file,
  field,
  line,
  message,
});

const A = 'content/articles/2021/tong-ket-thi-dua-2020.md';

describe('a valid content tree', () => {
  it('has no errors and no warnings', () => {
    const v = run();
    expect(v.problems.map(formatProblem)).toEqual([]);
    expect(v.errors).toBe(0);
    expect(v.warnings).toBe(0);
  });

  it('reads everything, drafts included, and skips _templates/', () => {
    const v = run();
    expect(v.set.articles.map((a) => a.slug).sort()).toEqual([
      'ban-nhap',
      'phat-dong-thi-dua',
      'tong-ket-thi-dua-2020',
    ]);
    expect(v.set.honorees.map((h) => h.id).sort()).toEqual(['bao-ninh-thuan', 'nguyen-van-an', 'van-phong-tinh-uy']);
    expect(v.set.blocs.map((b) => b.id)).toEqual(['khoi-co-quan-dang']);
    expect(v.set.awardTypes).toHaveLength(2);
    expect(v.files).toBe(8); // 2 settings files + 2 honoree files + 1 bloc + 3 articles; the image and _templates/ are not read
  });

  it('keeps an unquoted date as written and records where each article came from', () => {
    const a = run().set.articles.find((x) => x.slug === 'tong-ket-thi-dua-2020')!;
    expect(a.date).toBe('2021-03-15');
    expect(a.awards![0]!.decision_date).toBe('2021-03-10');
    expect(a).toMatchObject({ file: A, format: 'md', folderYear: '2021' });
    expect(a.body).toBe('\nThân bài của tin.\n');
  });

  it('accepts BOM, CRLF and NFD text, and stores NFC', () => {
    const nfd = `\uFEFF${PEOPLE.replace('Nguyễn Văn An', 'Nguyễn Văn An'.normalize('NFD')).replace(/\n/g, '\r\n')}`;
    const v = run({ 'content/honorees/ca-nhan.yaml': nfd });
    expect(errorsOf(v)).toEqual([]);
    expect(v.set.honorees.find((h) => h.id === 'nguyen-van-an')!.name).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('summarises the run in one line', () => {
    const v = run();
    expect(summaryLine(v, 1234)).toBe(
      '3 bài viết (1 bản nháp), 1 khối thi đua, 3 tập thể/cá nhân, 2 loại khen thưởng, 3 lượt khen thưởng — 0 lỗi, 0 cảnh báo (1.2 s)',
    );
  });

  it('validateOnce caches per root unless asked for a fresh run', () => {
    const v = run();
    const first = validateOnce(v.root);
    expect(validateOnce(v.root)).toBe(first);
    expect(validateOnce(v.root, true)).not.toBe(first);
  });
});

describe('references between files', () => {
  it('unknown award id', () => {
    const v = run({ [A]: article(AWARDS.replace('award: co-thi-dua-ubnd-tinh', 'award: co-thi-dua-tinh')) });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'awards[0].award',
        'không có loại khen thưởng nào có id "co-thi-dua-tinh" — cần một id trong content/award-types.yaml',
      ),
    ]);
  });

  it('unknown honoree id', () => {
    const v = run({
      [A]: article(AWARDS.replace('[van-phong-tinh-uy, nguyen-van-an]', '[van-phong-tinh-uy, nguyen-van-ann]')),
    });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'awards[1].recipients[1]',
        'không có tập thể hay cá nhân nào có id "nguyen-van-ann" — thêm vào content/honorees/ hoặc sửa id',
      ),
    ]);
  });

  it('unknown bloc id', () => {
    const v = run({ [A]: article('blocs: [khoi-co-quan-dang, khoi-doan-the]\n') });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'blocs[1]',
        'không có khối thi đua nào có id "khoi-doan-the" — cần tên một tệp trong content/blocs/ (không có đuôi .yaml)',
      ),
    ]);
  });

  it('an award given to a recipient type it does not allow (Cờ thi đua → individual)', () => {
    const v = run({
      [A]: article(AWARDS.replace('recipients: [bao-ninh-thuan]', 'recipients: [bao-ninh-thuan, nguyen-van-an]')),
    });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'awards[0].recipients[1]',
        '"Cờ thi đua của Ủy ban nhân dân tỉnh" không trao cho cá nhân ("Nguyễn Văn An" là cá nhân) — loại này chỉ dành cho: tập thể (bài ghi: recipients "nguyen-van-an", award "co-thi-dua-ubnd-tinh")',
      ),
    ]);
  });

  it('the same recipient twice in one award', () => {
    const v = run({
      [A]: article(AWARDS.replace('recipients: [bao-ninh-thuan]', 'recipients: [bao-ninh-thuan, bao-ninh-thuan]')),
    });
    expect(errorsOf(v)).toEqual([
      err(A, 'awards[0].recipients', '"bao-ninh-thuan" được ghi hai lần trong cùng một khen thưởng'),
    ]);
  });

  it('still checks references of an article whose front matter has other errors', () => {
    const v = run({ [A]: article('blocs: [khoi-khong-co]\n', { kind: 'tin-tuc-moi' }) });
    expect(errorsOf(v)).toEqual([
      err(A, 'kind', 'nhận "tin-tuc-moi", cần một trong: hoi-nghi, khen-thuong, phat-dong, tin-tuc'),
      err(
        A,
        'blocs[0]',
        'không có khối thi đua nào có id "khoi-khong-co" — cần tên một tệp trong content/blocs/ (không có đuôi .yaml)',
      ),
    ]);
  });

  it('checks a draft like any article', () => {
    const v = run({ 'content/articles/2021/ban-nhap.md': article('draft: true\nblocs: [khoi-x]\n') });
    expect(errorsOf(v)).toEqual([
      err(
        'content/articles/2021/ban-nhap.md',
        'blocs[0]',
        'không có khối thi đua nào có id "khoi-x" — cần tên một tệp trong content/blocs/ (không có đuôi .yaml)',
      ),
    ]);
  });
});

describe('blocs and honorees', () => {
  const B = 'content/blocs/khoi-co-quan-dang.yaml';

  it('a bloc head who is not a member', () => {
    const v = run({ [B]: BLOC.replace('2020: bao-ninh-thuan', '2020: bao-ninh-thuan\n  2021: nguyen-van-an') });
    expect(errorsOf(v)).toEqual([
      err(B, 'heads.2021', '"nguyen-van-an" không phải thành viên của khối — trưởng khối phải có trong members'),
    ]);
  });

  it('a deputy who is not a member, and one who is also head', () => {
    const v = run({
      [B]: BLOC.replace('deputies: { 2020: van-phong-tinh-uy }', 'deputies: { 2020: bao-ninh-thuan, 2021: ai-do }'),
    });
    expect(errorsOf(v)).toEqual([
      err(B, 'deputies.2021', '"ai-do" không phải thành viên của khối — phó khối phải có trong members'),
      err(B, 'deputies.2020', '"bao-ninh-thuan" vừa là trưởng khối vừa là phó khối năm 2020'),
    ]);
  });

  it('a bloc member that is unknown or an individual', () => {
    const v = run({
      [B]: BLOC.replace(
        'members: [bao-ninh-thuan, van-phong-tinh-uy]',
        'members: [bao-ninh-thuan, van-phong-tinh-uy, nguyen-van-an, so-y-te]',
      ),
    });
    expect(errorsOf(v)).toEqual([
      err(B, 'members[2]', '"nguyen-van-an" là cá nhân — thành viên khối thi đua phải là tập thể'),
      err(B, 'members[3]', 'không có đơn vị nào có id "so-y-te" — cần id của một tập thể trong content/honorees/'),
    ]);
  });

  it('a bloc file whose name is not an id', () => {
    const v = run({ 'content/blocs/Khối Đảng.yaml': BLOC });
    expect(errorsOf(v)).toEqual([
      err(
        'content/blocs/Khối Đảng.yaml',
        undefined,
        'tên tệp "Khối Đảng.yaml" không dùng làm id được — cần chữ thường không dấu và dấu gạch ngang, ví dụ khoi-co-quan-dang.yaml',
      ),
    ]);
  });

  it('the same honoree id in two files names both files', () => {
    const v = run({
      'content/honorees/them.yaml': '- id: bao-ninh-thuan\n  name: Báo Ninh Thuận (trùng)\n  type: tap-the\n',
    });
    const specific = err(
      'content/honorees/them.yaml',
      '[0].id',
      'id "bao-ninh-thuan" đã dùng cho "Báo Ninh Thuận" ở content/honorees/tap-the.yaml[0] — mỗi id chỉ dùng một lần, kể cả giữa các tệp',
    );
    expect(errorsOf(v)).toContainEqual(specific);
    // The page-path check also sees two honoree pages on one URL.
    expect(errorsOf(v).filter((p) => p !== specific && p.file !== 'content/')).toEqual([specific]);
  });

  it('a honorees file may hold one honoree as a mapping (one file per honoree, as the web editor writes)', () => {
    const v = run({
      'content/honorees/so-noi-vu.yaml':
        'id: so-noi-vu\nname: Sở Nội vụ\ntype: tap-the\nformerly: [Sở Tổ chức chính quyền]\n',
    });
    expect(v.problems.map(formatProblem)).toEqual([]);
    const h = v.set.honorees.find((x) => x.id === 'so-noi-vu')!;
    expect(h).toMatchObject({ name: 'Sở Nội vụ', type: 'tap-the', file: 'content/honorees/so-noi-vu.yaml' });
    expect(h.index).toBeUndefined();
    // List files keep their positions.
    expect(v.set.honorees.find((x) => x.id === 'bao-ninh-thuan')!.index).toBe(0);
  });

  it('a one-honoree file names its fields without a list position', () => {
    const F = 'content/honorees/mot.yaml';
    const v = run({ [F]: 'id: mot\nname: Một\ntype: tap-the\nparent: khong-co\nposition: Giám đốc\nsdt: 1\n' });
    expect(errorsOf(v).map((p) => p.field)).toEqual(['sdt']);
    const v2 = run({ [F]: 'id: mot\nname: Một\ntype: tap-the\nparent: khong-co\n' });
    expect(errorsOf(v2)).toEqual([
      err(F, 'parent', 'không có đơn vị nào có id "khong-co" — cần id của một tập thể trong content/honorees/'),
    ]);
    const v3 = run({ [F]: 'id: bao-ninh-thuan\nname: Báo (trùng)\ntype: tap-the\n' });
    expect(errorsOf(v3)).toContainEqual(
      err(
        'content/honorees/tap-the.yaml',
        '[0].id',
        'id "bao-ninh-thuan" đã dùng cho "Báo (trùng)" ở content/honorees/mot.yaml — mỗi id chỉ dùng một lần, kể cả giữa các tệp',
      ),
    );
  });

  it('a honorees file that is neither a list nor a mapping is refused', () => {
    const v = run({ 'content/honorees/sai.yaml': '"chỉ một dòng chữ"\n' });
    expect(errorsOf(v)).toEqual([
      err('content/honorees/sai.yaml', undefined, 'nhận "chỉ một dòng chữ", cần một danh sách'),
    ]);
  });

  it('an honoree whose parent is unknown, an individual, or itself', () => {
    const people = `${PEOPLE}- id: tran-thi-b
  name: Trần Thị B
  type: ca-nhan
  parent: nguyen-van-an
- id: to-chuc-x
  name: Tổ chức X
  type: tap-the
  parent: to-chuc-x
- id: le-van-c
  name: Lê Văn C
  type: ca-nhan
  parent: khong-co
`;
    const F = 'content/honorees/ca-nhan.yaml';
    expect(errorsOf(run({ [F]: people }))).toEqual([
      err(F, '[1].parent', '"nguyen-van-an" là cá nhân — đơn vị chủ quản phải là một tập thể'),
      err(F, '[2].parent', 'đơn vị chủ quản tạo thành vòng lặp (to-chuc-x → … → to-chuc-x)'),
      err(F, '[3].parent', 'không có đơn vị nào có id "khong-co" — cần id của một tập thể trong content/honorees/'),
    ]);
  });

  it('a position on a collective', () => {
    const F = 'content/honorees/tap-the.yaml';
    const v = run({
      [F]: COLLECTIVES.replace('  type: tap-the\n  formerly', '  type: tap-the\n  position: Tổng biên tập\n  formerly'),
    });
    expect(errorsOf(v)).toEqual([
      err(F, '[0].position', 'chức vụ chỉ dùng cho cá nhân (type: ca-nhan) — xoá trường này hoặc sửa type'),
    ]);
  });

  it('an honoree name with a citizen ID number or a phone number, masked in the message', () => {
    const F = 'content/honorees/ca-nhan.yaml';
    const people = `${PEOPLE}- id: tran-thi-b
  name: Trần Thị B 079123456789
  type: ca-nhan
- id: le-van-c
  name: Lê Văn C
  type: ca-nhan
  formerly: [Lê C, "Lê Văn C (0912 345 678)"]
`;
    const v = run({ [F]: people });
    expect(errorsOf(v)).toEqual([
      err(
        F,
        '[1].name',
        'có dãy số giống số căn cước công dân (07********89) — không đăng số định danh cá nhân; hãy xoá dãy số này',
      ),
      err(
        F,
        '[2].formerly[1]',
        'có dãy số giống số điện thoại (09******78) — không đăng số điện thoại cá nhân; hãy xoá dãy số này',
      ),
    ]);
    const report = v.problems.map(formatProblem).join('\n');
    expect(report).not.toContain('079123456789');
    expect(report).not.toContain('345');
  });

  it('a honorees file that is empty is allowed; one that is neither a list nor a mapping is refused', () => {
    expect(errorsOf(run({ 'content/honorees/trong.yaml': '# chưa có ai\n' }))).toEqual([]);
    // A mapping is one honoree (content-model.md): accepted since the web editor writes one file per honoree.
    expect(errorsOf(run({ 'content/honorees/sai.yaml': 'id: a\nname: A\ntype: tap-the\n' }))).toEqual([]);
  });
});

describe('slugs, aliases and URLs', () => {
  it('the same slug in 2020/ and 2021/', () => {
    const v = run({ 'content/articles/2020/tong-ket-thi-dua-2020.md': article('', { date: '2020-12-30' }) });
    const specific = err(
      A,
      undefined,
      'tên tệp (slug) "tong-ket-thi-dua-2020" đã dùng cho bài content/articles/2020/tong-ket-thi-dua-2020.md — slug phải khác nhau giữa mọi năm, vì địa chỉ bài là /tin-tuc/<slug>/',
    );
    expect(errorsOf(v)).toContainEqual(specific);
    expect(errorsOf(v).filter((p) => p.file !== 'content/')).toEqual([specific]);
  });

  it('an alias that is the address of another article', () => {
    const v = run({ [A]: article('aliases: [/tin-tuc/phat-dong-thi-dua/]\n') });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'aliases[0]',
        '"/tin-tuc/phat-dong-thi-dua/" là địa chỉ của một trang đang có — đường dẫn cũ không được trùng trang nào',
      ),
    ]);
  });

  it('an alias on a listing page, with or without the final slash', () => {
    const v = run({ [A]: article('aliases: [/khoi-thi-dua/khoi-co-quan-dang, /rss.xml]\n') });
    expect(errorsOf(v).map((p) => p.field)).toEqual(['aliases[0]', 'aliases[1]']);
  });

  it('an alias on the page of a draft (publishing it later must not collide)', () => {
    const v = run({ [A]: article('aliases: [/tin-tuc/ban-nhap/]\n') });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'aliases[0]',
        '"/tin-tuc/ban-nhap/" là địa chỉ của một trang đang có — đường dẫn cũ không được trùng trang nào',
      ),
    ]);
  });

  it('two articles claiming the same alias', () => {
    const M = 'content/articles/2020/phat-dong-thi-dua.mdx';
    const v = run({ [M]: article('aliases: [/tin-tuc/ten-cu]\n', { date: '2020-02-03', kind: 'phat-dong' }) });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'aliases[0]',
        '"/tin-tuc/ten-cu/" đã là đường dẫn cũ của content/articles/2020/phat-dong-thi-dua.mdx — mỗi đường dẫn cũ chỉ chuyển về một bài',
      ),
    ]);
  });

  it('a file name made only of digits would shadow a listing page', () => {
    const v = run({ 'content/articles/2021/2.md': article() });
    expect(errorsOf(v)).toEqual([
      err(
        'content/articles/2021/2.md',
        undefined,
        'tên tệp "2.md" chỉ gồm chữ số, sẽ trùng với trang danh sách /tin-tuc/2/ — thêm chữ vào tên tệp',
      ),
    ]);
  });

  it('a file name that is not a slug', () => {
    const v = run({ 'content/articles/2021/Hội nghị.md': article() });
    expect(errorsOf(v)).toEqual([
      err(
        'content/articles/2021/Hội nghị.md',
        undefined,
        'tên tệp "Hội nghị.md" không dùng làm địa chỉ được — cần chữ thường không dấu, số và dấu gạch ngang, ví dụ hoi-nghi-tong-ket-nam-2020.md',
      ),
    ]);
  });

  it('articles outside a year folder', () => {
    const v = run({ 'content/articles/lac.md': article(), 'content/articles/nam-2021/x.md': article() });
    expect(errorsOf(v)).toEqual([
      err(
        'content/articles/lac.md',
        undefined,
        'bài viết phải nằm trong thư mục năm — chuyển vào content/articles/<năm>/',
      ),
      err(
        'content/articles/nam-2021',
        undefined,
        'thư mục bài viết phải mang tên một năm bốn chữ số, ví dụ content/articles/2021/',
      ),
    ]);
  });
});

describe('covers, bodies, files', () => {
  it('a logo in site.yaml is checked like any image, beside site.yaml', () => {
    expect(
      errorsOf(
        run({
          'content/site.yaml': `${SITE}logo: ./logo.jpg\n`,
          'content/logo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
        }),
      ),
    ).toEqual([]);
    // The logo is read: no "not part of the content model" warning for it, one for a stray image beside it.
    const files = run({
      'content/site.yaml': `${SITE}logo: ./logo.jpg\n`,
      'content/logo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
      'content/khac.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    })
      .problems.filter((p) => p.severity === 'warning')
      .map((p) => p.file);
    expect(files).toEqual(['content/khac.jpg']);
    expect(errorsOf(run({ 'content/site.yaml': `${SITE}logo: ./khong-co.png\n` }))).toEqual([
      err('content/site.yaml', 'logo', 'không tìm thấy ảnh "./khong-co.png" — đường dẫn tính từ thư mục content/'),
    ]);
    expect(errorsOf(run({ 'content/site.yaml': `${SITE}logo: https://cdn.example/logo.png\n` }))[0]?.field).toBe(
      'logo',
    );
  });

  it('a cover image that does not exist', () => {
    const v = run({ [A]: article('cover: { src: ./khong-co.jpg, alt: Ảnh }\n') });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'cover.src',
        'không tìm thấy ảnh "./khong-co.jpg" — đường dẫn tính từ thư mục của bài (content/articles/2021/)',
      ),
    ]);
  });

  it('a cover that is not an image', () => {
    const v = run({
      [A]: article('cover: { src: ./tai-lieu.pdf, alt: Ảnh }\n'),
      'content/articles/2021/tai-lieu.pdf': '%PDF',
    });
    expect(errorsOf(v)).toEqual([
      err(
        A,
        'cover.src',
        '"./tai-lieu.pdf" không phải loại ảnh được hỗ trợ — cần JPEG, PNG, WebP, AVIF, GIF, SVG, TIFF',
      ),
    ]);
  });

  it('a cover with empty alt text', () => {
    const v = run({ [A]: article('cover: { src: ./tong-ket.jpg, alt: "" }\n') });
    expect(errorsOf(v)).toEqual([err(A, 'cover.alt', 'đang để trống — cần nhập nội dung')]);
  });

  it('an article with no body', () => {
    const v = run({ [A]: article('', { body: '\n   \n' }) });
    expect(errorsOf(v)).toEqual([
      err(A, undefined, 'bài viết không có nội dung — viết thân bài dưới dòng --- thứ hai'),
    ]);
  });

  it('a file that is not valid UTF-8, with its line', () => {
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Hội nghị\nsummary: Tóm t'),
      Buffer.from([0xe1, 0x0a]),
      Buffer.from('---\n'),
    ]);
    const v = run({ [A]: bytes });
    const offset = Buffer.from('---\ntitle: Hội nghị\nsummary: Tóm t').length;
    expect(errorsOf(v)).toEqual([
      err(
        A,
        undefined,
        `tệp không phải văn bản UTF-8 hợp lệ (byte ${offset} không đọc được) — lưu lại tệp với bảng mã UTF-8`,
        3,
      ),
    ]);
  });

  it('a YAML file that is not valid UTF-8', () => {
    const v = run({
      'content/honorees/tap-the.yaml': Buffer.concat([
        Buffer.from('- id: a\n  name: B'),
        Buffer.from([0xe1]),
        Buffer.from('o\n'),
      ]),
    });
    expect(errorsOf(v).map((p) => [p.file, p.line])).toContainEqual(['content/honorees/tap-the.yaml', 2]);
  });

  it('a YAML syntax error in front matter names the file', () => {
    const v = run({ [A]: '---\ntitle: Hội nghị\ndate: [2021-03-15\n---\nThân bài.\n' });
    const errors = errorsOf(v);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(A);
    expect(errors[0]!.message).toMatch(/^YAML sai cú pháp \(.+\)/);
  });

  it('a duplicate key in a bloc file names the file', () => {
    const B = 'content/blocs/khoi-co-quan-dang.yaml';
    const errors = errorsOf(run({ [B]: `${BLOC}name: Tên khác\n` }));
    expect(errors[0]!.file).toBe(B);
    expect(errors[0]!.field).toBeUndefined();
    expect(errors[0]!.message).toMatch(/^một khoá xuất hiện hai lần/);
    // The bloc is then unknown to the article that names it.
    expect(errors.slice(1)).toEqual([
      err(
        A,
        'blocs[0]',
        'không có khối thi đua nào có id "khoi-co-quan-dang" — cần tên một tệp trong content/blocs/ (không có đuôi .yaml)',
      ),
    ]);
  });

  // BUG (src/lib/source/yaml.ts): YAML errors never carry a line (prettyErrors:
  // false leaves the yaml library's linePos empty), so the editor is not told
  // where in the file the mistake is.
  it('a YAML syntax error gives the line in the file', () => {
    const v = run({ [A]: '---\ntitle: Hội nghị\ndate: [2021-03-15\n---\nThân bài.\n' });
    expect(errorsOf(v)[0]!.line).toBeGreaterThanOrEqual(3);
    const B = 'content/blocs/khoi-co-quan-dang.yaml';
    expect(errorsOf(run({ [B]: `${BLOC}name: Tên khác\n` }))[0]!.line).toBe(6);
  });

  it('JavaScript front matter is refused and never run', () => {
    const g = globalThis as { __pwned?: unknown };
    const v = run({ [A]: '---js\n{ title: (globalThis.__pwned = 1, "x") }\n---\nThân bài.\n' });
    expect(g.__pwned).toBeUndefined();
    expect(errorsOf(v)).toEqual([
      err(
        A,
        undefined,
        'phần đầu (front matter) viết bằng "js" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---',
        1,
      ),
    ]);
  });

  it('a forbidden import in an .mdx article, at its line in the file', () => {
    const M = 'content/articles/2020/phat-dong-thi-dua.mdx';
    const v = run({
      [M]: article('', {
        date: '2020-02-03',
        kind: 'phat-dong',
        body: "\nimport fs from 'node:fs'\n\n{process.env.SECRET}\n",
      }),
    });
    // Front matter takes lines 1–6; the body starts on line 7.
    expect(errorsOf(v)).toEqual([
      err(
        M,
        undefined,
        'không được import "node:fs" — bài MDX chỉ được dùng các thành phần trong hướng dẫn biên tập: "@components/Callout.astro" (có sẵn trong mọi bài MDX, không cần import)',
        8,
      ),
      err(
        M,
        undefined,
        'biểu thức {…} không được dùng process (biến môi trường của máy dựng) — bài viết không được đọc cấu hình hay bí mật của máy dựng',
        10,
      ),
    ]);
  });

  it('raw HTML with a script in a .md article is a warning at its line', () => {
    const v = run({ [A]: article('', { body: '\nĐoạn một.\n\n<script>alert(1)</script>\n' }) });
    expect(errorsOf(v)).toEqual([]);
    expect(warningsOf(v)).toEqual([
      err(
        A,
        undefined,
        'thẻ <script> không được phép — khi đăng sẽ bị xoá (cả thẻ lẫn nội dung bên trong) — hãy sửa hoặc xoá khỏi bài',
        10,
      ),
    ]);
  });

  it('a date outside its year folder is a warning on the date field', () => {
    const v = run({ [A]: article('', { date: '2022-01-05' }) });
    expect(errorsOf(v)).toEqual([]);
    expect(warningsOf(v)).toEqual([
      err(
        A,
        'date',
        'ngày 2022-01-05 không thuộc năm của thư mục 2021 — chuyển tệp sang content/articles/2022/ (địa chỉ bài không đổi)',
      ),
    ]);
  });

  it('a stray non-article file is a warning', () => {
    const v = run({ 'content/articles/2021/ghi-chu.docx': 'x' });
    expect(warningsOf(v)).toEqual([
      err(
        'content/articles/2021/ghi-chu.docx',
        undefined,
        'tệp "ghi-chu.docx" không phải bài viết (.md, .mdx) hay ảnh — tệp này sẽ không được đăng',
      ),
    ]);
    expect(v.errors).toBe(0);
  });

  it('missing settings files', () => {
    const v = run({ 'content/site.yaml': null, 'content/award-types.yaml': null, [A]: article() });
    expect(errorsOf(v)).toEqual([
      err(
        'content/site.yaml',
        undefined,
        'thiếu tệp cài đặt trang — cần content/site.yaml (tên cổng, cơ quan, tỉnh, base_url)',
      ),
      err('content/award-types.yaml', undefined, 'thiếu danh mục khen thưởng — cần content/award-types.yaml'),
    ]);
  });
});

describe('every problem names a repo-relative file', () => {
  it('across a tree with many defects at once', () => {
    const v = run({
      [A]: article('blocs: [x]\ncover: { src: ./khong.jpg, alt: a }\n'),
      'content/honorees/ca-nhan.yaml': `${PEOPLE}- id: x\n  name: X 0912345678\n  type: ca-nhan\n`,
      'content/articles/2021/2.md': article(),
    });
    expect(v.errors).toBeGreaterThanOrEqual(4);
    for (const p of v.problems) {
      expect(p.file).toMatch(/^content\//);
      expect(path.isAbsolute(p.file)).toBe(false);
      expect(p.file).not.toContain('\\');
      expect(p.file).not.toContain(v.root);
    }
  });
});

describe('JSON data files', () => {
  it('an honorees list in JSON is read like YAML', () => {
    const v = run({
      'content/honorees/them.json': '[{"id": "so-tu-phap", "name": "Sở Tư pháp", "type": "tap-the"}]\n',
    });
    expect(errorsOf(v)).toEqual([]);
    expect(v.set.honorees.map((h) => h.id)).toContain('so-tu-phap');
  });

  it('a JSON file that does not parse is refused with its line', () => {
    const v = run({
      'content/honorees/hong.json': '[\n  {"id": "a", "name": "A", "type": "tap-the"},\n  {"id": "b" "name": "B"}\n]\n',
    });
    const problems = errorsOf(v);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/honorees/hong.json');
    expect(problems[0]!.line).toBe(3);
  });
});

describe('paths that could escape', () => {
  it('an alias with a ".." or "." segment is refused', () => {
    for (const alias of ['/../../package.json', '/x/../tin-tuc/a/', '/./a/']) {
      const v = run({ [A]: article(`aliases: ["${alias}"]\n`) });
      expect(
        errorsOf(v).map((p) => p.field),
        alias,
      ).toEqual(['aliases[0]']);
    }
  });

  it('an image path with a stray % is a problem naming the file, not a crash', () => {
    const v = run({ [A]: article('', { body: '\n![Ảnh](./100%.jpg)\n' }) });
    expect(errorsOf(v).map((p) => [p.file, p.message.startsWith('đường dẫn ảnh "./100%.jpg" không hợp lệ')])).toEqual([
      [A, true],
    ]);
  });
});

describe('content that cannot attack (issue 12)', () => {
  it('prototype keys are unknown fields, in articles, blocs and honoree lists, never a crash', () => {
    const v = run({
      [A]: article('__proto__: x\nconstructor: y\ntoString: z\n'),
      'content/blocs/khoi-co-quan-dang.yaml': `${BLOC.replace('heads:\n', 'heads:\n  __proto__: bao-ninh-thuan\n  constructor: van-phong-tinh-uy\n')}`,
      'content/honorees/ca-nhan.yaml': `${PEOPLE}  hasOwnProperty: x\n`,
    });
    const unknown =
      'trường này không có trong mô hình nội dung — kiểm tra chính tả tên trường (xem docs/huong-dan-bien-tap.md)';
    expect(errorsOf(v)).toEqual(
      expect.arrayContaining([
        err(A, '__proto__', unknown),
        err(A, 'constructor', unknown),
        err(A, 'toString', unknown),
        err('content/blocs/khoi-co-quan-dang.yaml', 'heads.__proto__', unknown),
        err('content/blocs/khoi-co-quan-dang.yaml', 'heads.constructor', unknown),
        err('content/honorees/ca-nhan.yaml', '[0].hasOwnProperty', unknown),
      ]),
    );
    expect(v.errors).toBe(6);
  });

  it('control characters: refused in text fields with the code point, replaced in a markdown body with a warning', () => {
    const v = run({
      [A]: article('', { body: '\nDòng một\u000bdòng hai.\n' }),
      'content/honorees/ca-nhan.yaml': PEOPLE.replace('Nguyễn Văn An', 'Nguyễn\u0007 Văn An'),
    });
    expect(errorsOf(v)).toEqual([
      err(
        'content/honorees/ca-nhan.yaml',
        '[0].name',
        'có ký tự điều khiển U+0007 (không in được, thường do chép từ Word) — xoá ký tự này hoặc gõ lại đoạn chữ',
      ),
    ]);
    expect(warningsOf(v)[0]).toMatchObject({ file: A, line: 8, message: expect.stringContaining('U+000B') });
    expect(v.set.articles.find((a) => a.file === A)?.body).toContain('Dòng một dòng hai.');
  });

  it('images only from inside content/: absolute paths, ../ out of the repository, symlinks', () => {
    const v = run({
      [A]: article('cover: { src: /etc/hostname, alt: Ảnh }\n', {
        body: '\n![Ảnh](../../../../../../../etc/hostname)\n\n![Ảnh hai](./lien-ket.jpg)\n',
      }),
    });
    fs.symlinkSync('/etc/hostname', path.join(v.root, 'content/articles/2021/lien-ket.jpg'));
    const again = validateContent(v.root);
    const messages = again.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(messages.some((m) => m.includes('cover.src: ảnh "/etc/hostname" nằm ngoài thư mục content/'))).toBe(true);
    expect(messages.some((m) => m.includes('ảnh "../../../../../../../etc/hostname" nằm ngoài thư mục content/'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('content/articles/2021/lien-ket.jpg: là liên kết tượng trưng'))).toBe(true);
  });

  it('an alias on a system path is refused, for a draft too, naming the article', () => {
    const D = 'content/articles/2021/ban-nhap.md';
    const v = run({ [D]: article('draft: true\naliases: [/rss.xml, /pagefind/pagefind.js, /index.html, /admin/]\n') });
    expect(errorsOf(v).map((p) => `${p.file} › ${p.field}`)).toEqual([
      `${D} › aliases[0]`,
      `${D} › aliases[1]`,
      `${D} › aliases[2]`,
      `${D} › aliases[3]`,
    ]);
  });
});

describe('watching: files remembered from run to run', () => {
  afterAll(() => rememberFiles(false));
  it('parses again only what changed, and reports exactly what a fresh run reports', () => {
    const v = run();
    rememberFiles();
    const write = (rel: string, text: string | Uint8Array) => fs.writeFileSync(path.join(v.root, rel), text);
    const fresh = () => {
      rememberFiles(false);
      const out = validateContent(v.root);
      rememberFiles();
      return out;
    };
    const same = (a: Validation, b: Validation) => {
      expect(a.problems.map(formatProblem).sort()).toEqual(b.problems.map(formatProblem).sort());
      expect(a.set.articles.map((x) => [x.slug, x.title])).toEqual(b.set.articles.map((x) => [x.slug, x.title]));
      expect(a.set.honorees.map((x) => x.id)).toEqual(b.set.honorees.map((x) => x.id));
    };
    const first = validateContent(v.root);
    expect(first.errors).toBe(0);
    // Unchanged: the same articles (the same parsed objects), the same problems.
    const again = validateContent(v.root);
    same(again, first);
    // An edited title is seen; a broken field is reported with its file and field.
    write(A, fs.readFileSync(path.join(v.root, A), 'utf8').replace('title: Tiêu đề bài viết', 'title: Tiêu đề mới'));
    const edited = validateContent(v.root);
    expect(edited.set.articles.find((a) => a.file === A)?.title).toBe('Tiêu đề mới');
    same(edited, fresh());
    write(A, fs.readFileSync(path.join(v.root, A), 'utf8').replace('kind: khen-thuong', 'kind: khen-thuongg'));
    const broken = validateContent(v.root);
    expect(errorsOf(broken).map((p) => [p.file, p.field])).toEqual([[A, 'kind']]);
    same(broken, fresh());
    expect(validateContent(v.root).problems.map(formatProblem)).toEqual(broken.problems.map(formatProblem));
    // A picture gone, the article unchanged: the missing cover is reported all the same.
    fs.rmSync(path.join(v.root, 'content/articles/2021/tong-ket.jpg'));
    write(A, fs.readFileSync(path.join(v.root, A), 'utf8').replace('kind: khen-thuongg', 'kind: khen-thuong'));
    validateContent(v.root);
    fs.rmSync(path.join(v.root, 'content/articles/2021/tong-ket.jpg'), { force: true });
    const noCover = validateContent(v.root);
    expect(errorsOf(noCover).map((p) => [p.file, p.field])).toEqual([[A, 'cover.src']]);
    same(noCover, fresh());
    // Bytes that are not UTF-8 in a file read before, then the old bytes again.
    const good = fs.readFileSync(path.join(v.root, A));
    write(A, Buffer.concat([good, Buffer.from([0xff, 0x0a])]));
    const badBytes = validateContent(v.root);
    expect(errorsOf(badBytes).map((p) => p.file)).toContain(A);
    same(badBytes, fresh());
    write(A, good);
    same(validateContent(v.root), fresh());
    // A honoree list edited; an article deleted.
    write('content/honorees/ca-nhan.yaml', `${PEOPLE}- id: tran-thi-binh\n  name: Trần Thị Bình\n  type: ca-nhan\n`);
    fs.rmSync(path.join(v.root, 'content/articles/2021/ban-nhap.md'));
    const later = validateContent(v.root);
    expect(later.set.honorees.map((h) => h.id)).toContain('tran-thi-binh');
    expect(later.set.articles.map((a) => a.slug)).not.toContain('ban-nhap');
    same(later, fresh());
  });
});
