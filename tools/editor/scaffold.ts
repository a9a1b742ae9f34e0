/**
 * `npm run new`: a new article file from a kind and a title. Pure: the caller
 * passes today's date and the slugs already taken, and writes the file.
 *
 * The file lists every front-matter field with a Vietnamese comment; the
 * optional ones are commented out, so the editor removes a "#" to use one.
 * It starts as a draft, and it validates as it is.
 */
import { ARTICLE_KINDS, KIND_LABELS, type ArticleKind } from '../../src/lib/domain/vocabulary.ts';
import { slugify, uniqueSlug } from '../../src/lib/text/slug.ts';
import { markdownFile, yamlString } from './yaml-out.ts';

/** Longest title the schema accepts. */
export const MAX_TITLE_LENGTH = 200;

/** What each kind is for, in the editor's words. */
export const KIND_HELP: Record<ArticleKind, string> = {
  'hoi-nghi': 'hội nghị tổng kết, sơ kết',
  'khen-thuong': 'quyết định, lễ trao khen thưởng',
  'phat-dong': 'phát động thi đua, ký kết giao ước',
  'tin-tuc': 'tin khác',
};

/** "hoi-nghi (Hội nghị: hội nghị tổng kết, sơ kết), …" — for messages and the prompt. */
export function kindChoices(separator = ', '): string {
  return ARTICLE_KINDS.map((k) => `${k} (${KIND_LABELS[k]}: ${KIND_HELP[k]})`).join(separator);
}

/**
 * The kind an editor means: its id ("hoi-nghi"), its label with or without
 * marks ("Hội nghị", "hoi nghi") or its number in the list (1–4).
 */
export function parseKind(input: string): ArticleKind | undefined {
  const text = input.trim();
  if (/^[1-9]$/.test(text)) return ARTICLE_KINDS[Number(text) - 1];
  const slug = slugify(text);
  return ARTICLE_KINDS.find((k) => k === slug || slugify(KIND_LABELS[k]) === slug);
}

/** Why a title cannot be used, or undefined when it can. */
export function titleProblem(title: string): string | undefined {
  const text = title.normalize('NFC').trim();
  if (!text) return 'tiêu đề đang để trống — cần tiêu đề bài viết';
  if (/[\r\n]/.test(text)) return 'tiêu đề phải nằm trên một dòng';
  if ([...text].length > MAX_TITLE_LENGTH)
    return `tiêu đề quá dài (${[...text].length} ký tự) — tối đa ${MAX_TITLE_LENGTH} ký tự`;
  if (!slugify(text)) return 'tiêu đề không có chữ hay số nào để đặt tên tệp';
  return undefined;
}

/**
 * The file name (slug) for a title: tones stripped, đ → d, kebab-case, and
 * distinct from every slug in `taken` (all years). A slug of digits only
 * would collide with the listing pages (/tin-tuc/2/), so it gets a prefix.
 */
export function slugForTitle(title: string, taken: ReadonlySet<string>): string {
  let base = slugify(title);
  if (/^\d+$/.test(base)) base = `bai-${base}`;
  return uniqueSlug(base, taken);
}

export interface ArticleFields {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  kind: ArticleKind;
  summary?: string;
}

/** Every field of the content model, commented in Vietnamese; the optional ones commented out. */
export function articleTemplate(fields: ArticleFields, body = DEFAULT_BODY): string {
  const summary = fields.summary ?? 'Viết tóm tắt một đến hai câu về sự kiện ở đây.';
  const lines = [
    '# ── Bắt buộc ─────────────────────────────────────────────────────────────',
    `# Tiêu đề bài, tối đa ${MAX_TITLE_LENGTH} ký tự.`,
    `title: ${yamlString(fields.title)}`,
    '# Ngày đăng, viết năm-tháng-ngày (YYYY-MM-DD), theo giờ Việt Nam; không viết 15/03/2021.',
    `date: ${fields.date}`,
    '# Chuyên mục, một trong:',
    ...ARTICLE_KINDS.map((k) => `#   ${k.padEnd(11)} ${KIND_LABELS[k]} — ${KIND_HELP[k]}`),
    `kind: ${fields.kind}`,
    '# Tóm tắt 1–300 ký tự: hiện trong danh sách tin, RSS và kết quả tìm kiếm.',
    `summary: ${yamlString(summary)}`,
    '# ── Không bắt buộc: xoá dấu "#" ở đầu dòng để dùng ─────────────────────────',
    '# Kỳ thi đua bài nói tới: một năm (2020), nửa năm (2021-H1) hoặc khoảng năm (2016-2020).',
    '# period: 2020',
    '# Khối thi đua liên quan: tên tệp trong content/blocs/, không có đuôi .yaml.',
    '# blocs: [khoi-co-quan-dang-ninh-thuan]',
    '# Nơi diễn ra sự kiện.',
    '# location: Ninh Thuận',
    '# Tác giả (dòng ký tên cuối bài) và đơn vị đưa tin.',
    '# author: Nguyễn Văn A',
    '# source: Ban Thi đua – Khen thưởng tỉnh',
    '# Ảnh đại diện: tệp ảnh đặt cạnh bài (cùng thư mục năm); alt là mô tả ảnh cho người không xem được ảnh, bắt buộc.',
    '# cover:',
    '#   src: ./ten-tep-anh.jpg',
    '#   alt: Toàn cảnh hội nghị',
    '#   caption: Chú thích hiện dưới ảnh',
    '# Từ khoá tự do.',
    '# tags: [tổng kết, khối thi đua]',
    '# Khen thưởng công bố trong bài: mỗi mục là một loại khen thưởng, một năm thành tích, danh sách người/đơn vị nhận.',
    '# awards:',
    '#   - award: co-thi-dua-ubnd-tinh          # id trong content/award-types.yaml',
    '#     year: 2020                           # năm thành tích (không phải năm quyết định)',
    '#     recipients: [bao-ninh-thuan]         # id trong content/honorees/, ít nhất một',
    '#     decision: "1234/QĐ-UBND"             # số quyết định',
    '#     decision_date: 2021-03-10            # ngày ký quyết định',
    '#     reason: "Hoàn thành xuất sắc nhiệm vụ năm 2020"',
    '# Địa chỉ cũ của bài trên trang này; mỗi địa chỉ cũ được chuyển về bài.',
    '# aliases: [/tin-tuc/ten-cu/]',
    '# Ngày sửa nội dung quan trọng gần nhất (hiện là "Cập nhật"); bỏ trống thì lấy ngày của lần commit cuối.',
    '# updated: 2025-01-02',
    '# ── Bản nháp ──────────────────────────────────────────────────────────────',
    '# Bản nháp không hiện ở đâu cả nhưng vẫn được kiểm tra. Xoá dòng dưới khi bài sẵn sàng đăng.',
    'draft: true',
  ];
  return markdownFile(lines, body);
}

/** The body of a new article. (Kept free of image syntax: the check reads images even inside comments.) */
const DEFAULT_BODY = `Viết nội dung bài ở đây: mỗi đoạn cách nhau một dòng trống.

<!-- Tiêu đề mục: một dòng bắt đầu bằng "## ". Cách chèn ảnh và mọi trường ở trên: xem docs/huong-dan-bien-tap.md. -->`;

export interface ScaffoldInput {
  kind: string;
  title: string;
  /** Today in Vietnam, `YYYY-MM-DD`. */
  date: string;
  /** Every article slug of the site, all years. */
  taken: ReadonlySet<string>;
}

export type ScaffoldResult =
  | { ok: true; kind: ArticleKind; slug: string; year: string; path: string; text: string }
  | { ok: false; message: string };

/** The new article's path (relative to the repository) and text, or why it cannot be made. */
export function scaffoldArticle(input: ScaffoldInput): ScaffoldResult {
  const kind = parseKind(input.kind);
  if (!kind) return { ok: false, message: `chuyên mục "${input.kind}" không có — chọn một trong: ${kindChoices()}` };
  const problem = titleProblem(input.title);
  if (problem) return { ok: false, message: problem };
  const title = input.title.normalize('NFC').trim().replace(/\s+/g, ' ');
  const slug = slugForTitle(title, input.taken);
  const year = input.date.slice(0, 4);
  return {
    ok: true,
    kind,
    slug,
    year,
    path: `content/articles/${year}/${slug}.md`,
    text: articleTemplate({ title, date: input.date, kind }),
  };
}
