/**
 * Calendar dates in Vietnam (UTC+7, no daylight saving). A date is kept as its
 * ISO string `YYYY-MM-DD` and never goes through the build machine's time zone.
 */

export const VIETNAM_OFFSET_MINUTES = 7 * 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export type DateResult = { ok: true; date: string } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validCalendar(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return `tháng ${m} không tồn tại (tháng phải từ 01 đến 12)`;
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return `ngày ${d} không có trong tháng ${m}/${y} (tháng này có ${max} ngày)`;
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Parse a date as editors write it: `2021-03-15`, or a date-time with a zone
 * (`2021-03-15T20:00:00+07:00`, `…Z`) which becomes its calendar date in Vietnam.
 * A date-time without a zone is read as Vietnam time. Everything else is refused.
 */
export function parseVietnamDate(value: unknown): DateResult {
  if (value instanceof Date) {
    // Only reachable through parsers that build Date objects from YAML timestamps.
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'ngày không hợp lệ' };
    return { ok: true, date: vietnamDateOfInstant(value.getTime()) };
  }
  if (typeof value !== 'string') return { ok: false, reason: `nhận ${describe(value)}` };
  const text = value.trim();
  let m = ISO_DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const bad = validCalendar(y, mo, d);
    return bad ? { ok: false, reason: `nhận "${text}": ${bad}` } : { ok: true, date: text };
  }
  m = ISO_DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const bad = validCalendar(y, mo, d) ?? (h > 23 || mi > 59 || s > 59 ? 'giờ không hợp lệ' : null);
    if (bad) return { ok: false, reason: `nhận "${text}": ${bad}` };
    const zone = m[7];
    if (!zone) return { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` };
    let offset = 0;
    if (zone.toUpperCase() !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    const instant = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
    return { ok: true, date: vietnamDateOfInstant(instant) };
  }
  return { ok: false, reason: `nhận "${text}", không phải ngày dạng năm-tháng-ngày` };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'giá trị rỗng';
  if (typeof value === 'number') return `số ${value}`;
  return typeof value;
}

/** The calendar date in Vietnam of an instant (milliseconds since the epoch). */
export function vietnamDateOfInstant(ms: number): string {
  const local = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** Today in Vietnam. */
export function todayInVietnam(now: number = Date.now()): string {
  return vietnamDateOfInstant(now);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(iso: string): DateParts {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "22/03/2021" */
export function formatDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** "Thứ Hai, 22/03/2021": the date line of Vietnamese news portals. */
export function formatDateLine(iso: string): string {
  const { year, month, day } = dateParts(iso);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${formatDate(iso)}`;
}

/** "Tháng 3/2021" */
export function formatMonth(year: number, month: number): string {
  return `Tháng ${month}/${year}`;
}

/** RFC 822 date for RSS: midnight of that day in Vietnam. */
export function rfc822(iso: string): string {
  const { year, month, day } = dateParts(iso);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${wd[weekday]}, ${pad(day)} ${mo[month - 1]} ${year} 00:00:00 +0700`;
}

/** ISO 8601 date-time with the Vietnam offset, for JSON-LD and sitemaps. */
export function isoWithOffset(iso: string): string {
  return `${iso}T00:00:00+07:00`;
}
