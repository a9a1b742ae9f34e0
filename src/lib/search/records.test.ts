import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPortal } from '../domain/portal.ts';
import { validateContent } from '../source/validate.ts';
import { searchRecords } from './records.ts';

// The repository's sample content, read as the build reads it.
const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const portal = buildPortal(validateContent(root).set);
const records = searchRecords(portal);
const byUrl = (url: string) => records.find((r) => r.url === url)!;

describe('search records', () => {
  it('one per published article, per honoree and per decision; no draft', () => {
    expect(records.some((r) => r.url.includes('du-thao'))).toBe(false);
    expect(records.filter((r) => r.url.startsWith('/tin-tuc/')).length).toBe(portal.articles.length);
    // Honorees are in the main index, which the standard API at pagefind/pagefind.js searches (contract).
    expect(records.filter((r) => r.url.startsWith('/vinh-danh/')).length).toBe(portal.honorees.length);
    expect(records.every((r) => r.bundle === undefined)).toBe(true);
    expect(records.filter((r) => r.url.startsWith('/quyet-dinh/')).length).toBe(portal.decisions.length);
    expect(records.every((r) => /^\/(tin-tuc|quyet-dinh|vinh-danh)\//.test(r.url))).toBe(true);
  });

  it('one filter name for one thing: kind for articles, honoree for honorees, document for decisions', () => {
    const section = (r: (typeof records)[number]) => r.url.split('/')[1];
    const names = (prefix: string) =>
      new Set(
        records
          .filter((r) => section(r) === prefix)
          .flatMap((r) => ['kind', 'honoree', 'document'].filter((k) => k in r.filters)),
      );
    expect(names('tin-tuc')).toEqual(new Set(['kind']));
    expect(names('vinh-danh')).toEqual(new Set(['honoree']));
    expect(names('quyet-dinh')).toEqual(new Set(['document']));
  });

  it("content is the article's own text; recipients, awards and twins are search words only", () => {
    const r = byUrl('/tin-tuc/ninh-thuan-khen-thuong-hai-don-vi-khoi-co-quan-dang/');
    expect(r.content).not.toMatch(/đua dua|Đảng Dang/);
    expect(r.content.startsWith(r.meta.title!)).toBe(true);
    expect(r.meta.k).toContain('Văn phòng Tỉnh ủy Ninh Thuận'); // a recipient
    expect(r.meta.k).toContain('Khối thi đua các cơ quan Đảng tỉnh Ninh Thuận'); // its bloc
    expect(r.meta.k).toMatch(/\bthi dua\b/); // folded neighbourhood
    expect(r.meta.k).toMatch(/\bTDKT\b/); // "thi đua, khen thưởng" spelled out in the text
    expect(r.meta.tf).toContain('cac co quan Dang tinh Ninh Thuan'); // the title has đ
  });

  it('honorees: name folded with abbreviated phrase; title folded when it has đ', () => {
    const ubnd = byUrl('/vinh-danh/ubnd-tinh-ha-nam/');
    expect(ubnd.meta.name).toContain('UBND tinh ha nam');
    expect(ubnd.content).toBe('Ủy ban nhân dân tỉnh Hà Nam');
    const yen = byUrl('/vinh-danh/dang-thi-yen-ha-nam/');
    expect(yen.meta.tf).toBe('Dang Thi Yen');
    expect(yen.meta.name).toContain('Dang Thi Yen');
  });
});
