/**
 * The search filters, by the name Pagefind stores them under, with their Vietnamese labels. One
 * name for one thing: `kind` is an article's kind only (its section, chuyên mục), `honoree` the
 * type of an honoree (tập thể, cá nhân), `document` the decisions.
 */
export const FILTERS = {
  kind: 'Chuyên mục',
  honoree: 'Tập thể, cá nhân',
  document: 'Văn bản',
  year: 'Năm',
  bloc: 'Khối thi đua',
  award: 'Khen thưởng',
} as const;
export type FilterName = keyof typeof FILTERS;

/**
 * Where honoree records are indexed. The contract (content-model.md, Search) says that the
 * standard API at `<base>pagefind/pagefind.js` finds a person by name, so honorees are in the
 * main index. `'honorees'` would put them in `pagefind/vinh-danh/` instead, fetched after the
 * first results: a first search 387 KB lighter at N = 10,000 (docs/search.md), but invisible to
 * a client of the standard API that does not also load that index.
 */
export const HONOREE_BUNDLE: 'main' | 'honorees' = 'main';
