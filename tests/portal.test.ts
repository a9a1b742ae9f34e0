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

let site: Fixture;
let sub: Fixture;
let portal: Portal;
let origin: string;

const page = (f: Fixture, p: string) => read(f, p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1));

beforeAll(() => {
  site = makeFixture('sample');
  sub = makeFixture('subpath');
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

  it('paginates listings by 20 with plain links', () => {
    const html = page(site, '/tin-tuc/');
    expect((html.match(/<li> <p class="meta">/g) ?? []).length).toBe(Math.min(20, portal.articles.length));
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
      const type = portal.awardTypeById.get(r.award)!;
      expect(page(site, paths.honoree(r.honoree))).toContain(`href="${paths.article(r.article)}"`);
      expect(page(site, paths.honoree(r.honoree))).toContain(type.name);
      expect(page(site, paths.awardType(r.award))).toContain(`href="${paths.honoree(r.honoree)}"`);
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

  it('counts on an award type page equal its rows', () => {
    for (const t of portal.awardTypes) {
      const rows = portal.rowsByAwardType.get(t.id) ?? [];
      const html = page(site, paths.awardType(t.id));
      const links = (html.match(/<td><a href="\/vinh-danh\//g) ?? []).length;
      if (rows.length <= 500) expect(links).toBe(rows.length);
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

  it('reading pages carry no JavaScript and say lang="vi"', () => {
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
      ).toEqual([]);
    }
    expect(
      distFiles(site).filter(
        (p) => p.endsWith('.js') && !p.startsWith('pagefind/') && !p.startsWith('_astro/') && !p.startsWith('admin/'),
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
