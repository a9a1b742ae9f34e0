/**
 * The only place URL shapes live. Every function returns a site-relative path
 * starting and ending with "/" (or a file name); `withBase` adds the sub-path.
 */
import type { ArticleKind } from '../domain/vocabulary.ts';
import { pagePath } from './paginate.ts';

export const paths = {
  home: () => '/',
  articles: (page = 1) => pagePath('/tin-tuc/', page),
  article: (slug: string) => `/tin-tuc/${slug}/`,
  kind: (kind: ArticleKind | string, page = 1) => pagePath(`/chuyen-muc/${kind}/`, page),
  kindFeed: (kind: ArticleKind | string) => `/chuyen-muc/${kind}/rss.xml`,
  year: (year: number | string) => `/nam/${year}/`,
  blocs: () => '/khoi-thi-dua/',
  bloc: (id: string) => `/khoi-thi-dua/${id}/`,
  honorees: () => '/vinh-danh/',
  /** One letter of the honoree index, e.g. Đ → `/vinh-danh/chu-cai/dd/` (Telex spelling, as people type). */
  honoreeLetter: (letter: string, page = 1) => pagePath(`/vinh-danh/chu-cai/${letterSlug(letter)}/`, page),
  honoree: (id: string) => `/vinh-danh/${id}/`,
  awardTypes: () => '/khen-thuong/',
  awardType: (id: string) => `/khen-thuong/${id}/`,
  awardTypeYear: (id: string, year: number, page = 1) => pagePath(`/khen-thuong/${id}/${year}/`, page),
  /** Decisions by year, newest first; each year on its own page (split in pages past DECISION_PAGE_SIZE). */
  decisions: () => '/quyet-dinh/',
  decisionYear: (year: number | string, page = 1) => pagePath(`/quyet-dinh/${year}/`, page),
  /** One decision: `/quyet-dinh/2021/512-qd-ubnd/` (year of its date, number slug, see domain/decisions.ts). */
  decision: (year: number | string, slug: string) => `/quyet-dinh/${year}/${slug}/`,
  /** A decision by its key `<year>/<slug>`. */
  decisionByKey: (key: string) => `/quyet-dinh/${key}/`,
  /** Its signed document, published under its URL with a name from its number: `…/512-qd-ubnd/512-qd-ubnd.pdf`. */
  decisionDocument: (year: number | string, slug: string) => `/quyet-dinh/${year}/${slug}/${slug}.pdf`,
  search: () => '/tim-kiem/',
  feed: () => '/rss.xml',
  sitemapIndex: () => '/sitemap-index.xml',
  sitemap: (n: number) => `/sitemap-${n}.xml`,
  openData: () => '/du-lieu/',
  openDataCsv: () => '/du-lieu/khen-thuong.csv',
  openDataJson: () => '/du-lieu/khen-thuong.json',
  notFound: () => '/404.html',
} as const;

const TELEX: Record<string, string> = { Ă: 'aw', Â: 'aa', Đ: 'dd', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw', '#': 'khac' };

/** "Ă" → "aw", "B" → "b", "#" (names starting with a digit) → "khac". */
export function letterSlug(letter: string): string {
  return TELEX[letter] ?? letter.toLowerCase();
}

/** Normalise a base path: "" | "/" → "/", "tdkt" → "/tdkt/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** "/tin-tuc/x/" under base "/tdkt/" → "/tdkt/tin-tuc/x/". */
export function withBase(path: string, base: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** Absolute URL for feeds, canonical links and the sitemap: origin + sub-path + path. */
export function absoluteUrl(path: string, origin: string, base: string): string {
  return new URL(withBase(path, base), origin).href;
}
