import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from './excerpt.ts';

describe('cleanExcerpt', () => {
  it('keeps the highlight and the words as they are', () => {
    expect(cleanExcerpt('Khối thi <mark>đua</mark> các cơ quan')).toBe('Khối thi <mark>đua</mark> các cơ quan');
  });
  it('highlights words matched through their folded form, given the query', () => {
    expect(cleanExcerpt('Khối các cơ quan <mark>Đảng</mark> tỉnh', 'dang tinh')).toBe(
      'Khối các cơ quan <mark>Đảng</mark> <mark>tỉnh</mark>',
    );
    expect(cleanExcerpt('Khối các cơ quan Đảng tỉnh', 'dang')).toBe('Khối các cơ quan <mark>Đảng</mark> tỉnh');
    expect(cleanExcerpt('a &lt;b&gt; đua', 'lt b')).toBe('a &lt;<mark>b</mark>&gt; đua');
    // Typed with marks, a word highlights only itself: "Đặng" is not "Đảng".
    expect(cleanExcerpt('bà Đặng Thị Yến, Bí thư Đảng ủy', 'Đặng')).toBe(
      'bà <mark>Đặng</mark> Thị Yến, Bí thư Đảng ủy',
    );
  });
  it('drops other markup and escapes text once', () => {
    expect(cleanExcerpt('đua xe &lt;b&gt;')).toBe('đua xe &lt;b&gt;');
    expect(cleanExcerpt('<img src=x onerror=alert(1)>đi')).toBe('đi');
    expect(cleanExcerpt('GD&amp;ĐT')).toBe('GD&amp;ĐT');
  });
});
