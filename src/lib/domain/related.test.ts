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
});
