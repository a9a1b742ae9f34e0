/**
 * Content for unit tests of the domain: an article with every required field, to be completed with
 * what a test is about. Kept beside the other test helpers, not in src/lib (which holds only what
 * the site imports).
 */
import type { Article, ContentSet, Honoree, Site } from '../../src/lib/domain/types.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

export const SITE: Site = { name: 'Cổng', owner: 'Ban', province: 'Ninh Thuận', base_url: 'https://x.gov.vn' };

/** A published news article of `date`, in its year folder, titled by its slug. */
export const article = (slug: string, date: string, over: Partial<Article> = {}): Article => ({
  slug,
  date,
  file: `content/articles/${date.slice(0, 4)}/${slug}.md`,
  format: 'md',
  folderYear: date.slice(0, 4),
  title: slug,
  kind: 'tin-tuc',
  summary: 's',
  body: 'b',
  ...over,
});

/** An honoree at `index` of content/honorees/a.yaml, named by its id. */
export const honoree = (id: string, index: number, over: Partial<Honoree> = {}): Honoree => ({
  id,
  name: id,
  type: 'tap-the',
  file: 'content/honorees/a.yaml',
  index,
  ...over,
});

/** A content set with site settings and nothing else unless given. */
export const contentSet = (over: Partial<ContentSet> = {}): ContentSet => ({
  site: SITE,
  awardTypes: [],
  blocs: [],
  honorees: [],
  articles: [],
  ...over,
});

/** A search record whose text is its title (the quick index's unit tests). */
export const searchRecord = (
  url: string,
  title: string,
  date: string,
  meta: Record<string, string> = {},
): SearchRecord => ({ url, content: title, language: 'vi', meta: { title, ...meta }, filters: {}, sort: { date } });
