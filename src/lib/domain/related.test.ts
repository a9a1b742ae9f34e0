import { describe, expect, it } from 'vitest';
import { article, SITE } from '../../../tests/helpers/content.ts';
import { buildPortal } from './portal.ts';
import { otherNews, placeOf } from './related.ts';

const site = SITE;
const art = article;

describe('placeOf', () => {
  it('finds the province a location names', () => {
    expect(placeOf('Tỉnh Hà Nam')).toBe('hà nam');
    expect(placeOf('Ban Quản lý Vườn quốc gia Bù Gia Mập, tỉnh Bình Phước')).toBe('bình phước');
    expect(placeOf('Ninh Thuận (trực tuyến với các huyện, thành phố)')).toBe('ninh thuận');
    expect(placeOf('Thành phố Hà Nội')).toBe('hà nội');
    expect(placeOf(undefined)).toBeUndefined();
    expect(placeOf(' ')).toBeUndefined();
  });
});

describe('otherNews', () => {
  const portal = buildPortal({
    site,
    awardTypes: [],
    honorees: [],
    blocs: [],
    articles: [
      art('ha-nam-1', '2021-03-19', { location: 'Tỉnh Hà Nam', kind: 'hoi-nghi' }),
      art('ha-nam-2', '2021-02-01', { location: 'Hà Nam' }),
      art('ha-nam-tag', '2020-01-01', { tags: ['Hà Nam', 'bằng khen'] }),
      art('ninh-thuan-hoi-nghi', '2021-05-01', { location: 'Ninh Thuận', kind: 'hoi-nghi' }),
      art('ninh-thuan-moi', '2021-06-01', { location: 'Ninh Thuận' }),
      art('khen-co', '2019-01-01', {
        kind: 'khen-thuong',
        awards: [{ award: 'co-thi-dua', year: 2018, recipients: ['x'] }],
      }),
      art('khen-co-2', '2018-01-01', {
        kind: 'khen-thuong',
        location: 'Bình Phước',
        awards: [{ award: 'co-thi-dua', year: 2017, recipients: ['y'] }],
      }),
    ],
  });
  const slugs = (slug: string, n: number) => otherNews(portal, portal.articleBySlug.get(slug)!, n).map((a) => a.slug);

  it('shows news of the same province before news of other provinces', () => {
    expect(slugs('ha-nam-1', 3)).toEqual(['ha-nam-2', 'ha-nam-tag', 'ninh-thuan-hoi-nghi']);
  });
  it('puts the same province before articles that only share award types', () => {
    const p = buildPortal({
      site,
      awardTypes: [],
      honorees: [],
      blocs: [],
      articles: [
        art('ha-nam', '2021-03-19', {
          location: 'Tỉnh Hà Nam',
          awards: [
            { award: 'a', year: 2020, recipients: ['x'] },
            { award: 'b', year: 2020, recipients: ['x'] },
          ],
        }),
        art('ninh-thuan', '2022-01-01', {
          location: 'Ninh Thuận',
          awards: [
            { award: 'a', year: 2021, recipients: ['y'] },
            { award: 'b', year: 2021, recipients: ['y'] },
          ],
        }),
        art('ha-nam-cu', '2020-01-01', { location: 'Hà Nam' }),
      ],
    });
    expect(otherNews(p, p.articleBySlug.get('ha-nam')!, 2).map((a) => a.slug)).toEqual(['ha-nam-cu', 'ninh-thuan']);
  });
  it('relates articles that announce the same award type', () => {
    expect(slugs('khen-co-2', 1)).toEqual(['khen-co']);
  });
  it('fills with the same kind, then the newest, never repeating or showing the article itself', () => {
    const out = slugs('ninh-thuan-moi', 10);
    expect(out[0]).toBe('ninh-thuan-hoi-nghi');
    expect(out).not.toContain('ninh-thuan-moi');
    expect(new Set(out).size).toBe(out.length);
    expect(out).toHaveLength(6);
  });

  it('finds the same articles as scoring every article, on random portals', () => {
    // The reference: every other article scored, sorted by score then the portal's order.
    const naive = (p: ReturnType<typeof buildPortal>, a: (typeof p.articles)[number], limit: number) => {
      const placesOf = (x: typeof a) => {
        const known = new Set(p.articles.map((y) => placeOf(y.location)).filter(Boolean));
        const s = new Set<string>();
        const own = placeOf(x.location);
        if (own) s.add(own);
        for (const t of x.tags ?? []) if (known.has(t.toLocaleLowerCase('vi'))) s.add(t.toLocaleLowerCase('vi'));
        return s;
      };
      const mine = placesOf(a);
      const awards = new Set((a.awards ?? []).map((e) => e.award));
      const scored = p.articles
        .filter((x) => x.slug !== a.slug)
        .map((x) => {
          let s = 0;
          for (const b of x.blocs ?? []) if (a.blocs?.includes(b)) s += 4;
          for (const q of placesOf(x)) if (mine.has(q)) s += 3;
          if ((x.awards ?? []).some((e) => awards.has(e.award))) s += 2;
          return { x, s };
        })
        .filter((e) => e.s > 0)
        .sort((u, v) => v.s - u.s || p.articleIndex.get(u.x.slug)! - p.articleIndex.get(v.x.slug)!)
        .map((e) => e.x);
      const out = scored.slice(0, limit);
      for (const list of [p.byKind.get(a.kind) ?? [], p.articles])
        for (const x of list) if (out.length < limit && x !== a && !out.includes(x)) out.push(x);
      return out.map((x) => x.slug);
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const provinces = ['Hà Nam', 'Ninh Thuận', 'Bình Phước'];
    const kinds = ['tin-tuc', 'hoi-nghi', 'khen-thuong'] as const;
    for (let round = 0; round < 20; round++) {
      const articles = Array.from({ length: 40 }, (_, i) =>
        art(`a${round}-${i}`, `20${10 + rnd(10)}-0${1 + rnd(9)}-1${rnd(10)}`, {
          kind: kinds[rnd(3)],
          ...(rnd(3) ? { location: `Tỉnh ${provinces[rnd(3)]}` } : {}),
          ...(rnd(4) === 0 ? { tags: [provinces[rnd(3)]!] } : {}),
          blocs: [...new Set(Array.from({ length: rnd(3) }, () => `k${rnd(4)}`))],
          awards: Array.from({ length: rnd(3) }, () => ({ award: `w${rnd(4)}`, year: 2020, recipients: ['x'] })),
        }),
      );
      const p = buildPortal({ site, awardTypes: [], honorees: [], blocs: [], articles });
      for (const a of p.articles.slice(0, 10))
        for (const limit of [1, 5, 12]) expect(otherNews(p, a, limit).map((x) => x.slug)).toEqual(naive(p, a, limit));
    }
  });
});
