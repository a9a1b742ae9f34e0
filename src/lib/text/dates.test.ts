import { afterEach, describe, expect, it } from 'vitest';
import {
  dateParts,
  formatDate,
  formatDateLine,
  formatMonth,
  isoWithOffset,
  parseVietnamDate,
  rfc822,
  todayInVietnam,
  vietnamDateOfInstant,
  VIETNAM_OFFSET_MINUTES,
} from './dates.ts';

const ok = (date: string) => ({ ok: true, date });

describe('parseVietnamDate: plain dates', () => {
  it('accepts YYYY-MM-DD and returns it unchanged', () => {
    expect(parseVietnamDate('2021-03-15')).toEqual(ok('2021-03-15'));
    expect(parseVietnamDate(' 2021-03-15 ')).toEqual(ok('2021-03-15'));
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseVietnamDate('2020-02-29')).toEqual(ok('2020-02-29'));
    expect(parseVietnamDate('2000-02-29')).toEqual(ok('2000-02-29'));
    expect(parseVietnamDate('2021-02-29').ok).toBe(false);
    expect(parseVietnamDate('2100-02-29').ok).toBe(false);
  });

  it('refuses day/month/year order, never guessing', () => {
    const r = parseVietnamDate('15/03/2021');
    expect(r).toEqual({ ok: false, reason: 'nhận "15/03/2021", không phải ngày dạng năm-tháng-ngày' });
  });

  it('refuses year-day-month (month 15 does not exist)', () => {
    expect(parseVietnamDate('2021-15-03')).toEqual({
      ok: false,
      reason: 'nhận "2021-15-03": tháng 15 không tồn tại (tháng phải từ 01 đến 12)',
    });
  });

  it('refuses a day the month does not have', () => {
    expect(parseVietnamDate('2021-02-30')).toEqual({
      ok: false,
      reason: 'nhận "2021-02-30": ngày 30 không có trong tháng 2/2021 (tháng này có 28 ngày)',
    });
    expect(parseVietnamDate('2021-04-31').ok).toBe(false);
    expect(parseVietnamDate('2021-01-00').ok).toBe(false);
  });

  it('refuses unpadded months and days', () => {
    expect(parseVietnamDate('2021-3-5').ok).toBe(false);
    expect(parseVietnamDate('2021-03-5').ok).toBe(false);
  });

  it('refuses numbers and other non-strings', () => {
    expect(parseVietnamDate(20210315)).toEqual({ ok: false, reason: 'nhận số 20210315' });
    expect(parseVietnamDate(2021)).toEqual({ ok: false, reason: 'nhận số 2021' });
    expect(parseVietnamDate(undefined)).toEqual({ ok: false, reason: 'nhận giá trị rỗng' });
    expect(parseVietnamDate(null)).toEqual({ ok: false, reason: 'nhận giá trị rỗng' });
    expect(parseVietnamDate(true).ok).toBe(false);
    expect(parseVietnamDate(['2021-03-15']).ok).toBe(false);
  });

  it('refuses other free text', () => {
    for (const text of ['', 'hôm nay', '2021/03/15', '21-03-15', '2021-03-15x', 'March 15, 2021']) {
      expect(parseVietnamDate(text).ok, text).toBe(false);
    }
  });
});

describe('parseVietnamDate: date-times', () => {
  it('turns an instant with a zone into its calendar date in Vietnam (UTC+7)', () => {
    expect(parseVietnamDate('2021-03-15T20:00:00Z')).toEqual(ok('2021-03-16')); // 03:00 on the 16th in Hà Nội
    expect(parseVietnamDate('2021-03-15T16:59:59Z')).toEqual(ok('2021-03-15'));
    expect(parseVietnamDate('2021-03-15T17:00:00Z')).toEqual(ok('2021-03-16'));
    expect(parseVietnamDate('2021-03-15T23:30:00+07:00')).toEqual(ok('2021-03-15'));
    expect(parseVietnamDate('2021-03-15T01:00:00+09:00')).toEqual(ok('2021-03-14')); // 23:00 on the 14th in Hà Nội
    expect(parseVietnamDate('2021-03-15T10:00:00-05:00')).toEqual(ok('2021-03-15')); // 22:00 in Hà Nội
    expect(parseVietnamDate('2021-03-15T13:00:00-0500')).toEqual(ok('2021-03-16')); // 01:00 next day
    expect(parseVietnamDate('2021-12-31T18:00:00Z')).toEqual(ok('2022-01-01'));
  });

  it('reads a date-time without a zone as Vietnam time', () => {
    expect(parseVietnamDate('2021-03-15T23:59:00')).toEqual(ok('2021-03-15'));
    expect(parseVietnamDate('2021-03-15 00:00')).toEqual(ok('2021-03-15'));
  });

  it('refuses impossible times and dates inside date-times', () => {
    expect(parseVietnamDate('2021-03-15T24:00:00Z').ok).toBe(false);
    expect(parseVietnamDate('2021-03-15T10:60:00Z').ok).toBe(false);
    expect(parseVietnamDate('2021-02-30T10:00:00Z').ok).toBe(false);
  });

  it('converts Date objects (from YAML timestamp parsers) through UTC, not the local zone', () => {
    // A YAML 1.1 parser turns `2021-03-15` into UTC midnight: still the 15th in Vietnam.
    expect(parseVietnamDate(new Date('2021-03-15T00:00:00Z'))).toEqual(ok('2021-03-15'));
    expect(parseVietnamDate(new Date(Number.NaN))).toEqual({ ok: false, reason: 'ngày không hợp lệ' });
  });
});

describe('independence from the build machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const probe = () => [
    parseVietnamDate('2021-03-15'),
    parseVietnamDate('2021-03-15T20:00:00Z'),
    parseVietnamDate('2021-03-15T01:00:00+09:00'),
    parseVietnamDate(new Date('2021-03-15T00:00:00Z')),
    formatDateLine('2021-03-22'),
    rfc822('2021-03-22'),
    vietnamDateOfInstant(Date.UTC(2021, 2, 15, 17, 0)),
  ];

  it('gives the same results in zones far west and far east of Vietnam', () => {
    process.env.TZ = 'UTC';
    const reference = probe();
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      expect(probe(), tz).toEqual(reference);
    }
    expect(reference[3]).toEqual(ok('2021-03-15'));
    expect(reference[6]).toBe('2021-03-16');
  });

  it('really switched zones while doing so (Node applies process.env.TZ at once)', () => {
    const instant = new Date('2021-03-15T00:00:00Z');
    process.env.TZ = 'America/Los_Angeles';
    const west = instant.getTimezoneOffset();
    process.env.TZ = 'Pacific/Kiritimati';
    const east = instant.getTimezoneOffset();
    // If this fails, the zone test above proved nothing: the runner ignores TZ changes.
    expect(west).toBe(7 * 60); // PDT started 14 March 2021
    expect(east).toBe(-14 * 60);
  });

  it('vietnamDateOfInstant is pure UTC arithmetic', () => {
    expect(VIETNAM_OFFSET_MINUTES).toBe(420);
    expect(vietnamDateOfInstant(Date.UTC(2021, 2, 15, 16, 59, 59, 999))).toBe('2021-03-15');
    expect(vietnamDateOfInstant(Date.UTC(2021, 2, 15, 17, 0, 0, 0))).toBe('2021-03-16');
    expect(vietnamDateOfInstant(0)).toBe('1970-01-01');
    expect(todayInVietnam(Date.UTC(2023, 11, 31, 17, 30))).toBe('2024-01-01');
  });
});

describe('formatting', () => {
  it('formats the date line of a news portal', () => {
    expect(formatDateLine('2021-03-22')).toBe('Thứ Hai, 22/03/2021');
    expect(formatDateLine('2021-03-21')).toBe('Chủ Nhật, 21/03/2021');
    expect(formatDateLine('2021-03-27')).toBe('Thứ Bảy, 27/03/2021');
    expect(formatDateLine('2024-02-29')).toBe('Thứ Năm, 29/02/2024');
  });

  it('formats dates and months', () => {
    expect(formatDate('2021-03-05')).toBe('05/03/2021');
    expect(formatMonth(2021, 3)).toBe('Tháng 3/2021');
    expect(dateParts('2021-03-05')).toEqual({ year: 2021, month: 3, day: 5 });
    expect(isoWithOffset('2021-03-05')).toBe('2021-03-05T00:00:00+07:00');
  });

  it('formats RFC 822 dates at midnight in Vietnam', () => {
    expect(rfc822('2021-03-22')).toBe('Mon, 22 Mar 2021 00:00:00 +0700');
    expect(rfc822('2020-12-05')).toBe('Sat, 05 Dec 2020 00:00:00 +0700');
    // The same instant as a JavaScript date parser reads it.
    expect(new Date(rfc822('2021-03-22')).toISOString()).toBe('2021-03-21T17:00:00.000Z');
  });
});
