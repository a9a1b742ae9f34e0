/** The search filters, by the name Pagefind stores them under, with their Vietnamese labels. */
export const FILTERS = { kind: 'Chuyên mục', year: 'Năm', bloc: 'Khối thi đua', award: 'Khen thưởng' } as const;
export type FilterName = keyof typeof FILTERS;
