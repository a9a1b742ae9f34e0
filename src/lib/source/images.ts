/**
 * Images an article uses (its cover and the images of its body): each must be
 * beside the article, of a supported type, under the size limits, described by
 * non-empty alt text, and (for SVG) free of anything active or external.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../images/policy.ts';
import { inspectImage, svgProblems } from '../images/inspect.ts';
import { insideContent } from './files.ts';

export interface BodyImage {
  src: string;
  alt: string;
  line: number /** Written as an HTML <img> tag rather than markdown. */;
  html?: boolean;
}

/** `![alt](src "title")` and `<img src=… alt=…>` in a markdown body, with their line (1-based, in the body). */
export function bodyImages(body: string): BodyImage[] {
  const out: BodyImage[] = [];
  const lines = body.split('\n');
  let fence = false;
  lines.forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fence = !fence;
    if (fence) return;
    for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      out.push({ alt: m[1]!, src: m[2]!, line: i + 1 });
    for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
      const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
      const alt = /\salt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1] ?? '';
      if (src) out.push({ alt, src, line: i + 1, html: true });
    }
  });
  return out;
}

/**
 * Problems of one image file referenced as `src` from `dir`; empty when it is
 * fine. With `content`, the file (every symlink resolved) must be a real file
 * inside it: nothing from elsewhere on the build machine is ever published.
 */
export function imageProblems(src: string, dir: string, content?: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    return [
      `ảnh "${src}" nằm ở trang khác — cổng không tải gì từ nơi khác; hãy lưu ảnh cạnh bài và dùng đường dẫn tương đối, ví dụ ./anh-hoi-nghi.jpg`,
    ];
  }
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return [
      `đường dẫn ảnh "${src}" không hợp lệ (dấu % phải đi với hai chữ số hex) — đặt tên tệp ảnh chỉ gồm chữ không dấu, số và dấu gạch ngang`,
    ];
  }
  const abs = path.resolve(dir, decoded);
  if (content !== undefined) {
    const lexical = path.relative(content, abs);
    if (path.isAbsolute(decoded) || lexical.startsWith('..') || path.isAbsolute(lexical))
      return [
        `ảnh "${src}" nằm ngoài thư mục content/ — chỉ dùng ảnh trong kho nội dung: đặt ảnh cạnh bài và viết đường dẫn tương đối, ví dụ ./anh-hoi-nghi.jpg`,
      ];
    if (fs.existsSync(abs) && (fs.lstatSync(abs).isSymbolicLink() || !insideContent(abs, content)))
      return [
        `ảnh "${src}" là liên kết tượng trưng (symlink) hoặc trỏ ra ngoài content/ — cổng chỉ đăng tệp thật trong kho nội dung; chép ảnh vào cạnh bài`,
      ];
  }
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile())
    return [`không tìm thấy ảnh "${src}" — đường dẫn tính từ thư mục của bài`];
  const ext = path.extname(abs).toLowerCase();
  if (!IMAGE_TYPES[ext])
    return [`"${src}" không phải loại ảnh được hỗ trợ — cần ${[...new Set(Object.values(IMAGE_TYPES))].join(', ')}`];
  const size = fs.statSync(abs).size;
  if (size > MAX_IMAGE_BYTES)
    return [
      `ảnh "${src}" nặng ${(size / 1048576).toFixed(1)} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1048576} MB — hãy thu nhỏ ảnh trước khi đăng`,
    ];
  const bytes = fs.readFileSync(abs);
  const info = inspectImage(bytes);
  if (!info) return [`"${src}" không đọc được như một ảnh ${IMAGE_TYPES[ext]} — tệp hỏng hoặc sai đuôi`];
  if (info.width && info.height && info.width * info.height > MAX_IMAGE_PIXELS) {
    return [
      `ảnh "${src}" có ${info.width}×${info.height} điểm ảnh (${Math.round((info.width * info.height) / 1e6)} megapixel), quá giới hạn ${MAX_IMAGE_PIXELS / 1e6} megapixel`,
    ];
  }
  if (info.format === 'svg') {
    const found = svgProblems(bytes.toString('utf8'));
    if (found.length)
      return [`ảnh SVG "${src}" chứa ${found.join(', ')} — không được phép; hãy dùng ảnh PNG hoặc SVG đã làm sạch`];
  }
  return [];
}
