/**
 * Nothing under content/ is skipped without a word: every file the build does
 * not read is named here, with what happens to it.
 *
 * - symbolic links: refused (an error), wherever they point, the build never
 *   follows them; every file it publishes is a real file inside content/;
 * - dot-files and dot-folders (`.nhap.md`, `.DS_Store`): a warning, not read
 *   (`.gitkeep`, which only keeps an empty folder in git, is silent);
 * - backups and editor leftovers (`~`, `.bak`, `.orig`, `.swp`, `.tmp`…): a warning, not read;
 * - files in places the content model does not have: a warning, not read.
 *
 * `content/articles/_templates/` (and any folder of articles/ starting with
 * `_`) is never loaded, by design and as the guide says: silent. What read.ts
 * itself reports (a non-YAML file in blocs/, a file of unknown type beside the
 * articles, a folder that is not a year) is not repeated here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_TYPES } from '../images/policy.ts';
import type { Severity } from '../errors/problem.ts';

/** Backup files and editors' leftovers. */
export const BACKUP = /(?:~|\.(?:bak|orig|rej|swp|swo|swn|tmp|temp|old|save|sav)|^#.*#)$/i;

/** Folders of content/ the build reads (decisions/ is read by its own module). */
const KNOWN_FOLDERS = new Set(['articles', 'blocs', 'honorees', 'decisions']);
const KNOWN_FILES = new Set(['site.yaml', 'award-types.yaml']);

export interface Unloaded {
  file: string;
  message: string;
  severity: Severity;
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

/** Files (and folders) under `content` that the build does not read, each with its message. */
export function unloadedFiles(content: string): Unloaded[] {
  const root = path.dirname(content);
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const out: Unloaded[] = [];
  const warn = (abs: string, message: string) => out.push({ file: rel(abs), message, severity: 'warning' });

  /** Dot-files, backups and symlinks anywhere; true when the entry was reported (and is not to be looked into). */
  const special = (d: fs.Dirent, abs: string): boolean => {
    if (d.isSymbolicLink()) {
      out.push({
        file: rel(abs),
        message:
          'là liên kết tượng trưng (symlink) — cổng không đọc symlink trong content/ (tệp có thể nằm ngoài kho); chép tệp thật vào đây',
        severity: 'error',
      });
      return true;
    }
    if (d.name.startsWith('.')) {
      if (d.name !== '.gitkeep')
        warn(
          abs,
          `${d.isDirectory() ? 'thư mục' : 'tệp'} ẩn (tên bắt đầu bằng dấu chấm) không được đọc và không được đăng — đổi tên nếu là nội dung cần đăng, nếu không thì xoá`,
        );
      return true;
    }
    if (BACKUP.test(d.name)) {
      warn(abs, 'là tệp sao lưu hay tệp tạm của trình soạn thảo, không được đọc và không được đăng — xoá tệp này');
      return true;
    }
    return false;
  };

  /** A folder beside articles (images): images are fine, anything else is named. */
  const imageFolder = (dir: string) => {
    for (const d of entries(dir)) {
      const abs = path.join(dir, d.name);
      if (special(d, abs)) continue;
      if (d.isDirectory()) imageFolder(abs);
      else if (!IMAGE_TYPES[path.extname(d.name).toLowerCase()])
        warn(
          abs,
          `tệp "${d.name}" không phải ảnh, nằm trong thư mục ảnh của bài — tệp này không được đọc và không được đăng`,
        );
    }
  };

  /** Special entries only, everywhere below (for folders whose files another reader checks). */
  const specialsOnly = (dir: string) => {
    for (const d of entries(dir)) {
      const abs = path.join(dir, d.name);
      if (special(d, abs)) continue;
      if (d.isDirectory()) specialsOnly(abs);
    }
  };

  for (const d of entries(content)) {
    const abs = path.join(content, d.name);
    if (special(d, abs)) continue;
    if (d.isDirectory() ? !KNOWN_FOLDERS.has(d.name) : !KNOWN_FILES.has(d.name)) {
      warn(
        abs,
        `${d.isDirectory() ? 'thư mục' : 'tệp'} "${d.name}" không thuộc mô hình nội dung (articles/, blocs/, honorees/, award-types.yaml, site.yaml) — không được đọc và không được đăng`,
      );
      continue;
    }
    if (!d.isDirectory()) continue;
    if (d.name === 'decisions') {
      specialsOnly(abs);
      continue;
    }
    for (const e of entries(abs)) {
      const sub = path.join(abs, e.name);
      if (special(e, sub)) continue;
      if (d.name === 'articles') {
        if (e.isDirectory()) {
          if (e.name.startsWith('_') || !/^\d{4}$/.test(e.name)) continue; // templates; a non-year folder is an error in read.ts
          for (const f of entries(sub)) {
            const inYear = path.join(sub, f.name);
            if (special(f, inYear)) continue;
            if (f.isDirectory()) imageFolder(inYear);
          }
        } else if (!/\.mdx?$/i.test(e.name)) {
          warn(
            sub,
            `tệp "${e.name}" nằm ngoài thư mục năm, không được đọc — bài và ảnh đặt trong content/articles/<năm>/`,
          );
        }
      } else if (e.isDirectory()) {
        warn(
          sub,
          `thư mục "${e.name}" trong content/${d.name}/ không được đọc — đặt các tệp trực tiếp trong content/${d.name}/`,
        );
      }
    }
  }
  return out;
}

/** Whether `abs`, with every symlink resolved, is inside `content` (itself resolved). */
export function insideContent(abs: string, content: string): boolean {
  let real: string;
  let base: string;
  try {
    real = fs.realpathSync(abs);
    base = fs.realpathSync(content);
  } catch {
    return false;
  }
  const relative = path.relative(base, real);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
