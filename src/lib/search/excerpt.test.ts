import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from './excerpt.ts';

describe('cleanExcerpt', () => {
  it('keeps the highlight and the words as they are', () => {
    expect(cleanExcerpt('Khối thi <mark>đua</mark> các cơ quan')).toBe('Khối thi <mark>đua</mark> các cơ quan');
  });
  it('drops other markup and escapes text once', () => {
    expect(cleanExcerpt('đua xe &lt;b&gt;')).toBe('đua xe &lt;b&gt;');
    expect(cleanExcerpt('<img src=x onerror=alert(1)>đi')).toBe('đi');
    expect(cleanExcerpt('GD&amp;ĐT')).toBe('GD&amp;ĐT');
  });
});
