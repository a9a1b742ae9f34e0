/**
 * Content for unit tests of the domain: an article with every required field, to be completed with
 * what a test is about. Kept beside the other test helpers, not in src/lib (which holds only what
 * the site imports).
 */
import type { Article, Site } from '../../src/lib/domain/types.ts';
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

/** A search record whose text is its title (the quick index's unit tests). */
export const searchRecord = (
  url: string,
  title: string,
  date: string,
  meta: Record<string, string> = {},
): SearchRecord => ({ url, content: title, language: 'vi', meta: { title, ...meta }, filters: {}, sort: { date } });
