/**
 * The text of a saved portal page (one block per line, Unicode) → its parts:
 * headline, date, author, source, paragraphs and images with their captions,
 * with the portal's chrome left out (sign-in, ribbons, menus, ratings, "Các tin
 * khác", comment boxes, share buttons). Every guess is recorded in `notes`,
 * in Vietnamese, for the editor.
 */
import { searchKey } from '../../src/lib/text/fold.ts';
import { parseImageLine } from './html-text.ts';
import { dateLine, datesInText, guessYear, isDocumentDate, isoDate } from './legacy-dates.ts';

export interface LegacyImage {
  /** As the page gave it: a URL, a path or a file name. */
  src: string;
  /** File name alone. */
  name: string;
  caption?: string;
}

export type Block = { type: 'paragraph'; text: string } | { type: 'image'; image: LegacyImage };

export interface LegacyPage {
  title?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  author?: string;
  source?: string;
  blocks: Block[];
  /** What the editor should check, one sentence each. */
  notes: string[];
}

/** Lines that are the portal, never the article. */
const CHROME_LINE = new RegExp(
  [
    String.raw`sign in|sign out|đăng nhập|đăng xuất|đăng ký|skip ribbon commands|skip to main content|skip navigation|trang chủ|home`,
    String.raw`in bài(?: viết)?|in trang|bản in|print|gửi email|gửi bài(?: viết)?(?: qua email)?|email|chia sẻ(?: bài viết)?|share|facebook|twitter|zalo|tweet|like|google\+?`,
    String.raw`lên đầu trang|về đầu trang|quay lại|trở về|về trang trước|xem thêm|đọc tiếp|bookmark|rss|cỡ chữ.*|font chữ.*|a\s*a\s*a|[a+-]{1,3}`,
    String.raw`(?:lượt xem|số lượt xem|lượt đọc|views?)\s*:?\s*[\d.,]*|[\d.,]+\s*(?:lượt xem|lượt đọc|views?)|\d+(?:\s+\d+)*`,
    String.raw`(?:tags?|từ khóa|từ khoá)\s*:.*|liên kết(?: website)?|thời gian chờ.*|bạn đã không sử dụng site.*|bấm vào đây để duy trì.*|mã (?:bảo mật|xác nhận).*`,
    String.raw`click để đánh giá.*|đánh giá(?: bài viết)?|chọn đánh giá.*|\|`,
  ].join('|'),
  'i',
);
const CHROME = new RegExp(`^(?:${CHROME_LINE.source})$`, 'i');

/** Lines after which the page is no longer the article. */
const END_MARKER =
  /^(?:các tin khác|tin khác|các tin (?:đã đưa|mới|cũ)|những tin (?:mới|cũ) hơn|tin (?:liên quan|cùng chuyên mục|mới|đọc nhiều)|bài viết (?:liên quan|khác)|bài liên quan|xem tin theo ngày|tổng số điểm của bài viết.*|ý kiến bạn đọc|ý kiến của bạn|gửi ý kiến(?: của bạn)?|bình luận|viết bình luận|bạn đọc bình luận)\b.*$/i;

/** A line that ends the article: a short heading of the portal, not a paragraph that starts with "Bình luận…". */
const isEnd = (line: string) => [...line].length <= 80 && END_MARKER.test(line);

const AUTHOR_LINE =
  /^(?:tác giả(?: bài viết)?|người viết|tin(?:,| và| -)? ảnh|bài(?:,| và| -)? ảnh|bài viết|phóng viên)\s*:\s*(.{2,120})$/i;
const SOURCE_LINE = /^(?:nguồn tin|nguồn)\s*:\s*(.{2,200})$/i;

const IMAGE_EXT = String.raw`\.(?:jpe?g|png|gif|webp|bmp|tiff?)`;
const IMAGE_ONLY = new RegExp(String.raw`^(?:(?:description|ảnh|hình|image)\s*:\s*)?(\S.{0,300}?${IMAGE_EXT})$`, 'i');
const INLINE_IMAGE = new RegExp(
  String.raw`(?<=^|\s)((?:https?://|/)?[\w.~%-]+(?:/[\w.~%-]+)*${IMAGE_EXT})(?=\s|$)`,
  'gi',
);
/** "…năm 2021Cũng", "…cá nhân.Trong": blocks of the page glued together when it was saved as text. */
const GLUED = /(?<=[\p{Ll}\d.])(?=\p{Lu}\p{Ll})/u;

const PERSON_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}`;
const BYLINE = new RegExp(String.raw`^(${PERSON_NAME})\s*(?:[,–—-]\s*([^.]{2,60})|\(([^.]{2,60})\))?$`, 'u');

const squeeze = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
const key = (s: string) =>
  searchKey(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The file name of an image source: "/uploads/news/a.jpg" and "D:\\Tin\\a.jpg" → "a.jpg". */
export function imageName(src: string): string {
  return src
    .split(/[\\/]/)
    .pop()!
    .replace(/[?#].*$/, '');
}

/** An image standing alone on its line: an image line of the HTML reader, a file name, "Description: …\\a.jpg". */
function imageOfLine(line: string): (LegacyImage & { alt?: string }) | undefined {
  const html = parseImageLine(line);
  if (html) return { src: html.src, name: imageName(html.src), alt: html.alt };
  const m = IMAGE_ONLY.exec(line);
  if (!m) return undefined;
  const src = m[1]!;
  // A file name or a path, not a sentence that happens to end in ".jpg".
  if (/\s/.test(src) && !/[\\/]/.test(src) && !/^(?:description|ảnh|hình|image)\s*:/i.test(line)) return undefined;
  return { src, name: imageName(src) };
}

/** A caption: one short line, at most one sentence; a long full sentence is a paragraph. */
function isCaption(line: string | undefined): line is string {
  if (!line || imageOfLine(line) || isEnd(line) || AUTHOR_LINE.test(line) || SOURCE_LINE.test(line)) return false;
  const length = [...line].length;
  return length <= 200 && !/[.!?…]\s+\p{Lu}/u.test(line) && !(length > 80 && /\.$/.test(line));
}

/** Alt text that describes the photo (not empty, not a file name, not "ảnh 1"). */
function meaningfulAlt(alt: string | undefined): alt is string {
  return !!alt && !IMAGE_ONLY.test(alt) && !/^(?:ảnh|hình|image|photo|img)[\s_-]*\d*$/i.test(alt);
}

/** Clean one paragraph of saved text; glued blocks come apart into several paragraphs. */
export function cleanParagraph(text: string): string[] {
  let t = squeeze(text)
    .replace(/(\S)\s*\.(?:\s+\.)+(?=\s|$)/g, '$1.') // "tham dự. . " → "tham dự."
    .replace(/([\p{Ll}\d])(\p{Lu}\p{Ll})/gu, '$1 $2') // "đề nghịNăm" → "đề nghị Năm"
    .replace(/,(?=\p{L})/gu, ', '); // "xuất sắc,dẫn đầu"
  // A sentence glued to the next ("cá nhân.Trong năm") or a numbered item ("sau:1. Hoàn thành") starts a paragraph.
  t = t
    .replace(/([\p{Ll}\d)”"])([.!?])(?=\p{Lu}\p{Ll})/gu, '$1$2\n')
    .replace(/([.;:])\s*(?=\d{1,2}\.\s*\p{Lu})/gu, '$1\n');
  return t
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A paragraph with image paths inside it ("… tham dự. /uploads/a.jpg Toàn cảnh hội nghị …") → text and image blocks. */
export function splitInlineImages(text: string, notes: string[]): Block[] {
  const out: Block[] = [];
  const matches = [...text.matchAll(INLINE_IMAGE)];
  if (!matches.length) return cleanParagraph(text).map((p) => ({ type: 'paragraph', text: p }));
  let rest = text.slice(0, matches[0]!.index);
  matches.forEach((m, i) => {
    for (const p of cleanParagraph(rest)) out.push({ type: 'paragraph', text: p });
    const src = m[1]!;
    const after = text.slice(m.index + m[0].length, matches[i + 1]?.index ?? text.length);
    const glued = GLUED.exec(after.trimStart());
    const end = matches[i + 1] ? after.length : glued ? after.length - after.trimStart().length + glued.index : -1;
    const caption = end > 0 && end <= 200 ? squeeze(after.slice(0, end)) : undefined;
    if (!caption)
      notes.push(
        `không tách được chú thích của ảnh ${imageName(src)} khỏi đoạn văn quanh nó — kiểm tra đoạn ngay sau chú thích ảnh`,
      );
    out.push({ type: 'image', image: { src, name: imageName(src), caption: caption || undefined } });
    rest = caption ? after.slice(end) : after;
  });
  for (const p of cleanParagraph(rest)) out.push({ type: 'paragraph', text: p });
  return out;
}

/** Find the headline: a hint of the markup that is a line, the line above the date line, or the first real line. */
function findTitle(lines: string[], hints: readonly string[], dateAt: number): number {
  for (const hint of hints) {
    const k = key(hint);
    const at = lines.findIndex((l) => l && key(l) === k);
    if (at !== -1 && words(lines[at]!) >= 3) return at;
  }
  const good = (l: string) => words(l) >= 3 && [...l].length <= 300 && !imageOfLine(l) && !dateLine(l) && !/:$/.test(l);
  if (dateAt !== -1) {
    for (let i = dateAt - 1; i >= Math.max(0, dateAt - 6); i--) if (lines[i] && good(lines[i]!)) return i;
  }
  return lines.findIndex((l) => l !== '' && good(l) && words(l) >= 4);
}

/** Split a page's text into its parts. `today` dates a page that has no date at all (with a note). */
export function parsePage(text: string, titleHints: readonly string[], today: string): LegacyPage {
  const notes: string[] = [];
  const page: LegacyPage = { blocks: [], notes };
  let lines = text.split('\n').map(squeeze);

  // Author and source lines, wherever they are (before the end markers cut the page).
  lines = lines.map((line) => {
    const a = AUTHOR_LINE.exec(line);
    if (a) {
      page.author ??= squeeze(a[1]!);
      return '';
    }
    const s = SOURCE_LINE.exec(line);
    if (s) {
      page.source ??= squeeze(s[1]!);
      return '';
    }
    return CHROME.test(line) ? '' : line;
  });

  const firstLines = lines
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l)
    .slice(0, 15);
  const dateAt = firstLines.find(([l]) => dateLine(l))?.[1] ?? -1;
  const titleAt = findTitle(lines, titleHints, dateAt);
  if (titleAt === -1) {
    notes.push('không tìm thấy tiêu đề');
    return page;
  }
  page.title = lines[titleAt]!;
  const titleKey = key(page.title);
  if (dateAt !== -1 && Math.abs(dateAt - titleAt) <= 6) page.date = dateLine(lines[dateAt]!);

  // The body starts after the title, its date line and a repeat of the title (with a breadcrumb between).
  let start = titleAt + 1;
  for (let i = titleAt + 1, seen = 0; i < lines.length && seen < 6; i++) {
    const l = lines[i]!;
    if (!l) continue;
    seen++;
    if (i === dateAt || key(l) === titleKey) start = i + 1;
    else if ([...l].length >= 150 || imageOfLine(l)) break;
  }
  let end = lines.findIndex((l, i) => i >= start && isEnd(l));
  if (end === -1) end = lines.length;
  const body = lines.slice(start, end).map((l) => (key(l) === titleKey || dateLine(l) ? '' : l));

  // Blocks: images with their captions, paragraphs.
  let previousLine = -2;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (!line) continue;
    const image = imageOfLine(line);
    if (image) {
      let j = i + 1;
      if (!body[j] && isCaption(body[j + 1])) j++;
      let caption: string | undefined;
      if (meaningfulAlt(image.alt)) {
        // The markup's alt text describes the photo; a caption line repeating it is dropped.
        caption = image.alt;
        if (body[j] && key(body[j]!) === key(image.alt)) i = j;
      } else if (isCaption(body[j])) {
        caption = body[j]!;
        // A caption broken over two lines: the second goes on in lower case (or with a number), maybe after a blank line.
        for (;;) {
          const k = body[j + 1] ? j + 1 : j + 2;
          const more = body[k];
          if (
            !more ||
            [...more].length > 120 ||
            !/^[\p{Ll}\d]/u.test(more) ||
            /[.!?:;]$/.test(caption) ||
            imageOfLine(more)
          )
            break;
          caption += ` ${more}`;
          j = k;
        }
        i = j;
      }
      page.blocks.push({ type: 'image', image: { src: image.src, name: image.name, caption } });
      previousLine = -2;
      continue;
    }
    const last = page.blocks[page.blocks.length - 1];
    // A hard-wrapped line goes on the paragraph above it.
    if (
      last?.type === 'paragraph' &&
      previousLine === i - 1 &&
      !/[.!?:;…”"»)]$/.test(last.text) &&
      /^\p{Ll}/u.test(line)
    ) {
      page.blocks.pop();
      page.blocks.push(...splitInlineImages(`${last.text} ${line}`, notes));
    } else {
      page.blocks.push(...splitInlineImages(line, notes));
    }
    previousLine = i;
  }

  takeByline(page);
  if (!page.date) dateFromText(page, today);
  return page;
}

/** "Trương Văn Phong, Ban TĐKT" as the last paragraph: the author (and source). */
function takeByline(page: LegacyPage): void {
  const last = page.blocks[page.blocks.length - 1];
  if (last?.type !== 'paragraph') return;
  const text = last.text.replace(/[./]+$/, '').trim();
  if (page.author && key(text) === key(page.author)) {
    page.blocks.pop();
    return;
  }
  const m = BYLINE.exec(text);
  if (!m || [...text].length > 80 || page.author) return;
  page.author = m[1]!;
  const unit = (m[2] ?? m[3])?.trim();
  if (unit && !page.source) page.source = unit;
  page.blocks.pop();
  page.notes.push(
    `tác giả "${page.author}"${unit ? ` và nguồn "${unit}"` : ''} lấy từ dòng ký tên cuối bài — kiểm tra lại`,
  );
}

/** A page without a date line: the date its first paragraph gives, or a guess, always with a note. */
function dateFromText(page: LegacyPage, today: string): void {
  const paragraphs = page.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  const lead = paragraphs[0] ?? '';
  const inLead = datesInText(lead).filter((d) => !isDocumentDate(lead, d.index));
  const first = inLead[0];
  if (first?.year !== undefined) {
    page.date = isoDate(first.year, first.month, first.day);
    page.notes.push(
      `trang không có dòng ngày đăng: ngày ${page.date} lấy từ câu đầu bài ("${first.raw}"), là ngày diễn ra sự kiện — sửa date nếu bài đăng ngày khác`,
    );
    return;
  }
  if (first) {
    const guess = guessYear(first.day, first.month, page.title ?? '', paragraphs.join('\n'), today);
    page.date = isoDate(guess.year, first.month, first.day) ?? today;
    page.notes.push(
      `ngày chưa chắc: bài chỉ ghi "ngày ${first.raw}" (hiểu là ngày ${first.day} tháng ${first.month}), không có năm — đã đoán ${page.date} vì ${guess.reason}; kiểm tra và sửa date`,
    );
    return;
  }
  const all = paragraphs.join('\n');
  const later = datesInText(all).find((d) => d.year !== undefined && !isDocumentDate(all, d.index));
  if (later) {
    page.date = isoDate(later.year!, later.month, later.day);
    page.notes.push(
      `ngày chưa chắc: trang không có ngày đăng; lấy ngày đầu tiên nhắc trong bài ("${later.raw}") — kiểm tra và sửa date`,
    );
    return;
  }
  page.date = today;
  page.notes.push(`không tìm thấy ngày nào trong trang — tạm ghi hôm nay (${today}); sửa date thành ngày đăng bài gốc`);
}
