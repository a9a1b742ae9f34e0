import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { parseFrontMatter } from '../../src/lib/source/frontmatter.ts';
import { articleTemplate, kindChoices, parseKind, scaffoldArticle, slugForTitle, titleProblem } from './scaffold.ts';

const TITLE = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020';

describe('scaffoldArticle', () => {
  it('makes the slug from the title and the path from the date', () => {
    const r = scaffoldArticle({ kind: 'hoi-nghi', title: TITLE, date: '2025-06-01', taken: new Set() });
    expect(r).toMatchObject({
      ok: true,
      kind: 'hoi-nghi',
      slug: 'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020',
      year: '2025',
      path: 'content/articles/2025/hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020.md',
    });
  });

  it('gives a second article with the same title a distinct slug, whatever year the first is in', () => {
    const taken = new Set(['hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020']);
    const r = scaffoldArticle({ kind: 'hoi-nghi', title: TITLE, date: '2025-06-01', taken });
    expect(r.ok && r.slug).toBe('hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020-2');
  });

  it('writes a file whose front matter is a valid draft, with today as its date', () => {
    const r = scaffoldArticle({ kind: 'Khen thưởng', title: `  ${TITLE}  `, date: '2025-06-01', taken: new Set() });
    if (!r.ok) throw new Error(r.message);
    const fm = parseFrontMatter(r.text);
    if (!fm.ok) throw new Error(fm.message);
    expect(fm.data).toEqual({
      title: TITLE,
      date: '2025-06-01',
      kind: 'khen-thuong',
      summary: expect.any(String),
      draft: true,
    });
    expect(articleSchema.safeParse(fm.data).success).toBe(true);
    expect(fm.body.trim()).not.toBe('');
  });

  it('mentions every field of the content model, the optional ones commented out', () => {
    const text = articleTemplate({ title: 'T', date: '2025-01-01', kind: 'tin-tuc' });
    for (const field of Object.keys(articleSchema.shape))
      expect(text, field).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    for (const nested of [
      'award',
      'year',
      'recipients',
      'decision',
      'decision_date',
      'reason',
      'src',
      'alt',
      'caption',
    ])
      expect(text, nested).toMatch(new RegExp(`^#\\s+(?:- )?${nested}:`, 'm'));
  });

  it('refuses an unknown kind, listing the kinds in Vietnamese', () => {
    const r = scaffoldArticle({ kind: 'bao-cao', title: TITLE, date: '2025-06-01', taken: new Set() });
    expect(r).toEqual({ ok: false, message: `chuyên mục "bao-cao" không có — chọn một trong: ${kindChoices()}` });
    expect(kindChoices()).toBe(
      'hoi-nghi (Hội nghị: hội nghị tổng kết, sơ kết), khen-thuong (Khen thưởng: quyết định, lễ trao khen thưởng), phat-dong (Phát động thi đua: phát động thi đua, ký kết giao ước), tin-tuc (Tin tức: tin khác)',
    );
  });

  it('refuses empty, multi-line, too long and letterless titles', () => {
    expect(titleProblem('  ')).toMatch(/trống/);
    expect(titleProblem('a\nb')).toMatch(/một dòng/);
    expect(titleProblem('x'.repeat(201))).toMatch(/quá dài \(201 ký tự\)/);
    expect(titleProblem('!!!')).toMatch(/không có chữ/);
    expect(titleProblem(TITLE)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('reads a kind from its id, label, unaccented label or number', () => {
    expect(['hoi-nghi', 'Hội nghị', 'hoi nghi', '1', 'Phát động thi đua', '4', '5', 'x'].map(parseKind)).toEqual([
      'hoi-nghi',
      'hoi-nghi',
      'hoi-nghi',
      'hoi-nghi',
      'phat-dong',
      'tin-tuc',
      undefined,
      undefined,
    ]);
  });

  it('never makes a slug of digits only', () => {
    expect(slugForTitle('2021', new Set())).toBe('bai-2021');
  });
});
