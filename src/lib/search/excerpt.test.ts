import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from './excerpt.ts';
import { foldedIndexText } from './records.ts';

describe('foldedIndexText', () => {
  it('puts a folded twin after every word with đ, and nothing else', () => {
    expect(foldedIndexText('Khối thi đua các cơ quan Đảng')).toBe('Khối thi đua dua các cơ quan Đảng Dang');
    expect(foldedIndexText('Hà Nội')).toBe('Hà Nội');
  });
  it('treats NFD text as NFC', () => {
    expect(foldedIndexText('thi đua'.normalize('NFD'))).toBe('thi đua dua');
  });
});

describe('cleanExcerpt', () => {
  it('merges a highlighted twin back into its word', () => {
    expect(cleanExcerpt('Khối thi đua <mark>dua</mark> các cơ quan')).toBe('Khối thi <mark>đua</mark> các cơ quan');
    expect(cleanExcerpt('<mark>Đảng</mark> <mark>Dang</mark> tỉnh')).toBe('<mark>Đảng</mark> tỉnh');
  });
  it('drops an unhighlighted twin', () => {
    expect(cleanExcerpt('<mark>thi</mark> đua dua năm')).toBe('<mark>thi</mark> đua năm');
  });
  it('keeps words that are not twins and escapes markup', () => {
    expect(cleanExcerpt('đua xe &lt;b&gt;')).toBe('đua xe &lt;b&gt;');
    expect(cleanExcerpt('<img src=x onerror=alert(1)>đi di')).toBe('đi');
  });
});
