import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pagePath, pagerWindow, paginate } from './paginate.ts';

describe('paginate', () => {
  it('splits 45 items into pages of 20, 20 and 5', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items);
    expect(PAGE_SIZE).toBe(20);
    expect(pages.map((p) => [p.number, p.count, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(pages[2]!.items).toEqual([40, 41, 42, 43, 44]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives exactly full pages when the count divides evenly', () => {
    expect(paginate(Array(40).fill(0)).map((p) => p.items.length)).toEqual([20, 20]);
    expect(paginate(Array(41).fill(0)).map((p) => p.items.length)).toEqual([20, 20, 1]);
  });

  it('keeps one empty page for an empty listing', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('takes another page size', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('pagePath', () => {
  it("keeps page 1 at the listing's own URL, then n/", () => {
    expect(pagePath('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pagePath('/tin-tuc/', 2)).toBe('/tin-tuc/2/');
    expect(pagePath('/chuyen-muc/hoi-nghi/', 12)).toBe('/chuyen-muc/hoi-nghi/12/');
    expect(pagePath('/tin-tuc/', 0)).toBe('/tin-tuc/');
  });
});

describe('pagerWindow', () => {
  it('shows first, last and two around the current page, 0 for each gap', () => {
    expect(pagerWindow(5, 10)).toEqual([1, 0, 3, 4, 5, 6, 7, 0, 10]);
    expect(pagerWindow(1, 10)).toEqual([1, 2, 3, 0, 10]);
    expect(pagerWindow(10, 10)).toEqual([1, 0, 8, 9, 10]);
    expect(pagerWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 0, 10]);
  });
  it('has no gaps for short listings', () => {
    expect(pagerWindow(1, 1)).toEqual([1]);
    expect(pagerWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('takes a radius', () => {
    expect(pagerWindow(5, 9, 1)).toEqual([1, 0, 4, 5, 6, 0, 9]);
  });
});
