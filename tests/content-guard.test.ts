/**
 * Bad content never reaches a page: for each bad input, both `npm run validate`
 * and the build stop with a non-zero exit and a message naming the file and
 * the field. Each case is a copy of tests/fixtures/minimal with one defect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { build, makeFixture, removeFixture, validate, write, type Fixture, REPO } from './helpers/site.ts';

const MINIMAL = path.join(REPO, 'tests', 'fixtures', 'minimal');
const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach(removeFixture));

const _ARTICLE = 'content/articles/2021/hoi-nghi-tong-ket.md';
const GOOD_FRONT = `title: Bài thử\ndate: 2021-05-01\nkind: tin-tuc\nsummary: Tóm tắt bài thử.`;

function withDefect(name: string, files: Record<string, string | Uint8Array>): Fixture {
  const f = makeFixture(name, MINIMAL);
  for (const [rel, text] of Object.entries(files)) write(f.root, rel, text);
  fixtures.push(f);
  return f;
}

/** Both the validator and the build refuse, and both say `expected` (each string) in their output. */
function expectRefused(f: Fixture, expected: string[]) {
  const v = validate(f);
  expect(v.status, v.output).not.toBe(0);
  for (const e of expected) expect(v.output).toContain(e);
  const b = build(f);
  expect(b.status, b.output).not.toBe(0);
  for (const e of expected) expect(b.output).toContain(e);
}

const article = (front: string, body = 'Nội dung bài.') => `---\n${front}\n---\n${body}\n`;

describe('the build and the validator refuse bad content, naming file and field', () => {
  it('a YAML file that does not parse, with its line', () => {
    const f = withDefect('yaml', {
      'content/honorees/hong.yaml': '- id: a\n  name: "Không đóng ngoặc\n  type: tap-the\n',
    });
    expectRefused(f, ['content/honorees/hong.yaml:', 'YAML']);
  });

  it('a reference to an honoree that does not exist', () => {
    const f = withDefect('ref', {
      'content/articles/2021/bai.md': article(
        `${GOOD_FRONT}\nawards:\n  - award: co-thi-dua-ubnd-tinh\n    year: 2020\n    recipients: [khong-ton-tai]`,
      ),
    });
    expectRefused(f, [
      'content/articles/2021/bai.md › awards[0].recipients[0]: không có tập thể hay cá nhân nào có id "khong-ton-tai"',
    ]);
  });

  it('an unknown award type and an unknown bloc', () => {
    const f = withDefect('award', {
      'content/articles/2021/bai.md': article(
        `${GOOD_FRONT}\nblocs: [khoi-hai]\nawards:\n  - award: huan-chuong-khong-co\n    year: 2020\n    recipients: [so-noi-vu]`,
      ),
    });
    expectRefused(f, [
      'bai.md › awards[0].award: không có loại khen thưởng nào có id "huan-chuong-khong-co"',
      'bai.md › blocs[0]: không có khối thi đua nào có id "khoi-hai"',
    ]);
  });

  it('an award given to a recipient type the award type does not allow', () => {
    const f = withDefect('rule', {
      'content/articles/2021/bai.md': article(
        `${GOOD_FRONT}\nawards:\n  - award: co-thi-dua-ubnd-tinh\n    year: 2020\n    recipients: [so-noi-vu, dang-van-duc]`,
      ),
    });
    expectRefused(f, [
      'bai.md › awards[0].recipients[1]: "Cờ thi đua của Ủy ban nhân dân tỉnh" không trao cho cá nhân',
    ]);
  });

  it('a bloc head that is not a member', () => {
    const f = withDefect('head', {
      'content/blocs/khoi-mot.yaml': 'name: Khối Một\nmembers: [so-noi-vu]\nheads: { 2021: bao-tinh }\n',
    });
    expectRefused(f, ['content/blocs/khoi-mot.yaml › heads.2021: "bao-tinh" không phải thành viên của khối']);
  });

  it('two honorees with one id, in two files', () => {
    const f = withDefect('dupid', {
      'content/honorees/them.yaml': '- id: so-noi-vu\n  name: Sở Nội vụ (trùng)\n  type: tap-the\n',
    });
    expectRefused(f, [
      'content/honorees/them.yaml › [0].id: id "so-noi-vu" đã dùng cho "Sở Nội vụ" ở content/honorees/don-vi.yaml[0]',
    ]);
  });

  it('two articles with one slug in two years', () => {
    const f = withDefect('dupslug', {
      'content/articles/2020/hoi-nghi-tong-ket.md': article(GOOD_FRONT.replace('2021-05-01', '2020-05-01')),
    });
    expectRefused(f, ['tên tệp (slug) "hoi-nghi-tong-ket" đã dùng cho bài']);
  });

  it('an alias on an existing page, and two articles claiming one alias', () => {
    const f = withDefect('alias', {
      'content/articles/2021/bai.md': article(`${GOOD_FRONT}\naliases: [/tin-tuc/tin-cu/, /cu/trang-a/]`),
      'content/articles/2021/bai-hai.md': article(`${GOOD_FRONT}\naliases: [/cu/trang-a/]`),
    });
    expectRefused(f, [
      'bai.md › aliases[0]: "/tin-tuc/tin-cu/" là địa chỉ của một trang đang có',
      'bai.md › aliases[1]: "/cu/trang-a/" đã là đường dẫn cũ của content/articles/2021/bai-hai.md',
    ]);
  });

  it('a cover image that is missing, and a cover without alt text', () => {
    const f = withDefect('cover', {
      'content/articles/2021/bai.md': article(`${GOOD_FRONT}\ncover: { src: ./khong-co.jpg, alt: Ảnh hội nghị }`),
      'content/articles/2021/bai-hai.md': article(`${GOOD_FRONT}\ncover: { src: ./khong-co.jpg, alt: "  " }`),
    });
    expectRefused(f, [
      'bai.md › cover.src: không tìm thấy ảnh "./khong-co.jpg"',
      'bai-hai.md › cover.alt: đang để trống',
    ]);
  });

  it('honoree text that looks like a citizen ID or a phone number, masked in the message', () => {
    const f = withDefect('pii', {
      'content/honorees/ca-nhan.yaml':
        '- id: a\n  name: Nguyễn Văn A 079123456789\n  type: ca-nhan\n- id: b\n  name: Trần Thị B\n  type: ca-nhan\n  position: "ĐT 0912 345 678"\n',
    });
    const v = validate(f);
    expect(v.status).not.toBe(0);
    expect(v.output).toContain(
      'content/honorees/ca-nhan.yaml › [0].name: có dãy số giống số căn cước công dân (07********89)',
    );
    expect(v.output).toContain(
      'content/honorees/ca-nhan.yaml › [1].position: có dãy số giống số điện thoại (09******78)',
    );
    expect(v.output).not.toContain('079123456789');
    expect(v.output).not.toContain('345 678');
    expect(build(f).status).not.toBe(0);
  });

  it('invalid UTF-8 bytes, naming the file and line (never replaced by U+FFFD)', () => {
    const bytes = Buffer.concat([
      Buffer.from(article(GOOD_FRONT, 'Dòng một\nDòng hai ')),
      Buffer.from([0xc3, 0x28, 0x0a]),
    ]);
    const f = withDefect('utf8', { 'content/articles/2021/bai.md': bytes });
    expectRefused(f, ['content/articles/2021/bai.md:9: tệp không phải văn bản UTF-8 hợp lệ']);
  });

  it('an empty or whitespace-only article', () => {
    const f = withDefect('empty', { 'content/articles/2021/bai.md': article(GOOD_FRONT, '   \n\n  ') });
    expectRefused(f, ['content/articles/2021/bai.md: bài viết không có nội dung']);
  });

  it.each([
    ['15/03/2021', 'nhận "15/03/2021", không phải ngày dạng năm-tháng-ngày — cần ngày dạng YYYY-MM-DD'],
    ['2021-15-03', 'nhận "2021-15-03": tháng 15 không tồn tại'],
    ['2021-02-30', 'nhận "2021-02-30": ngày 30 không có trong tháng 2/2021'],
  ])('a date written %s', (date, message) => {
    const f = withDefect(`date-${date.replace(/\W/g, '')}`, {
      'content/articles/2021/bai.md': article(GOOD_FRONT.replace('2021-05-01', date)),
    });
    expectRefused(f, [`content/articles/2021/bai.md › date: ${message}`]);
  });

  it('JavaScript front matter is refused and never runs', () => {
    const marker = path.join(REPO, 'tests', '.tmp', 'pwned');
    const f = withDefect('js', {
      'content/articles/2021/bai.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { title: 'x' }\n---\nNội dung.\n`,
    });
    expectRefused(f, ['content/articles/2021/bai.md:1: phần đầu (front matter) viết bằng "js" không được chấp nhận']);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('a YAML alias bomb is refused quickly, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const f = withDefect('bomb', { 'content/site.yaml': `${levels.join('\n')}\n` });
    const started = Date.now();
    const v = validate(f);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(v.status).not.toBe(0);
    expect(v.output).toContain('content/site.yaml: tệp dùng quá nhiều bí danh YAML');
  });

  it('MDX that reads the environment or imports from outside src/components/', () => {
    const f = withDefect('mdx', {
      'content/articles/2021/bai.mdx': article(
        GOOD_FRONT,
        'import fs from "node:fs"\n\nBí mật: {process.env.SECRET_TOKEN} và {import.meta.env.SECRET_TOKEN}\n',
      ),
    });
    expectRefused(f, [
      'content/articles/2021/bai.mdx:7: không được import "node:fs"',
      'content/articles/2021/bai.mdx:9: biểu thức {…} không được dùng process',
    ]);
  });

  it('an unknown front matter field (a typo) is refused, not dropped', () => {
    const f = withDefect('typo', { 'content/articles/2021/bai.md': article(`${GOOD_FRONT}\nsumary: gõ nhầm`) });
    expectRefused(f, ['content/articles/2021/bai.md › sumary: trường này không có trong mô hình nội dung']);
  });

  it('all problems of a run are listed together', () => {
    const f = withDefect('many', {
      'content/articles/2021/bai.md': article(GOOD_FRONT.replace('2021-05-01', '2021-02-30')),
      'content/blocs/khoi-mot.yaml': 'name: Khối Một\nmembers: [khong-co]\n',
    });
    const v = validate(f);
    expect(v.output).toContain('bai.md › date');
    expect(v.output).toContain('khoi-mot.yaml › members[0]');
    expect(v.output).toMatch(/Nội dung có 2 lỗi/);
  });
});

describe('gaps Astro leaves open are closed', () => {
  it('two pages on one URL fail the build (prerenderConflictBehavior: error)', () => {
    const f = withDefect('conflict', { 'src/pages/tin-tuc/tin-cu.astro': '---\n---\n<p>trùng</p>\n' });
    const b = build(f);
    expect(b.status, b.output).not.toBe(0);
    expect(b.output).toMatch(/PrerenderRouteConflict|conflicts with higher priority route/);
  });
});

describe('decisions, revocations and successors (issue 15): refused naming file and field', () => {
  it('unknown successor, a cycle, a successor that is a person, a revocation before its award, a record that contradicts an award entry, a PDF with JavaScript, a document that is not a PDF', async () => {
    const { makePdf } = await import('./helpers/pdf.ts');
    const page = ['<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
    const f = withDefect('decisions', {
      'content/honorees/sap-xep.yaml': [
        '- id: so-cu',
        '  name: Sở Cũ',
        '  type: tap-the',
        '  successor: so-khong-co',
        '  until: 2025-07-01',
        '- id: vong-a',
        '  name: Vòng A',
        '  type: tap-the',
        '  successor: vong-b',
        '  until: 2025-07-01',
        '- id: vong-b',
        '  name: Vòng B',
        '  type: tap-the',
        '  successor: vong-a',
        '  until: 2025-07-01',
        '- id: so-ca-nhan',
        '  name: Sở Sáp Nhập Vào Người',
        '  type: tap-the',
        '  successor: dang-van-duc',
        '  until: 2025-07-01',
        '',
      ].join('\n'),
      'content/articles/2021/bai.md': article(
        `${GOOD_FRONT}\nawards:\n  - award: co-thi-dua-ubnd-tinh\n    year: 2020\n    recipients: [bao-tinh]\n    decision: "512/QĐ-UBND"\n    decision_date: 2021-03-10\n    revoked:\n      decision: "88/QĐ-UBND"\n      date: 2021-01-04`,
      ),
      'content/decisions/2021/512-qd-ubnd.yaml': 'number: "512/QĐ-UBND"\ndate: 2021-03-11\n',
      'content/decisions/2021/600-qd-ubnd.yaml': 'number: "600/QĐ-UBND"\ndate: 2021-04-01\ndocument: ./600.pdf\n',
      'content/decisions/2021/600.pdf': makePdf([...page, '<< /S /JavaScript /#4A#53 (app.alert(1)) >>']),
      'content/decisions/2021/601-qd-ubnd.yaml': 'number: "601/QĐ-UBND"\ndate: 2021-04-02\ndocument: ./601.pdf\n',
      'content/decisions/2021/601.pdf': '<html><body>không phải PDF</body></html>',
    });
    expectRefused(f, [
      'content/honorees/sap-xep.yaml › [0].successor: không có đơn vị nào có id "so-khong-co"',
      'content/honorees/sap-xep.yaml › [1].successor: đơn vị kế thừa tạo thành vòng lặp',
      'content/honorees/sap-xep.yaml › [3].successor: "dang-van-duc" là cá nhân',
      'content/articles/2021/bai.md › awards[0].revoked.date: ngày thu hồi 04/01/2021 trước ngày quyết định khen thưởng 10/03/2021',
      'content/articles/2021/bai.md › awards[0].decision_date: quyết định "512/QĐ-UBND" ghi ngày 10/03/2021, nhưng content/decisions/2021/512-qd-ubnd.yaml › date ghi ngày 11/03/2021',
      'content/decisions/2021/600-qd-ubnd.yaml › document: "content/decisions/2021/600.pdf" chứa nội dung tự chạy: JavaScript',
      'content/decisions/2021/601-qd-ubnd.yaml › document: "content/decisions/2021/601.pdf" không phải tệp PDF',
    ]);
  });
});
