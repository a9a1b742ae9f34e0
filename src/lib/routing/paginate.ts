/** Pagination of listings: 20 per page, page 1 at the listing's own URL, then `2/`, `3/`… */

export const PAGE_SIZE = 20;

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, so an empty listing still has its page). */
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** `/tin-tuc/` + 1 → `/tin-tuc/`; + 3 → `/tin-tuc/3/`. */
export function pagePath(listing: string, number: number): string {
  return number <= 1 ? listing : `${listing}${number}/`;
}

/** Page numbers to show in a pager: first, last, and a window around the current one; 0 marks a gap. */
export function pagerWindow(current: number, count: number, radius = 2): number[] {
  const pages: number[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages[pages.length - 1] !== 0) pages.push(0);
  }
  return pages;
}
