import { describe, expect, it } from 'vitest';
import { describePersonalData, findPersonalData, maskNumber } from './privacy.ts';

describe('findPersonalData', () => {
  it('finds a citizen ID (12 digits)', () => {
    expect(findPersonalData('CCCD 079123456789')).toEqual([{ kind: 'cccd', masked: '07********89' }]);
    expect(findPersonalData('079 123 456 789')).toEqual([{ kind: 'cccd', masked: '07********89' }]);
  });

  it.each([['0912345678'], ['0912 345 678'], ['0912.345.678'], ['SĐT:0987654321'], ['Liên hệ 0912 345 678.']])(
    'finds the phone number in %j',
    (text) => {
      const hits = findPersonalData(text);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.kind).toBe('phone');
    },
  );

  it.each([['+84 912 345 678'], ['+84912345678'], ['+84 912.345.678']])('finds the international number %j', (text) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'phone', masked: '84*******78' }]);
  });

  it.each([
    ['năm 2020'],
    ['Quyết định 1234/QĐ-UBND ngày 15/3/2021'],
    ['giai đoạn 2016-2020'],
    ['Chiến sĩ thi đua cơ sở 3 năm liền (2018, 2019, 2020)'],
    ['Trường THPT số 2'],
    ['1234567890'], // 10 digits not starting with 0
    ['+84 912 345'], // too short
    ['0912 345 6789'], // 11 digits: neither a phone nor an ID
  ])('does not flag %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('finds several numbers separated by words', () => {
    expect(findPersonalData('CCCD 079123456789, ĐT 0912345678').map((h) => h.kind)).toEqual(['cccd', 'phone']);
  });

  // BUG (src/lib/domain/privacy.ts): DIGIT_RUN lets a single space join digit
  // groups, so two numbers separated by one space merge into one longer run that
  // matches neither rule (the contract forbids each number on its own):
  //   findPersonalData('079123456789 0912345678') → []   (expected a cccd and a phone)
  //   findPersonalData('sinh năm 1980 0912 345 678') → [] (expected a phone)
  // and three years in a row become a false "citizen ID":
  //   findPersonalData('các năm 2019 2020 2021') → [{ kind: 'cccd', masked: '20********21' }]
  it('does not merge neighbouring numbers', () => {
    expect(findPersonalData('079123456789 0912345678').map((h) => h.kind)).toEqual(['cccd', 'phone']);
    expect(findPersonalData('sinh năm 1980 0912 345 678').map((h) => h.kind)).toEqual(['phone']);
    expect(findPersonalData('các năm 2019 2020 2021')).toEqual([]);
  });
});

describe('maskNumber', () => {
  it('keeps two digits at each end and hides the rest', () => {
    expect(maskNumber('0912 345 678')).toBe('09******78');
    expect(maskNumber('079123456789')).toBe('07********89');
    expect(maskNumber('+84 912.345.678')).toBe('84*******78');
    expect(maskNumber('1234')).toBe('****');
  });

  it('never reveals the middle digits', () => {
    for (const raw of ['0912345678', '0987 654 321', '079123456789', '+84 935 246 801']) {
      const digits = raw.replace(/\D/g, '');
      const masked = maskNumber(raw);
      expect(masked).toHaveLength(digits.length);
      expect(masked.slice(2, -2)).toMatch(/^\*+$/);
      expect(masked).not.toContain(digits.slice(2, -2));
    }
  });
});

describe('describePersonalData', () => {
  it('names the kind and shows only the masked number', () => {
    const [id] = findPersonalData('079123456789');
    expect(describePersonalData(id!)).toBe(
      'có dãy số giống số căn cước công dân (07********89) — không đăng số định danh cá nhân; hãy xoá dãy số này',
    );
    const [phone] = findPersonalData('0912 345 678');
    const text = describePersonalData(phone!);
    expect(text).toBe(
      'có dãy số giống số điện thoại (09******78) — không đăng số điện thoại cá nhân; hãy xoá dãy số này',
    );
    expect(text).not.toContain('345');
  });
});
