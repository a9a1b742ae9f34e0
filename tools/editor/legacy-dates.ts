/**
 * Dates as old portals and news text write them → `YYYY-MM-DD`, read day
 * first as Vietnamese always writes them (15/03/2021 is 15 March), and never
 * guessed silently: a date without its year comes back with the guess and
 * the reason, for the import report.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when day, month and year make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const WEEKDAY =
  /^(?:(?:thứ|thu)\s*(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|chủ\s*nhật|chu\s*nhat|cn|t[2-7])\s*[,\-–—]?\s*/i;
const LABEL =
  /^(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đưa\s+tin|thời\s+gian(?:\s+đăng)?|đăng\s+lúc|ngày|posted|updated|published)\s*:?\s*/i;
const TIME = String.raw`\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|GMT\+7))?`;
const DMY = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})`;
const YMD = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TAIL = new RegExp(
  String.raw`^[\s,\-–—|()]*(?:${TIME})?[\s,\-–—|()]*(?:\d[\d.,]*\s*)*(?:lượt\s+xem|lượt\s+đọc|views?)?\s*$`,
  'i',
);

/**
 * The date of a date line ("22/03/2021", "Thứ hai - 15/03/2021 03:33 301 0",
 * "Cập nhật: 08:30 15/03/2021", "2021-03-15"): the line must hold nothing but
 * a date, with an optional weekday, label, time and view counters.
 */
export function dateLine(line: string): string | undefined {
  let rest = line.trim().replace(LABEL, '').replace(WEEKDAY, '').replace(LABEL, '');
  rest = rest.replace(new RegExp(String.raw`^\(?${TIME}\)?\s*[,\-–—|]?\s*`, 'i'), '');
  const m = new RegExp(`^(?:${DMY}|${YMD})`).exec(rest);
  if (!m || !TAIL.test(rest.slice(m[0].length))) return undefined;
  return m[1] ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
}

export interface TextDate {
  /** What the text says, e.g. "19/3/2021" or "11-12". */
  raw: string;
  day: number;
  month: number;
  /** Absent when the text gives only day and month. */
  year?: number;
  /** Offset of the match in the text. */
  index: number;
}

const FULL_IN_TEXT = new RegExp(String.raw`(?<![\d/.\-])${DMY}(?![\d/])`, 'g');
const WORDS_IN_TEXT = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gi;
const PARTIAL_IN_TEXT = /\bngày\s+(\d{1,2})\s*([/-])\s*(\d{1,2})(?![\d/-])/gi;
/** Words just before a date that make it the date of another document (a plan, a directive…), not of the event. */
const DOCUMENT_DATE =
  /(?:số|\/[A-ZĐ-]+|kế hoạch|quyết định|nghị quyết|chỉ thị|thông tư|nghị định|công văn|ban hành|ký)[^.;]{0,40}$/i;

/** Every date written in a text, in order: full dates (19/3/2021, 19 tháng 3 năm 2021) and "ngày 11-12" without a year. */
export function datesInText(text: string): TextDate[] {
  const out: TextDate[] = [];
  for (const m of text.matchAll(FULL_IN_TEXT)) {
    if (isoDate(Number(m[3]), Number(m[2]), Number(m[1])))
      out.push({ raw: m[0], day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), index: m.index });
  }
  for (const m of text.matchAll(WORDS_IN_TEXT)) {
    if (isoDate(Number(m[3]), Number(m[2]), Number(m[1])))
      out.push({ raw: m[0], day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), index: m.index });
  }
  for (const m of text.matchAll(PARTIAL_IN_TEXT)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      out.push({ raw: `${m[1]}${m[2]}${m[3]}`, day, month, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Is the date at `index` the date of a document cited in the text ("Kế hoạch số 4614/KH-UBND ngày 22/12/2020")? */
export function isDocumentDate(text: string, index: number): boolean {
  return DOCUMENT_DATE.test(text.slice(Math.max(0, index - 60), index));
}

export interface YearGuess {
  year: number;
  reason: string;
}

/**
 * The year of an event dated only by day and month. A year-end review (tổng
 * kết) of year N is held from October of N to April of N+1; other events are
 * taken to be in the latest year the headline names; without any, the year
 * most often named in the text; and never after today.
 */
export function guessYear(day: number, month: number, title: string, body: string, today: string): YearGuess {
  const todayYear = Number(today.slice(0, 4));
  const titleYears = [...title.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
  let guess: YearGuess;
  if (titleYears.length) {
    const named = Math.max(...titleYears);
    const review = /tổng\s+kết/i.test(title);
    if (review && month <= 4)
      guess = { year: named + 1, reason: `hội nghị tổng kết năm ${named} họp vào tháng ${month} năm sau` };
    else guess = { year: named, reason: `tiêu đề nói năm ${named}` };
  } else {
    const counts = new Map<number, number>();
    for (const m of body.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g))
      counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    guess = best
      ? { year: best[0], reason: `năm ${best[0]} được nhắc nhiều nhất trong bài` }
      : { year: todayYear, reason: 'bài không nhắc năm nào, lấy năm nay' };
  }
  const iso = isoDate(guess.year, month, day);
  if (iso && iso > today)
    return { year: guess.year - 1, reason: `${guess.reason}, nhưng ngày đó chưa tới nên lùi một năm` };
  return guess;
}
