/**
 * The sample site, built and read back: every URL of the contract exists,
 * every award row shows up wherever it should, drafts appear nowhere, every
 * internal link resolves (also under a sub-path), reading pages carry no JS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  build,
  distFiles,
  exists,
  write,
  makeFixture,
  read,
  removeFixture,
  searchIndexText,
  type Fixture,
} from './helpers/site.ts';
import { brokenLinks } from './helpers/links.ts';
import { validateContent } from '../src/lib/source/validate.ts';
import { buildPortal, type Portal } from '../src/lib/domain/portal.ts';
import { ARTICLE_KINDS } from '../src/lib/domain/vocabulary.ts';
import { paths, letterSlug } from '../src/lib/routing/paths.ts';
import { honoreeLetters } from '../src/lib/routing/pages.ts';
import { OPEN_DATA_COLUMNS } from '../src/lib/domain/open-data.ts';
import { groupAwards } from '../src/lib/domain/awards.ts';

let site: Fixture;
let sub: Fixture;
let portal: Portal;
let origin: string;

const EXTRA_ARTICLES = 12;
const page = (f: Fixture, p: string) => read(f, p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1));

beforeAll(() => {
  site = makeFixture('sample');
  sub = makeFixture('subpath');
  // More articles than one listing page holds, so that page 2 is built and read.
  for (let i = 1; i <= EXTRA_ARTICLES; i++) {
    const day = String(i).padStart(2, '0');
    write(
      site.root,
      `content/articles/2019/tin-ngan-so-${i}.md`,
      `---\ntitle: Tin ngắn số ${i}\ndate: 2019-01-${day}\nkind: tin-tuc\nsummary: Tin ngắn thêm vào để có trang danh sách thứ hai.\n---\nNội dung tin ngắn số ${i}.\n`,
    );
  }
  const v = validateContent(site.root);
  expect(v.errors).toBe(0);
  portal = buildPortal(v.set);
  origin = new URL(portal.site.base_url).origin;
  const a = build(site);
  expect(a.status, a.output).toBe(0);
  const b = build(sub, { BASE_PATH: '/tdkt/' });
  expect(b.status, b.output).toBe(0);
}, 600_000);
afterAll(() => {
  removeFixture(site);
  removeFixture(sub);
});

describe('the URL contract', () => {
  it('has every page of the table', () => {
    const expected = [
      '/',
      '/tin-tuc/',
      '/khoi-thi-dua/',
      '/vinh-danh/',
      '/khen-thuong/',
      '/tim-kiem/',
      '/rss.xml',
      '/sitemap-index.xml',
      '/du-lieu/khen-thuong.csv',
      '/du-lieu/khen-thuong.json',
      '/404.html',
      '/robots.txt',
      ...portal.articles.map((a) => paths.article(a.slug)),
      ...ARTICLE_KINDS.flatMap((k) => [paths.kind(k), paths.kindFeed(k)]),
      ...portal.years.map((y) => paths.year(y)),
      ...portal.blocs.map((b) => paths.bloc(b.id)),
      ...portal.honorees.map((h) => paths.honoree(h.id)),
      ...portal.awardTypes.map((t) => paths.awardType(t.id)),
      ...honoreeLetters(portal).map((g) => paths.honoreeLetter(g.letter)),
    ];
    const missing = expected.filter((p) => !exists(site, p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1)));
    expect(missing).toEqual([]);
  });

  it('has one article page per non-draft article file, no more', () => {
    const files = (fs.readdirSync(path.join(site.root, 'content/articles'), { recursive: true }) as string[]).filter(
      (p) => /^\d{4}[\\/][^\\/]+\.mdx?$/.test(p),
    );
    const drafts = files.filter((p) =>
      /^draft:\s*true\s*$/m.test(fs.readFileSync(path.join(site.root, 'content/articles', p), 'utf8')),
    );
    const pages = fs
      .readdirSync(path.join(site.dist, 'tin-tuc'))
      .filter((d) => !/^\d+$/.test(d) && fs.existsSync(path.join(site.dist, 'tin-tuc', d, 'index.html')));
    expect(drafts.length).toBeGreaterThan(0);
    expect(pages.length).toBe(files.length - drafts.length);
  });

  it('paginates listings by 20 with plain links, newest first', () => {
    const published = [...portal.articles].sort((a, b) => b.date.localeCompare(a.date));
    expect(published.length).toBeGreaterThan(20);
    const linked = (html: string) =>
      [...html.matchAll(/<a href="\/tin-tuc\/([^"/]+)\/"/g)].map((m) => m[1]!).filter((s) => !/^\d+$/.test(s));
    const first = page(site, '/tin-tuc/');
    const second = page(site, '/tin-tuc/2/');
    const onFirst = new Set(linked(first));
    const onSecond = new Set(linked(second));
    expect(published.slice(0, 20).every((a) => onFirst.has(a.slug))).toBe(true);
    expect(published.slice(20).every((a) => onSecond.has(a.slug) && !onFirst.has(a.slug))).toBe(true);
    expect(published.slice(0, 20).some((a) => onSecond.has(a.slug))).toBe(false);
    expect(first).toContain('href="/tin-tuc/2/"');
    expect(second).toContain('href="/tin-tuc/"');
    expect(exists(site, 'tin-tuc/3/index.html')).toBe(false);
  });

  it('shows the Vietnamese date line, byline and awards table on an article', () => {
    const a =
      portal.articles.find((x) => x.author && (portal.rowsByArticle.get(x.slug)?.length ?? 0) > 0) ??
      portal.articles.find((x) => portal.rowsByArticle.has(x.slug))!;
    const html = page(site, paths.article(a.slug));
    expect(html).toMatch(/(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d\/\d\d\/\d{4}/);
    expect(html).toContain('Khen thưởng trong bài');
    if (a.author) expect(html).toContain(a.author);
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain('"@type":"BreadcrumbList"');
  });
});

describe('every award row appears wherever it belongs', () => {
  it('on its honoree page, its award type page and its article, and once per row in both open-data files', () => {
    for (const r of portal.rows) {
      const type = portal.awardTypeById.get(r.awardType)!;
      expect(page(site, paths.honoree(r.honoree))).toContain(`href="${paths.article(r.article)}"`);
      expect(page(site, paths.honoree(r.honoree))).toContain(type.name);
      expect(page(site, paths.awardType(r.awardType))).toContain(`href="${paths.honoree(r.honoree)}"`);
      expect(page(site, paths.article(r.article))).toContain(`href="${paths.honoree(r.honoree)}"`);
    }
    const csv = read(site, 'du-lieu/khen-thuong.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(lines.length - 1).toBe(portal.rows.length);
    const json = JSON.parse(read(site, 'du-lieu/khen-thuong.json')) as Record<string, unknown>[];
    expect(json.length).toBe(portal.rows.length);
    expect(Object.keys(json[0]!)).toEqual([...OPEN_DATA_COLUMNS]);
  });

  it('an award type page lists each award once (an award announced twice is one line)', () => {
    for (const t of portal.awardTypes) {
      const awards = groupAwards(portal.rowsByAwardType.get(t.id) ?? []);
      const html = page(site, paths.awardType(t.id));
      const lines = (html.match(/<td class="recipient"[^>]*>\s*<a href="\/vinh-danh\//g) ?? []).length;
      if (awards.length <= 500) expect(lines, t.id).toBe(awards.length);
    }
  });

  it('an award announced by two articles is shown once, with both articles, and counted once', () => {
    const twice = groupAwards(portal.rows).filter((a) => a.articles.length > 1);
    expect(twice.length).toBeGreaterThan(0); // the sample has some
    for (const a of twice) {
      const html = page(site, paths.honoree(a.honoree));
      const own = groupAwards(portal.rowsByHonoree.get(a.honoree) ?? []);
      expect(html).toContain(`Khen thưởng (${own.length})</h2>`);
      expect(own.length).toBeLessThan((portal.rowsByHonoree.get(a.honoree) ?? []).length);
      const rows = html
        .match(/<tr>[\s\S]*?<\/tr>/g)!
        .filter((tr) => tr.includes(`href="${paths.awardType(a.awardType)}"`));
      const line = rows.filter((tr) => tr.includes(`>${a.year}</td>`));
      expect(line).toHaveLength(1);
      for (const slug of a.articles) expect(line[0]).toContain(`href="${paths.article(slug)}"`);
    }
  });
});

describe('drafts appear nowhere', () => {
  it('not in pages, feeds, sitemap, exports or the search index', () => {
    const v = validateContent(site.root);
    const drafts = v.set.articles.filter((a) => a.draft);
    expect(drafts.length).toBeGreaterThan(0);
    const text = distFiles(site)
      .filter((p) => /\.(html|xml|csv|json|txt)$/.test(p))
      .map((p) => read(site, p))
      .join('\n');
    const index = searchIndexText(site);
    for (const d of drafts) {
      expect(text).not.toContain(`/tin-tuc/${d.slug}/`);
      expect(text).not.toContain(d.title);
      expect(index).not.toContain(d.slug);
      expect(index).not.toContain(d.title);
    }
  });
});

describe('links, sub-path and JavaScript', () => {
  it('every internal link, image and feed URL resolves', () => {
    expect(brokenLinks(site.dist, '/', origin)).toEqual([]);
  });

  it('under BASE_PATH=/tdkt/ every link and feed URL carries the sub-path and resolves', () => {
    expect(brokenLinks(sub.dist, '/tdkt/', origin)).toEqual([]);
    const home = read(sub, 'index.html');
    expect(home).not.toMatch(/href="\/(?!tdkt\/)/);
    expect(read(sub, 'rss.xml')).toContain(`${origin}/tdkt/tin-tuc/`);
    expect(read(sub, 'sitemap-index.xml')).toContain(`${origin}/tdkt/sitemap-1.xml`);
    expect(read(sub, 'sitemap-1.xml')).not.toMatch(/<loc>https:\/\/[^/]+\/(?!tdkt\/)/);
    expect(read(sub, 'du-lieu/khen-thuong.json')).toContain(`${origin}/tdkt/tin-tuc/`);
  });

  it('reading pages need no JavaScript (only the deferred print date, under 1 KB) and say lang="vi"', () => {
    // The web editor (admin/) is an application for editors, not a reading page.
    const pages = distFiles(site).filter(
      (p) => p.endsWith('.html') && !p.startsWith('tim-kiem/') && !p.startsWith('admin/'),
    );
    for (const p of pages) {
      const html = read(site, p);
      expect(html, p).toMatch(/<html lang="vi"/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(
        scripts.filter((s) => !s.includes('application/ld+json')),
        p,
      ).toEqual(['<script src="/print-date.js" defer>']);
    }
    // The one script fills the date of printing at the foot; reading never depends on it.
    expect(fs.statSync(path.join(site.dist, 'print-date.js')).size).toBeLessThan(1024);
    expect(
      distFiles(site).filter(
        (p) =>
          p.endsWith('.js') &&
          p !== 'print-date.js' &&
          !p.startsWith('pagefind/') &&
          !p.startsWith('_astro/') &&
          !p.startsWith('admin/'),
      ),
    ).toEqual([]);
  });

  it('the honoree index sorts in Vietnamese order with a letter navigation', () => {
    const html = page(site, '/vinh-danh/');
    for (const g of honoreeLetters(portal))
      expect(html).toContain(`href="/vinh-danh/chu-cai/${letterSlug(g.letter)}/"`);
    const names = [...html.matchAll(/<li><a href="\/vinh-danh\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(names.length).toBe(portal.honorees.length);
    // Checked against the alphabet written out here, not against the code that sorts:
    // collectives by their first letter, people by the first letter of their given name.
    const ALPHABET = 'A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y'.split(' ');
    const rank = (word: string) =>
      ALPHABET.indexOf(
        word
          .normalize('NFD')
          .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
          .normalize('NFC')[0]!
          .toUpperCase(),
      );
    const collectives = portal.honorees.filter((h) => h.type === 'tap-the').length;
    const firstLetters = names.map((n, i) => rank(i < collectives ? n : n.trim().split(/\s+/).at(-1)!));
    expect(firstLetters.every((r) => r >= 0)).toBe(true);
    for (const part of [firstLetters.slice(0, collectives), firstLetters.slice(collectives)]) {
      expect(part).toEqual([...part].sort((a, b) => a - b));
    }
  });
});

describe('decisions, revocations and successors (issue 15)', () => {
  const D512 = '/quyet-dinh/2021/512-qd-ubnd/';
  const ldOf = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap((m) => {
      const v = JSON.parse(m[1]!) as unknown;
      return Array.isArray(v) ? v : [v];
    }) as Record<string, unknown>[];

  it('lists decisions by year, newest year first, each linked to its page', () => {
    const html = page(site, '/quyet-dinh/');
    expect(html.indexOf('id="nam-2022"')).toBeGreaterThan(0);
    expect(html.indexOf('id="nam-2022"')).toBeLessThan(html.indexOf('id="nam-2021"'));
    for (const p of [
      D512,
      '/quyet-dinh/2021/650-qd-ubnd/',
      '/quyet-dinh/2022/1020-qd-ubnd/',
      '/quyet-dinh/2022/215-qd-ubnd/',
    ])
      expect(html).toContain(`href="${p}"`);
    expect(page(site, '/quyet-dinh/2021/')).toContain(`href="${D512}"`);
    expect(read(site, 'sitemap-1.xml')).toContain(`${origin}${D512}`);
  });

  it('a decision page gathers its awards from every article that announced it, with issuer, signer and document', () => {
    const html = page(site, D512);
    expect(html).toContain('Quyết định số 512/QĐ-UBND');
    expect(html).toContain('10/03/2021');
    expect(html).toContain('Ủy ban nhân dân tỉnh Ninh Thuận');
    expect(html).toContain('Trần Quốc Nam, Chủ tịch Ủy ban nhân dân tỉnh');
    expect(html).toContain('Cờ thi đua của Ủy ban nhân dân tỉnh');
    // The three articles that name 512/QĐ-UBND (one of them without a date) and their recipients.
    const announcing = fs
      .readdirSync(path.join(site.root, 'content/articles/2021'))
      .filter((f) => f.endsWith('.md'))
      .filter((f) =>
        fs.readFileSync(path.join(site.root, 'content/articles/2021', f), 'utf8').includes('"512/QĐ-UBND"'),
      )
      .map((f) => f.replace(/\.md$/, ''));
    expect(announcing).toHaveLength(3);
    for (const slug of announcing) expect(html).toContain(`href="/tin-tuc/${slug}/"`);
    for (const id of ['bao-ninh-thuan', 'cuc-thi-hanh-an-dan-su-ninh-thuan'])
      expect(html).toContain(`href="/vinh-danh/${id}/"`);
    expect(html).toContain('bài viết không ghi ngày ký');
    // The signed document: published under the decision's URL, byte for byte.
    expect(html).toContain('href="/quyet-dinh/2021/512-qd-ubnd/512-qd-ubnd.pdf"');
    expect(
      fs
        .readFileSync(path.join(site.dist, 'quyet-dinh/2021/512-qd-ubnd/512-qd-ubnd.pdf'))
        .equals(fs.readFileSync(path.join(site.root, 'content/decisions/2021/512-qd-ubnd.pdf'))),
    ).toBe(true);
    const ld = ldOf(html).find((x) => x['@type'] === 'Legislation')!;
    expect(ld).toMatchObject({
      legislationIdentifier: '512/QĐ-UBND',
      legislationDate: '2021-03-10',
      legislationPassedBy: { name: 'Ủy ban nhân dân tỉnh Ninh Thuận' },
    });
  });

  it('a number with no date is grouped by its article year and says so', () => {
    const html = page(site, '/quyet-dinh/2021/652-qd-ubnd/');
    expect(html).toContain('Bài viết không ghi ngày ký');
    expect(html).toContain('không ghi — xếp vào năm 2021');
  });

  it('award rows elsewhere link their decision', () => {
    expect(page(site, '/vinh-danh/bao-ninh-thuan/')).toContain(`href="${D512}"`);
    expect(page(site, '/khen-thuong/co-thi-dua-ubnd-tinh/')).toContain(`href="${D512}"`);
  });

  it('a revoked award stays on every page, marked in words with the revoking decision, and is not counted', () => {
    const mark =
      /Đã thu hồi<\/strong> theo Quyết định <a href="\/quyet-dinh\/2022\/1020-qd-ubnd\/">1020\/QĐ-UBND<\/a> ngày 15\/06\/2022/;
    const person = page(site, '/vinh-danh/pham-quang-vinh-ha-nam/');
    expect(person).toMatch(mark);
    expect(person).toContain('Khen thưởng (0)');
    expect(page(site, '/tin-tuc/ha-nam-tong-ket-thi-dua-khen-thuong-nam-2020/')).toMatch(mark);
    const type = page(site, '/khen-thuong/chien-si-thi-dua-cap-tinh/');
    expect(type).toMatch(mark);
    expect(type).toContain('href="/vinh-danh/pham-quang-vinh-ha-nam/"');
    // The counts by year exclude the revoked one: their sum is the rows shown less the revoked row.
    const shown = (type.match(/<td class="recipient"[^>]*>\s*<a href="\/vinh-danh\//g) ?? []).length;
    const revoked = (type.match(/Đã thu hồi<\/strong>/g) ?? []).length;
    expect(revoked).toBe(1);
    const counts = [
      ...type.matchAll(
        /<a href="\/khen-thuong\/chien-si-thi-dua-cap-tinh\/\d{4}\/">\d{4}<\/a><\/th><td class="num">(\d+)</g,
      ),
    ].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(shown - revoked);
    const revoking = page(site, '/quyet-dinh/2022/1020-qd-ubnd/');
    expect(revoking).toContain('Khen thưởng bị thu hồi theo quyết định này (1)');
    expect(revoking).toContain('href="/vinh-danh/pham-quang-vinh-ha-nam/"');
  });

  it('open data: revoked_decision and revoked_date at the end, filled only for the revoked award', () => {
    const csv = read(site, 'du-lieu/khen-thuong.csv').slice(1).trim().split('\r\n');
    expect(csv[0]).toBe(
      'award_id,award_name,year,honoree_id,honoree_name,honoree_type,decision,decision_date,article_url,revoked_decision,revoked_date',
    );
    const revokedLines = csv.slice(1).filter((l) => !l.endsWith(',,'));
    expect(revokedLines).toHaveLength(1);
    expect(revokedLines[0]).toMatch(
      /^chien-si-thi-dua-cap-tinh,.*,pham-quang-vinh-ha-nam,.*,1020\/QĐ-UBND,2022-06-15$/,
    );
    const json = JSON.parse(read(site, 'du-lieu/khen-thuong.json')) as Record<string, unknown>[];
    expect(json.filter((r) => r.revoked_decision !== null).map((r) => [r.honoree_id, r.revoked_date])).toEqual([
      ['pham-quang-vinh-ha-nam', '2022-06-15'],
    ]);
  });

  it('a merged unit names its successor; the successor shows its predecessors’ awards under their names', () => {
    const old = page(site, '/vinh-danh/bao-ninh-thuan/');
    expect(old).toMatch(
      /Từ 01\/07\/2025 hợp nhất vào <a href="\/vinh-danh\/bao-va-phat-thanh-truyen-hinh-khanh-hoa\/">Báo và Phát thanh, Truyền hình Khánh Hòa<\/a>/,
    );
    const successor = page(site, '/vinh-danh/bao-va-phat-thanh-truyen-hinh-khanh-hoa/');
    expect(successor).toContain('Khen thưởng của các đơn vị tiền thân');
    const section = successor.slice(successor.indexOf('id="tien-than"'));
    expect(section).toContain('Báo Ninh Thuận');
    for (const r of portal.rowsByHonoree.get('bao-ninh-thuan')!)
      expect(section).toContain(`href="${paths.article(r.article)}"`);
  });
});
