/**
 * Built fixture sites, read as HTML: what editors write is what citizens get,
 * whatever the input's encoding form or the build machine's time zone, and a
 * deleted article or a new draft leaves no trace on the next build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  build,
  distFiles,
  exists,
  makeFixture,
  read,
  removeFixture,
  searchIndexText,
  write,
  type Fixture,
  REPO,
} from './helpers/site.ts';

const MINIMAL = path.join(REPO, 'tests', 'fixtures', 'minimal');
const ARTICLE = 'content/articles/2021/hoi-nghi-tong-ket.md';

function allText(f: Fixture): string {
  return distFiles(f)
    .filter((p) => /\.(html|xml|csv|json|txt)$/.test(p))
    .map((p) => read(f, p))
    .join('\n');
}

describe('input hygiene', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('hygiene', MINIMAL);
    const nfdCrlfBom =
      `\uFEFF---\r\ntitle: Tiêu đề viết theo dạng tách dấu\r\ndate: 2021-04-05\r\nkind: tin-tuc\r\nsummary: Bài lưu bằng trình soạn thảo NFD.\r\n---\r\nĐoạn văn có chữ Đảng và thưởng.\r\n`.normalize(
        'NFD',
      );
    write(f.root, 'content/articles/2021/bai-nfd.md', nfdCrlfBom);
    write(
      f.root,
      'content/articles/2021/bai-html.md',
      `---\ntitle: Bài có HTML nguy hiểm\ndate: 2021-04-06\nkind: tin-tuc\nsummary: Kiểm tra lọc HTML.\n---\nĐoạn đầu.\n\n<div onclick="alert(1)">Khối <b onmouseover="x()">đậm</b></div>\n\n<script>alert('xss')</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<a href="javascript:alert(2)">liên kết</a> <span onerror="alert(3)">chữ</span>\n\n[link md](javascript:alert(4))\n`,
    );
    write(
      f.root,
      'content/articles/2021/bai-gio.md',
      `---\ntitle: Bài đăng lúc nửa đêm\ndate: 2021-06-30T18:30:00Z\nkind: tin-tuc\nsummary: Giờ UTC là ngày hôm sau ở Việt Nam.\n---\nNội dung.\n`,
    );
    const res = build(f, { TZ: 'America/Los_Angeles' });
    expect(res.status, res.output).toBe(0);
  }, 300_000);
  afterAll(() => removeFixture(f));

  it('publishes NFD, BOM and CRLF input as NFC', () => {
    const html = read(f, 'tin-tuc/bai-nfd/index.html');
    expect(html).toContain('Tiêu đề viết theo dạng tách dấu');
    expect(html).toContain('Đoạn văn có chữ Đảng và thưởng.');
    expect(html.normalize('NFC')).toBe(html);
    expect(html).not.toContain('\uFEFF');
  });

  it('strips scripts, event handlers, iframes and javascript: URLs from raw HTML', () => {
    const html = read(f, 'tin-tuc/bai-html/index.html');
    const body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</article>'));
    expect(body).toContain('Đoạn đầu.');
    expect(body).toContain('đậm');
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<iframe/i);
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).not.toMatch(/javascript:/i);
  });

  it('dates are Vietnam calendar dates whatever TZ the build runs under', () => {
    expect(read(f, 'tin-tuc/hoi-nghi-tong-ket/index.html')).toContain('Thứ Hai, 22/03/2021');
    // 18:30 UTC on 30 June is 01:30 on 1 July in Vietnam.
    expect(read(f, 'tin-tuc/bai-gio/index.html')).toContain('Thứ Năm, 01/07/2021');
  });
});

describe('aliases', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('aliases', MINIMAL);
    write(
      f.root,
      'content/articles/2021/bai-moi.md',
      `---\ntitle: Bài có địa chỉ cũ\ndate: 2021-06-30\nkind: tin-tuc\nsummary: Hai địa chỉ cũ.\naliases: [/tin/123.html, /cu/bai-moi/]\n---\nNội dung.\n`,
    );
    const res = build(f, { BASE_PATH: '/tdkt/' });
    expect(res.status, res.output).toBe(0);
  }, 300_000);
  afterAll(() => removeFixture(f));

  it('an old folder path and an old file path both redirect to the article, under the sub-path', () => {
    for (const file of ['cu/bai-moi/index.html', 'tin/123.html']) {
      const html = read(f, file);
      expect(html, file).toContain('<meta http-equiv="refresh" content="0; url=/tdkt/tin-tuc/bai-moi/">');
      expect(html, file).toContain('<link rel="canonical" href="https://thu.example.gov.vn/tdkt/tin-tuc/bai-moi/">');
    }
  });
});

describe('long lists are split', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('long', MINIMAL);
    const ids = Array.from({ length: 620 }, (_, i) => `don-vi-${i + 1}`);
    write(
      f.root,
      'content/honorees/nhieu.yaml',
      `${ids.map((id, i) => `- id: ${id}\n  name: Đơn vị số ${i + 1}\n  type: tap-the`).join('\n')}\n`,
    );
    write(
      f.root,
      'content/articles/2021/khen-nhieu.md',
      `---\ntitle: Khen thưởng 620 tập thể\ndate: 2021-04-01\nkind: khen-thuong\nsummary: Một quyết định dài.\nawards:\n  - award: co-thi-dua-ubnd-tinh\n    year: 2020\n    recipients: [${ids.join(', ')}]\n---\nDanh sách dài.\n`,
    );
    const res = build(f);
    expect(res.status, res.output).toBe(0);
  }, 300_000);
  afterAll(() => removeFixture(f));

  it('an award type with 621 recipients in a year has two year pages, and every recipient is on one', () => {
    const one = read(f, 'khen-thuong/co-thi-dua-ubnd-tinh/2020/index.html');
    const two = read(f, 'khen-thuong/co-thi-dua-ubnd-tinh/2020/2/index.html');
    const count = (html: string) => (html.match(/<td class="recipient"[^>]*>\s*<a href="\/vinh-danh\//g) ?? []).length;
    expect(count(one)).toBe(500);
    expect(count(two)).toBe(121);
    expect(one).toContain('href="/khen-thuong/co-thi-dua-ubnd-tinh/2020/2/"');
    expect(read(f, 'sitemap-1.xml')).toContain('/khen-thuong/co-thi-dua-ubnd-tinh/2020/2/');
  });
});

describe('a deleted article or a new draft leaves no trace on the next build', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('rebuild', MINIMAL);
    const first = build(f);
    expect(first.status, first.output).toBe(0);
  }, 300_000);
  afterAll(() => removeFixture(f));

  it('builds both articles at first', () => {
    expect(exists(f, 'tin-tuc/tin-cu/index.html')).toBe(true);
    expect(read(f, 'du-lieu/khen-thuong.csv')).toContain('hoi-nghi-tong-ket');
    expect(searchIndexText(f)).toContain('/tin-tuc/tin-cu/');
    expect(searchIndexText(f)).toContain('chim lạc vàng');
  });

  it('drops a deleted article and a new draft from pages, feeds, sitemap, open data and search', () => {
    fs.rmSync(path.join(f.root, 'content/articles/2020/tin-cu.md'));
    const text = fs
      .readFileSync(path.join(f.root, ARTICLE), 'utf8')
      .replace('kind: hoi-nghi', 'kind: hoi-nghi\ndraft: true');
    write(f.root, ARTICLE, text);
    const second = build(f); // same folder, same node_modules/.astro cache: no cleaning by hand
    expect(second.status, second.output).toBe(0);
    for (const slug of ['tin-cu', 'hoi-nghi-tong-ket']) {
      expect(exists(f, `tin-tuc/${slug}/index.html`)).toBe(false);
      expect(allText(f)).not.toContain(`/tin-tuc/${slug}/`);
    }
    expect(allText(f)).not.toContain('chim lạc vàng');
    expect(searchIndexText(f)).not.toContain('/tin-tuc/tin-cu/');
    expect(searchIndexText(f)).not.toContain('chim lạc vàng');
    expect(searchIndexText(f)).toContain('/vinh-danh/so-noi-vu/'); // honorees stay searchable
    const csv = read(f, 'du-lieu/khen-thuong.csv').trim().split('\r\n');
    expect(csv).toHaveLength(1); // the header only
    expect(JSON.parse(read(f, 'du-lieu/khen-thuong.json'))).toEqual([]);
  });
});
