import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations.ts';
import {
  abbreviatedPhrases,
  abbreviationWords,
  foldedWindows,
  foldedWords,
  iyVariant,
  nameForms,
  numberWords,
  searchWords,
  tonePlacementVariant,
} from './expand.ts';

const words = (s: string) => new Set(searchWords(s).split(/\s+/));

describe('abbreviations', () => {
  it('the list has no empty or duplicate forms', () => {
    const forms = ABBREVIATIONS.flatMap((a) => [a.abbr, ...(a.also ?? [])]);
    expect(forms.every((f) => f.trim().length > 1)).toBe(true);
    expect(new Set(forms.map((f) => foldedWords(f))).size).toBe(forms.length);
    expect(ABBREVIATIONS.every((a) => a.full.split(' ').length > 1)).toBe(true);
  });
  it('spelled-out words give the abbreviation, whatever punctuation and tone placement', () => {
    const w = words('Hội đồng Thi đua – Khen thưởng tỉnh Ninh Thuận; Uỷ ban nhân dân tỉnh');
    for (const t of ['TĐKT', 'TDKT', 'HĐTĐKT', 'UBND']) expect(w.has(t), t).toBe(true);
  });
  it('the abbreviation gives the spelled-out words, accented and folded', () => {
    const w = searchWords('Sở GD&ĐT và LĐLĐ tỉnh, QĐ số 5');
    expect(w).toContain('giáo dục và đào tạo');
    expect(w).toContain('giao duc va dao tao');
    expect(w).toContain('liên đoàn lao động');
    expect(w).toContain('quyết định');
  });
  it('"GD&ĐT" printed gives the joined and folded forms, and the words give it back', () => {
    expect(abbreviationWords('Sở Giáo dục và Đào tạo')).toEqual(expect.arrayContaining(['GDĐT', 'GDDT', 'GD', 'ĐT']));
  });
  it('does not see an abbreviation inside a longer word or phrase', () => {
    expect(abbreviationWords('khách hàng')).toEqual([]);
    expect(abbreviationWords('thi đua')).toEqual([]);
  });
});

describe('spelling variants', () => {
  it('i ↔ y after a consonant, keeping tone and case', () => {
    expect(iyVariant('sĩ')).toBe('sỹ');
    expect(iyVariant('Kỹ')).toBe('Kĩ');
    expect(iyVariant('lý')).toBe('lí');
    expect(iyVariant('mỹ')).toBe('mĩ');
    expect(iyVariant('tỷ')).toBe('tỉ');
    expect(iyVariant('hy')).toBe('hi');
    expect(iyVariant('quý')).toBe('quí');
  });
  it('leaves other words alone', () => {
    for (const w of ['gì', 'sinh', 'ai', 'nghỉ', 'Mỹ Tho'.split(' ')[1]!, 'y']) expect(iyVariant(w), w).toBeUndefined();
  });
  it('old ↔ new tone placement in oa, oe, uy', () => {
    expect(tonePlacementVariant('hòa')).toBe('hoà');
    expect(tonePlacementVariant('Hoà')).toBe('Hòa');
    expect(tonePlacementVariant('thuỷ')).toBe('thủy');
    expect(tonePlacementVariant('khỏe')).toBe('khoẻ');
    expect(tonePlacementVariant('quý')).toBeUndefined();
    expect(tonePlacementVariant('hoa')).toBeUndefined();
    expect(tonePlacementVariant('hoàn')).toBeUndefined();
  });
  it('search words carry the other spelling', () => {
    const w = words('Chiến sĩ thi đua, kỹ thuật, Hòa Bình');
    for (const t of ['sỹ', 'kĩ', 'Hoà', 'dua']) expect(w.has(t), t).toBe(true);
  });
});

describe('decision numbers', () => {
  it('pieces, joined and folded', () => {
    expect(numberWords('Quyết định số 512/QĐ-UBND ngày 5/3/2021')).toEqual(
      expect.arrayContaining(['512QĐUBND', '512QDUBND', 'QD']),
    );
  });
});

describe('name forms', () => {
  it('the name folded, with i/y spellings and the abbreviated phrase', () => {
    expect(nameForms('Nguyễn Văn Sỹ')).toBe('Nguyễn Văn Sĩ · Nguyen Van Sy');
    expect(nameForms('Lê Thị Thuỷ')).toBe('Lê Thị Thủy · Le Thi Thuy');
    expect(abbreviatedPhrases('Ủy ban nhân dân tỉnh Hà Nam')).toEqual(['UBND tinh ha nam']);
    expect(abbreviatedPhrases('Sở GD&ĐT Lâm Đồng')).toEqual(['so giao duc va dao tao lam dong']);
  });
});

describe('folded neighbourhoods', () => {
  it('words with đ with their neighbours, and abbreviations in context', () => {
    const w = foldedWindows('Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh Ninh Thuận');
    expect(w).toContain('hoi dong thi');
    expect(w).toContain('thi dua khen');
    expect(w).toContain('hoi dong tdkt tinh ninh');
  });
});
