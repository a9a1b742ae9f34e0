import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, vietnameseScore } from './syllable.ts';

describe('isVietnameseSyllable', () => {
  it('accepts the syllables of ordinary Vietnamese, in any case and in NFD', () => {
    const words =
      'Việt Nam Hội nghị tổng kết công tác thi đua khen thưởng năm của Khối số được người Nguyễn khuya quốc Thủy Phước Tỉnh Mập gì gìn giữ giữa Hòa thuở Trường Chính trị Quốc ủy Ủy xoong quyết khuyên Huỳnh đoàn Đảng kỳ chuyển hoạch oai HUỲNH';
    for (const w of words.split(' ')) expect(isVietnameseSyllable(w), w).toBe(true);
    expect(isVietnameseSyllable('Việt'.normalize('NFD'))).toBe(true);
  });

  it('refuses mojibake, two tones, impossible rhymes and a huyền tone on a -t syllable', () => {
    for (const w of [
      'ViÖt',
      'Néi',
      'Hµ',
      'nghÜa',
      'Vieät',
      'Coäng',
      'hoøa',
      'café',
      'Việtc',
      'ăa',
      'Việt̀',
      'Viềt',
      'Vĩệt',
    ]) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

describe('vietnameseScore', () => {
  it('counts valid marked syllables and subtracts broken words; ASCII words and Đ acronyms count for nothing', () => {
    expect(vietnameseScore('Việt Nam')).toBe(1);
    expect(vietnameseScore('ViÖt Nam')).toBe(-1);
    expect(vietnameseScore('HĐND TĐKT hello')).toBe(0);
    expect(vietnameseScore('Cộng hòa xã hội chủ nghĩa Việt Nam')).toBe(7);
  });
});
