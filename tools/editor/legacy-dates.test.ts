import { describe, expect, it } from 'vitest';
import { dateLine, datesInText, guessYear, isDocumentDate, isoDate } from './legacy-dates.ts';

describe('dateLine', () => {
  it('reads the date lines of the portals, day first', () => {
    expect(dateLine('22/03/2021')).toBe('2021-03-22');
    expect(dateLine('Thứ hai - 15/03/2021 03:33 301 0')).toBe('2021-03-15');
    expect(dateLine('18/06/2021 ')).toBe('2021-06-18');
    expect(dateLine('Cập nhật: 08:30 15/3/2021')).toBe('2021-03-15');
    expect(dateLine('Ngày đăng: 15.03.2021 | 1.234 lượt xem')).toBe('2021-03-15');
    expect(dateLine('Chủ nhật, 7/3/2021 - 20:15')).toBe('2021-03-07');
    expect(dateLine('2021-03-15')).toBe('2021-03-15');
  });

  it('refuses a line with more than a date, and impossible dates', () => {
    expect(dateLine('Chiều ngày 22/3/2021, UBND tỉnh tổ chức hội nghị')).toBeUndefined();
    expect(dateLine('31/02/2021')).toBeUndefined();
    expect(dateLine('15/13/2021')).toBeUndefined();
  });
});

describe('datesInText', () => {
  it('finds full dates, dates in words and day-month dates, in order', () => {
    const found = datesInText('Ngày 11-12, khối họp. Chỉ thị 57-CT/TU, ngày 3-9-2014; sáng ngày 19 tháng 3 năm 2021.');
    expect(found.map((d) => [d.raw, d.day, d.month, d.year])).toEqual([
      ['11-12', 11, 12, undefined],
      ['3-9-2014', 3, 9, 2014],
      ['19 tháng 3 năm 2021', 19, 3, 2021],
    ]);
  });

  it('tells the date of a cited document from the date of the event', () => {
    const text = 'Thực hiện Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh';
    expect(isDocumentDate(text, text.indexOf('22/12'))).toBe(true);
    const lead = 'Sáng ngày 19/3/2021, UBND tỉnh tổ chức hội nghị';
    expect(isDocumentDate(lead, lead.indexOf('19/3'))).toBe(false);
  });
});

describe('guessYear', () => {
  it('puts a year-end review in its year, or early in the next', () => {
    expect(guessYear(11, 12, 'Tổng kết công tác thi đua năm 2020', '', '2025-01-01').year).toBe(2020);
    expect(guessYear(12, 3, 'Hội nghị tổng kết năm 2020', '', '2025-01-01').year).toBe(2021);
  });

  it('falls back on the years of the text, and never lands in the future', () => {
    expect(guessYear(5, 6, 'Hội nghị', 'năm 2019 và năm 2019, năm 2018', '2025-01-01').year).toBe(2019);
    expect(guessYear(5, 6, 'Hội nghị năm 2025', '', '2025-01-01')).toEqual({
      year: 2024,
      reason: 'tiêu đề nói năm 2025, nhưng ngày đó chưa tới nên lùi một năm',
    });
  });

  it('isoDate checks the calendar', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});
