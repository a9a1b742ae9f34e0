/**
 * Reads content/ from disk into a ContentSet, reporting every problem of every
 * file in our one format. Pure apart from reading files: no Astro here, so
 * `npm run validate` and the build share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleSchema } from '../../schemas/article.ts';
import { awardTypeFileSchema } from '../../schemas/award-type.ts';
import { blocSchema } from '../../schemas/bloc.ts';
import { honoreeFileSchema, honoreeSchema } from '../../schemas/honoree.ts';
import { siteSchema } from '../../schemas/site.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { issueToProblems, type ZodIssueLike } from '../errors/zod.ts';
import type { Article, ContentSet } from '../domain/types.ts';
import { ID_PATTERN } from '../text/slug.ts';
import { decodeText } from './text.ts';
import { parseYaml } from './yaml.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { BACKUP } from './files.ts';
import { checkMdx } from './mdx-check.ts';
import { htmlRemovals } from './html-check.ts';
import { bodyImages, imageProblems } from './images.ts';
import { IMAGE_TYPES } from '../images/policy.ts';
import { controlCharsIn, replaceControlChars, safeKeys } from './hygiene.ts';
import { unloadedFiles } from './files.ts';
import { readDecisions } from './decisions.ts';

/** Data files: YAML, or JSON (valid YAML 1.2, read by the same strict parser). */
const YAML_EXT = /\.(ya?ml|json)$/i;

interface SchemaLike<T> {
  safeParse(
    data: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: ZodIssueLike[] } };
}

export interface ReadResult {
  set: ContentSet;
  /** Articles whose front matter has errors: the fields that did validate, so references are still checked. */
  partialArticles: Article[];
  problems: Problem[];
  files: number;
}

/**
 * What was worked out from each file's text in the last run, when enabled (rememberFiles): the
 * problems it gave and its result. `npm run validate -- --watch` and `astro dev` read content
 * again after each save; with this only the files whose text changed are parsed and checked
 * again (issue 16: a save re-parsed 10,000 articles and 50 honoree lists). Off in a build,
 * which reads once.
 */
interface Remembered {
  text: string;
  problems: Problem[];
  value: unknown;
  run: number;
}
const FILES = Symbol.for('bang-vang.read.files');
const RUN = Symbol.for('bang-vang.read.run');
const shared = globalThis as unknown as Record<symbol, Map<string, Remembered> | number | undefined>;

/** Keep each file's parse from run to run in this process (watch mode, the dev server); `false` forgets and stops. */
export function rememberFiles(on = true): void {
  if (on) shared[FILES] ??= new Map<string, Remembered>();
  else shared[FILES] = undefined;
}

/** Whether this process keeps what it worked out from run to run (`validate --watch`, `astro dev`). */
export const remembering = (): boolean => shared[FILES] !== undefined;

export class ContentReader {
  readonly problems: Problem[] = [];
  files = 0;
  readonly root: string;
  readonly run: number;
  constructor(root: string) {
    this.root = root;
    this.run = ((shared[RUN] as number | undefined) ?? 0) + 1;
    shared[RUN] = this.run;
  }

  /**
   * `work` on one file's text, whose only effects are the problems it reports and what it returns:
   * when files are remembered and the text is the one of the last run, its problems are
   * reported again and its result returned without doing it again.
   */
  memo<T>(kind: string, file: string, text: string, work: () => T): T {
    const cache = shared[FILES] as Map<string, Remembered> | undefined;
    const key = `${kind}:${this.root}:${file}`;
    const hit = cache?.get(key);
    if (hit && hit.text === text) {
      hit.run = this.run;
      this.problems.push(...hit.problems);
      return hit.value as T;
    }
    const before = this.problems.length;
    const value = work();
    cache?.set(key, { text, problems: this.problems.slice(before), value, run: this.run });
    return value;
  }

  /** Forget the files of earlier runs that this run did not read (deleted or renamed). */
  forgetOthers(): void {
    const cache = shared[FILES] as Map<string, Remembered> | undefined;
    if (!cache) return;
    for (const [key, e] of cache) if (e.run !== this.run && key.includes(`:${this.root}:`)) cache.delete(key);
  }

  rel(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  /** Read a text file strictly (UTF-8, BOM, CRLF, NFC); undefined after reporting if unreadable. */
  text(abs: string): string | undefined {
    this.files++;
    const bytes = fs.readFileSync(abs);
    // Remembering: the same bytes as last run decode to the same text (no UTF-8 check or NFC again).
    const cache = shared[FILES] as Map<string, Remembered> | undefined;
    const key = `bytes:${this.root}:${abs}`;
    const hit = cache?.get(key);
    if (hit && (hit.value as Buffer).equals(bytes)) {
      hit.run = this.run;
      return hit.text;
    }
    const result = decodeText(bytes);
    if (result.ok) cache?.set(key, { text: result.text, problems: [], value: bytes, run: this.run });
    if (!result.ok) {
      this.problems.push(
        problem(
          this.rel(abs),
          undefined,
          `tệp không phải văn bản UTF-8 hợp lệ (byte ${result.byte} không đọc được) — lưu lại tệp với bảng mã UTF-8`,
          { line: result.line },
        ),
      );
      return undefined;
    }
    return result.text;
  }

  yaml(abs: string): { value: unknown } | undefined {
    const text = this.text(abs);
    if (text === undefined) return undefined;
    return this.yamlText(abs, text);
  }

  /** A data file's text, already read, parsed as YAML; undefined after reporting if it does not parse. */
  yamlText(abs: string, text: string): { value: unknown } | undefined {
    const result = parseYaml(text);
    if (!result.ok) {
      this.problems.push(problem(this.rel(abs), undefined, result.message, { line: result.line }));
      return undefined;
    }
    return { value: result.value };
  }

  parse<T>(schema: SchemaLike<T>, raw: unknown, file: string): T | undefined {
    for (const c of controlCharsIn(raw))
      this.problems.push(
        problem(
          file,
          c.field || undefined,
          `có ký tự điều khiển ${c.codePoint} (không in được, thường do chép từ Word) — xoá ký tự này hoặc gõ lại đoạn chữ`,
        ),
      );
    // Prototype keys (__proto__, constructor, toString…) are unknown fields like any other, never the prototype.
    const { value, prototypeKeys } = safeKeys(raw);
    for (const field of prototypeKeys)
      this.problems.push(
        problem(
          file,
          field,
          'trường này không có trong mô hình nội dung — kiểm tra chính tả tên trường (xem docs/huong-dan-bien-tap.md)',
        ),
      );
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.problems.push(...issueToProblems(file, issue));
    return undefined;
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Files and folders that are read: no dot-files, backups or symlinks (files.ts reports each of those). */
function listDir(dir: string): fs.Dirent[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.') && !d.isSymbolicLink() && !BACKUP.test(d.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

/** The files of public/, as site paths (`/favicon.svg`): served as they are, so no alias may take them. */
export function publicFiles(root: string): string[] {
  const dir = path.join(root, 'public');
  try {
    return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => `/${p.split(path.sep).join('/')}`);
  } catch {
    return [];
  }
}

export function readContent(root: string): ReadResult {
  const r = new ContentReader(root);
  const content = path.join(root, 'content');
  const set: ContentSet = { site: undefined, awardTypes: [], blocs: [], honorees: [], articles: [] };
  const partialArticles: Article[] = [];
  // site.yaml
  const sitePath = path.join(content, 'site.yaml');
  if (!fs.existsSync(sitePath))
    r.problems.push(
      problem(
        'content/site.yaml',
        undefined,
        'thiếu tệp cài đặt trang — cần content/site.yaml (tên cổng, cơ quan, tỉnh, base_url)',
      ),
    );
  else {
    const y = r.yaml(sitePath);
    if (y) set.site = r.parse(siteSchema, y.value, r.rel(sitePath));
    const logo = set.site?.logo;
    if (typeof logo === 'string')
      for (const message of imageProblems(logo, content))
        r.problems.push(
          problem(
            r.rel(sitePath),
            'logo',
            message.replace('đường dẫn tính từ thư mục của bài', 'đường dẫn tính từ thư mục content/'),
          ),
        );
  }

  // Whatever under content/ is not read is named: dot-files, backups, symlinks, files in unknown places
  // (the logo named by site.yaml is read, beside it).
  const logoFile = typeof set.site?.logo === 'string' ? r.rel(path.resolve(content, set.site.logo)) : undefined;
  for (const u of unloadedFiles(content)) {
    if (logoFile && (u.file === logoFile || logoFile.startsWith(`${u.file}/`))) continue;
    r.problems.push(problem(u.file, undefined, u.message, { severity: u.severity }));
  }

  // award-types.yaml
  const typesPath = path.join(content, 'award-types.yaml');
  if (!fs.existsSync(typesPath))
    r.problems.push(
      problem('content/award-types.yaml', undefined, 'thiếu danh mục khen thưởng — cần content/award-types.yaml'),
    );
  else {
    const y = r.yaml(typesPath);
    const file = r.rel(typesPath);
    const list = y && r.parse(awardTypeFileSchema, y.value, file);
    if (list) set.awardTypes = list.map((t) => ({ ...t, file }));
  }

  // blocs/<id>.yaml
  for (const entry of listDir(path.join(content, 'blocs'))) {
    const abs = path.join(content, 'blocs', entry.name);
    if (!entry.isFile()) continue;
    if (!YAML_EXT.test(entry.name)) {
      r.problems.push(
        problem(
          r.rel(abs),
          undefined,
          'thư mục content/blocs/ chỉ chứa tệp .yaml (hoặc .json), mỗi khối thi đua một tệp',
        ),
      );
      continue;
    }
    const id = entry.name.replace(YAML_EXT, '');
    if (!ID_PATTERN.test(id)) {
      r.problems.push(
        problem(
          r.rel(abs),
          undefined,
          `tên tệp "${entry.name}" không dùng làm id được — cần chữ thường không dấu và dấu gạch ngang, ví dụ khoi-co-quan-dang.yaml`,
        ),
      );
      continue;
    }
    const y = r.yaml(abs);
    const data = y && r.parse(blocSchema, y.value, r.rel(abs));
    if (data?.description) {
      // The description is markdown rendered through the same sanitiser as articles: say what it removes.
      for (const d of htmlRemovals(data.description))
        r.problems.push(
          problem(
            r.rel(abs),
            'description',
            `${d.what}${d.line ? ` (dòng ${d.line} của mô tả)` : ''} — hãy sửa hoặc xoá khỏi mô tả`,
            { severity: 'warning' },
          ),
        );
    }
    if (data) set.blocs.push({ ...data, id, file: r.rel(abs) });
  }

  // honorees/*.yaml
  for (const entry of listDir(path.join(content, 'honorees'))) {
    const abs = path.join(content, 'honorees', entry.name);
    if (!entry.isFile()) continue;
    if (!YAML_EXT.test(entry.name)) {
      r.problems.push(
        problem(
          r.rel(abs),
          undefined,
          'thư mục content/honorees/ chỉ chứa tệp .yaml (hoặc .json): danh sách tập thể, cá nhân',
        ),
      );
      continue;
    }
    const file = r.rel(abs);
    const text = r.text(abs);
    if (text === undefined) continue;
    const honorees = r.memo('honorees', file, text, (): ContentSet['honorees'] => {
      const y = r.yamlText(abs, text);
      if (!y) return [];
      if (y.value === null) return []; // an empty list file is allowed
      // A mapping is one honoree (one file per honoree, as the web editor writes); anything else must be a list.
      if (isMapping(y.value)) {
        const one = r.parse(honoreeSchema, y.value, file);
        return one ? [{ ...one, file }] : [];
      }
      const list = r.parse(honoreeFileSchema, y.value, file);
      return list ? list.map((h, index) => ({ ...h, file, index })) : [];
    });
    for (const h of honorees) set.honorees.push({ ...h });
  }

  // articles/<year>/<slug>.md|.mdx
  const articlesDir = path.join(content, 'articles');
  for (const yearEntry of listDir(articlesDir)) {
    const yearAbs = path.join(articlesDir, yearEntry.name);
    if (yearEntry.name.startsWith('_')) continue; // _templates/ and the like are never loaded
    if (!yearEntry.isDirectory()) {
      if (/\.mdx?$/i.test(yearEntry.name))
        r.problems.push(
          problem(
            r.rel(yearAbs),
            undefined,
            'bài viết phải nằm trong thư mục năm — chuyển vào content/articles/<năm>/',
          ),
        );
      continue;
    }
    if (!/^\d{4}$/.test(yearEntry.name)) {
      r.problems.push(
        problem(
          r.rel(yearAbs),
          undefined,
          'thư mục bài viết phải mang tên một năm bốn chữ số, ví dụ content/articles/2021/',
        ),
      );
      continue;
    }
    for (const entry of listDir(yearAbs)) {
      const abs = path.join(yearAbs, entry.name);
      const file = r.rel(abs);
      if (entry.isDirectory()) continue; // image folders beside articles
      const ext = path.extname(entry.name).toLowerCase();
      if (ext !== '.md' && ext !== '.mdx') {
        if (!IMAGE_TYPES[ext])
          r.problems.push(
            problem(
              file,
              undefined,
              `tệp "${entry.name}" không phải bài viết (.md, .mdx) hay ảnh — tệp này sẽ không được đăng`,
              { severity: 'warning' },
            ),
          );
        continue;
      }
      const slug = entry.name.slice(0, -ext.length);
      if (!ID_PATTERN.test(slug)) {
        r.problems.push(
          problem(
            file,
            undefined,
            `tên tệp "${entry.name}" không dùng làm địa chỉ được — cần chữ thường không dấu, số và dấu gạch ngang, ví dụ hoi-nghi-tong-ket-nam-2020.md`,
          ),
        );
        continue;
      }
      if (/^\d+$/.test(slug)) {
        r.problems.push(
          problem(
            file,
            undefined,
            `tên tệp "${entry.name}" chỉ gồm chữ số, sẽ trùng với trang danh sách /tin-tuc/${slug}/ — thêm chữ vào tên tệp`,
          ),
        );
        continue;
      }
      const text = r.text(abs);
      if (text === undefined) continue;
      const format = ext === '.mdx' ? 'mdx' : 'md';
      const parsed = r.memo('article', file, text, () => parseArticle(r, file, text, format));
      if (!parsed) continue;
      const { data, body, bodyLine } = parsed;
      if (!data)
        partialArticles.push({
          ...parsed.partial,
          slug,
          file,
          format,
          folderYear: yearEntry.name,
          body,
          // The fields that passed their schema, for the cross-checks: not a whole article, never published.
        } as Article);
      // Images are checked on every run: a picture can appear or go without the article changing.
      for (const img of parsed.images) {
        const line = img.line + bodyLine - 1;
        for (const message of imageProblems(img.src, yearAbs, content))
          r.problems.push(problem(file, undefined, message, { line }));
      }
      if (!data) continue;
      if (data.cover) {
        for (const message of imageProblems(data.cover.src, yearAbs, content)) {
          r.problems.push(
            problem(
              file,
              'cover.src',
              message.replace(
                'đường dẫn tính từ thư mục của bài',
                `đường dẫn tính từ thư mục của bài (${r.rel(yearAbs)}/)`,
              ),
            ),
          );
        }
      }
      set.articles.push({ ...data, slug, file, format, folderYear: yearEntry.name, body });
    }
  }
  // decisions/<year>/<id>.yaml (issue 15: records and their PDF documents)
  set.decisions = readDecisions(r, content);
  r.forgetOthers();
  return { set, partialArticles, problems: r.problems, files: r.files };
}

/**
 * What an article's text alone gives: its front matter checked against the schema (or the fields
 * that pass, when it does not), its body, and the problems of both; the images its body shows, to
 * be checked against the files. Undefined when the front matter cannot be read at all.
 */
function parseArticle(
  r: ContentReader,
  file: string,
  text: string,
  format: 'md' | 'mdx',
):
  | {
      data?: Omit<Article, 'slug' | 'file' | 'format' | 'folderYear' | 'body'>;
      partial?: Record<string, unknown>;
      body: string;
      bodyLine: number;
      images: { src: string; line: number }[];
    }
  | undefined {
  const fm = parseFrontMatter(text);
  if (fm.ok) {
    // Control characters: replaced in a markdown body (rendered from this text); an MDX body is compiled from the file.
    const cleaned = replaceControlChars(fm.body);
    for (const c of cleaned.found)
      r.problems.push(
        problem(
          file,
          undefined,
          format === 'mdx'
            ? `có ký tự điều khiển ${c.codePoint} (không in được, thường do chép từ Word) — xoá ký tự này`
            : `có ký tự điều khiển ${c.codePoint} (không in được, thường do chép từ Word) — khi đăng ký tự này được thay bằng dấu cách; hãy xoá khỏi bài`,
          { line: c.line + fm.bodyLine - 1, severity: format === 'mdx' ? 'error' : 'warning' },
        ),
      );
    fm.body = cleaned.text;
  }
  if (!fm.ok) {
    r.problems.push(problem(file, undefined, fm.message, { line: fm.line }));
    return undefined;
  }
  const data = r.parse(articleSchema, fm.data, file);
  if (fm.body.trim() === '')
    r.problems.push(problem(file, undefined, 'bài viết không có nội dung — viết thân bài dưới dòng --- thứ hai'));
  if (format === 'mdx') {
    for (const f of checkMdx(fm.body))
      r.problems.push(problem(file, undefined, f.message, { line: f.line + fm.bodyLine - 1 }));
  } else {
    for (const d of htmlRemovals(fm.body)) {
      r.problems.push(
        problem(file, undefined, `${d.what} — hãy sửa hoặc xoá khỏi bài`, {
          line: d.line === undefined ? undefined : d.line + fm.bodyLine - 1,
          severity: 'warning',
        }),
      );
    }
  }
  const images: { src: string; line: number }[] = [];
  for (const img of bodyImages(fm.body)) {
    const line = img.line + fm.bodyLine - 1;
    if (img.html) {
      r.problems.push(
        problem(
          file,
          undefined,
          `ảnh viết bằng thẻ <img> không được xử lý (không thu nhỏ, không xoá dữ liệu vị trí) — viết theo cú pháp ![Mô tả ảnh](${img.src} "Chú thích")`,
          { line },
        ),
      );
      continue;
    }
    if (!img.alt.trim())
      r.problems.push(
        problem(
          file,
          undefined,
          `ảnh "${img.src}" chưa có mô tả — viết mô tả trong ngoặc vuông: ![Mô tả ảnh](${img.src})`,
          { line },
        ),
      );
    images.push({ src: img.src, line: img.line });
  }
  return {
    ...(data ? { data } : { partial: validFields(fm.data) }),
    body: fm.body,
    bodyLine: fm.bodyLine,
    images,
  };
}

/** The fields of an invalid front matter that are valid on their own. */
function validFields(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const shape = articleSchema.shape as Record<string, SchemaLike<unknown>>;
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(shape, key)) continue;
    const field = shape[key];
    if (!field) continue;
    const result = field.safeParse(value);
    if (result.success) out[key] = result.data;
  }
  return out;
}
