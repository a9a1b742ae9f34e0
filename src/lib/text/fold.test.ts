import { describe, expect, it } from 'vitest';
import { foldVi, hasDiacritics, searchKey } from './fold.ts';

describe('foldVi', () => {
  it('strips tones and vowel marks, and maps đ/Đ to d/D', () => {
    expect(foldVi('Điền Khuê')).toBe('Dien Khue');
    expect(searchKey('Thi đua – Khen thưởng')).toBe('thi dua – khen thuong');
  });
  it('folds NFD input exactly like NFC', () => {
    const nfd = 'Đảng ủy Hồ Chí Minh'.normalize('NFD');
    expect(foldVi(nfd)).toBe(foldVi('Đảng ủy Hồ Chí Minh'));
  });
});

describe('hasDiacritics', () => {
  it('is true for tones, vowel marks and đ, false for plain ASCII', () => {
    expect(hasDiacritics('Ninh Thuan')).toBe(false);
    expect(hasDiacritics('Ninh Thuận')).toBe(true);
    expect(hasDiacritics('dd đ')).toBe(true);
    expect(hasDiacritics('Ơ')).toBe(true);
    expect(hasDiacritics('Ninh Thuận'.normalize('NFD'))).toBe(true);
  });
});
