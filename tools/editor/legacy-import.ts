/**
 * `npm run import`: one saved page of an old portal (HTML or text, in any of
 * the legacy encodings) → a draft article in our format, and a report of what
 * was guessed and what the data lacks. Pure: the caller reads the file, passes
 * today's date, the slugs taken and the honorees and blocs known, and writes.
 *
 * The draft always validates: images are not on disk, so they are listed in
 * HTML comments (`<!-- ảnh: IMG_3167.jpg — caption -->`), never as `cover` or
 * as markdown images; names the data lacks are reported, never added.
 */
import { ARTICLE_KINDS, type ArticleKind } from '../../src/lib/domain/vocabulary.ts';
import { slugForTitle, MAX_TITLE_LENGTH } from './scaffold.ts';
import { decodeBytes, describeDecoding, fixLegacyLines } from './legacy-encoding.ts';
import { htmlToText, looksLikeHtml } from './html-text.ts';
import { parsePage, type Block, type LegacyPage } from './legacy-page.ts';
import { matchMentions, type KnownName, type Mention } from './mentions.ts';
import { markdownFile, yamlComment, yamlIdList, yamlString } from './yaml-out.ts';

export const MAX_SUMMARY_LENGTH = 300;
/** Longest author and source the schema accepts. */
const MAX_BYLINE_LENGTH = 200;

export interface ImportContext {
  /** Today in Vietnam, `YYYY-MM-DD`. */
  today: string;
  /** Every article slug of the site (all years), and those imported earlier in the same run. */
  taken: ReadonlySet<string>;
  honorees: readonly (KnownName & { type: string })[];
  blocs: readonly KnownName[];
}

export interface ImportReport {
  /** The source file, as given. */
  file: string;
  encoding: string;
  title: string;
  date: string;
  kind: ArticleKind;
  author?: string;
  source?: string;
  images: { name: string; caption?: string }[];
  /** What the editor should check. */
  notes: string[];
  /** Names of the text that match honorees or blocs of the data. */
  known: Mention[];
  /** Names of the text the data does not have: for the editor, never added. */
  unknown: Mention[];
}

export type ImportResult =
  | { ok: true; slug: string; path: string; text: string; report: ImportReport }
  | { ok: false; file: string; message: string };

/**
 * The kind a headline suggests: hội nghị, tổng kết, sơ kết → hoi-nghi; khen
 * thưởng, tặng, trao → khen-thuong; phát động, giao ước → phat-dong; else
 * tin-tuc. "công tác thi đua, khen thưởng" names the field, not an award.
 */
export function guessKind(title: string): ArticleKind {
  const t = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/thi đua\s*[,–—-]?\s*khen thưởng/g, ' ');
  const has = (word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(t);
  if (['hội nghị', 'tổng kết', 'sơ kết'].some(has)) return 'hoi-nghi';
  if (['khen thưởng', 'tặng', 'trao', 'truy tặng', 'huân chương', 'bằng khen', 'cờ thi đua'].some(has))
    return 'khen-thuong';
  if (['phát động', 'giao ước'].some(has)) return 'phat-dong';
  return 'tin-tuc';
}

/** The period a headline names: "6 tháng đầu năm 2021" → 2021-H1, "giai đoạn 2016-2020", "năm 2020". */
export function periodOf(title: string): string | undefined {
  const t = title.normalize('NFC').toLowerCase();
  let m = /6 tháng (đầu|cuối) năm (\d{4})/.exec(t);
  if (m) return `${m[2]}-H${m[1] === 'đầu' ? 1 : 2}`;
  m = /(?:giai đoạn|nhiệm kỳ)\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(t);
  if (m && Number(m[2]) > Number(m[1])) return `${m[1]}-${m[2]}`;
  m = /năm (\d{4})/.exec(t);
  return m?.[1];
}

/** The first sentences of the body, at most 300 characters. */
export function summarize(blocks: readonly Block[]): string | undefined {
  const text = blocks
    .filter((b) => b.type === 'paragraph')
    .map((b) => (b as { text: string }).text)
    .join(' ')
    .trim();
  if (!text) return undefined;
  const sentences = text.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d“"])/u);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if ([...next].length > MAX_SUMMARY_LENGTH) break;
    out = next;
  }
  if (!out) out = cut(sentences[0]!, MAX_SUMMARY_LENGTH);
  return out;
}

/** At most `max` characters, cut at a word, with "…". */
function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Markdown for plain text: characters markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^([#=+])/, '\\$1')
    .replace(/^(\d+)\)/, '$1\\)');
}

/** `<!-- ảnh: IMG_3167.jpg — Các đại biểu dự hội nghị -->`, safe inside a comment. */
export function imageComment(image: { src: string; name: string; caption?: string }): string {
  const safe = (s: string) => s.replace(/--+/g, '–').replace(/[<>]/g, '');
  const caption = image.caption ? ` — ${safe(image.caption)}` : ' (chưa có chú thích)';
  const origin = image.src !== image.name ? ` (tệp gốc: ${safe(image.src)})` : '';
  return `<!-- ảnh: ${safe(image.name)}${caption}${origin} -->`;
}

/** The markdown body: paragraphs, and a comment where each image was. */
export function renderBody(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.type === 'paragraph' ? escapeMarkdown(b.text) : imageComment(b.image))).join('\n\n');
}

/** Decode, clean and split a saved page. */
export function readLegacyPage(
  bytes: Uint8Array,
  fileName: string,
  today: string,
): { page: LegacyPage; encoding: string } {
  const decoded = decodeBytes(bytes);
  const html = /\.html?$/i.test(fileName) || looksLikeHtml(decoded.text);
  const { text, titleHints } = html ? htmlToText(decoded.text) : { text: decoded.text, titleHints: [] };
  const fixed = fixLegacyLines(text);
  return {
    page: parsePage(fixed.text, titleHints, today),
    encoding: describeDecoding(decoded.encoding, fixed.converted),
  };
}

/** A saved page → the draft article's path and text, and the report. */
export function importLegacyPage(bytes: Uint8Array, fileName: string, ctx: ImportContext): ImportResult {
  const { page, encoding } = readLegacyPage(bytes, fileName, ctx.today);
  if (!page.title)
    return {
      ok: false,
      file: fileName,
      message: 'không tìm thấy tiêu đề bài trong tệp — tệp có phải một trang tin đã lưu không?',
    };
  if (!page.blocks.some((b) => b.type === 'paragraph'))
    return { ok: false, file: fileName, message: 'không tìm thấy nội dung bài trong tệp' };
  const notes = [...page.notes];

  let title = page.title;
  if ([...title].length > MAX_TITLE_LENGTH) {
    title = cut(title, MAX_TITLE_LENGTH);
    notes.push(`tiêu đề dài quá ${MAX_TITLE_LENGTH} ký tự nên đã cắt bớt — viết lại cho gọn`);
  }
  const date = page.date ?? ctx.today;
  const kind = guessKind(title);
  notes.push(`chuyên mục "${kind}" đoán từ tiêu đề — đổi nếu sai (${ARTICLE_KINDS.join(', ')})`);
  const summary = summarize(page.blocks) ?? cut(title, MAX_SUMMARY_LENGTH);
  notes.push('tóm tắt (summary) lấy từ câu đầu bài — viết lại cho gọn nếu cần');
  const byline = (value: string | undefined, what: string) => {
    if (value && [...value].length > MAX_BYLINE_LENGTH) {
      notes.push(`${what} dài quá ${MAX_BYLINE_LENGTH} ký tự nên bị bỏ: "${cut(value, 60)}"`);
      return undefined;
    }
    return value;
  };
  const author = byline(page.author, 'tác giả');
  const source = byline(page.source, 'nguồn tin');
  const images = page.blocks.flatMap((b) => (b.type === 'image' ? [b.image] : []));
  if (images.length)
    notes.push(
      `${images.length} ảnh của trang cũ không có ở đây: chép tệp ảnh vào content/articles/${date.slice(0, 4)}/ rồi thay mỗi dòng <!-- ảnh: … --> bằng ảnh có mô tả (xem docs/huong-dan-bien-tap.md)`,
    );

  const text = [title, ...page.blocks.map((b) => (b.type === 'paragraph' ? b.text : (b.image.caption ?? '')))].join(
    '\n',
  );
  const mentions = matchMentions(text, ctx.honorees, ctx.blocs).filter((m) => !author || m.text !== author);
  const known = mentions.filter((m) => m.matches.length);
  const unknown = mentions.filter((m) => !m.matches.length);
  const blocIds = [...new Set(known.filter((m) => m.kind === 'khoi').flatMap((m) => m.matches))];
  const period = periodOf(title);

  const slug = slugForTitle(title, ctx.taken);
  const year = date.slice(0, 4);
  const report: ImportReport = {
    file: fileName,
    encoding,
    title,
    date,
    kind,
    author,
    source,
    images: images.map(({ name, caption }) => ({ name, caption })),
    notes,
    known,
    unknown,
  };

  const front = [
    yamlComment(`Nhập từ "${fileName}" (${encoding}) bằng npm run import ngày ${ctx.today}.`),
    yamlComment('Bản nháp: đọc lại cả bài, làm các việc dưới đây, rồi xoá dòng "draft: true" để đăng.'),
    yamlComment('Việc cần làm:'),
    ...notes.map((n) => yamlComment(`  - ${n}`)),
    ...(unknown.length
      ? [
          yamlComment(
            'Tên nhắc trong bài chưa có trong dữ liệu (không tự thêm; cần thêm vào content/honorees/ hay content/blocs/',
          ),
          yamlComment('chỉ khi ghi khen thưởng hay khối thi đua cho họ):'),
          ...unknown.slice(0, 40).map((m) => yamlComment(`  - ${m.text} (${MENTION_LABELS[m.kind]})`)),
          ...(unknown.length > 40
            ? [yamlComment(`  - … và ${unknown.length - 40} tên khác (xem báo cáo của npm run import)`)]
            : []),
        ]
      : []),
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    `kind: ${kind}`,
    `summary: ${yamlString(summary)}`,
    ...(author ? [`author: ${yamlString(author)}`] : []),
    ...(source ? [`source: ${yamlString(source)}`] : []),
    ...(period ? [yamlComment(`period: ${period}   ← gợi ý từ tiêu đề; xoá dấu # nếu đúng`)] : []),
    ...(blocIds.length
      ? [yamlComment(`blocs: ${yamlIdList(blocIds)}   ← gợi ý: bài nhắc tới khối này; xoá dấu # nếu đúng`)]
      : []),
    'draft: true',
  ];
  return {
    ok: true,
    slug,
    path: `content/articles/${year}/${slug}.md`,
    text: markdownFile(front, renderBody(page.blocks)),
    report,
  };
}

const MENTION_LABELS: Record<Mention['kind'], string> = {
  'tap-the': 'tập thể',
  'ca-nhan': 'cá nhân',
  khoi: 'khối thi đua',
};

/** The report of one imported page, for the terminal. */
export function formatImportReport(path: string, report: ImportReport): string {
  const lines = [
    `✔ ${path} (bản nháp)`,
    `  từ: ${report.file} — bảng mã ${report.encoding}`,
    `  tiêu đề: ${report.title}`,
    `  ngày: ${report.date} · chuyên mục: ${report.kind}${report.author ? ` · tác giả: ${report.author}` : ''}${report.source ? ` · nguồn: ${report.source}` : ''}`,
  ];
  if (report.images.length) {
    lines.push(`  ảnh (chưa có tệp, ghi trong bài dưới dạng chú thích <!-- ảnh: … -->):`);
    for (const img of report.images) lines.push(`    - ${img.name}${img.caption ? ` — ${img.caption}` : ''}`);
  }
  if (report.notes.length) {
    lines.push('  cần kiểm tra:');
    for (const n of report.notes) lines.push(`    - ${n}`);
  }
  if (report.unknown.length) {
    lines.push('  chưa có trong dữ liệu (không tự thêm — thêm vào content/honorees/ hay content/blocs/ nếu cần):');
    for (const m of report.unknown) lines.push(`    - ${m.text} (${MENTION_LABELS[m.kind]})`);
  }
  if (report.known.length) {
    lines.push('  đã có trong dữ liệu (id để dùng trong awards, blocs):');
    for (const m of report.known) lines.push(`    - ${m.text} → ${m.matches.join(' hoặc ')}`);
  }
  return lines.join('\n');
}
