/**
 * Front matter with gray-matter, locked down: only YAML front matter, parsed by
 * our strict YAML (see yaml.ts). gray-matter's JavaScript engines would *run*
 * a `---js` block, so every engine but YAML is replaced by one that throws.
 */
import matter from 'gray-matter';
import { parseYaml } from './yaml.ts';

class FrontMatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const refuse = (language: string) => () => {
  throw new FrontMatterError(
    `phần đầu (front matter) viết bằng "${language}" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---`,
  );
};

const ENGINES = {
  yaml: (text: string) => {
    const result = parseYaml(text);
    if (!result.ok) throw new FrontMatterError(result.message, result.line);
    return result.value as object;
  },
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json'),
  toml: refuse('toml'),
};

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; line?: number; message: string };

/** Split a markdown file (already decoded and normalised) into front matter and body. */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (!text.startsWith('---')) {
    return { ok: false, line: 1, message: 'tệp phải bắt đầu bằng phần đầu (front matter) YAML giữa hai dòng ---' };
  }
  const opener = text.slice(3, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).trim();
  if (opener && opener !== 'yaml') {
    return {
      ok: false,
      line: 1,
      message: `phần đầu (front matter) viết bằng "${opener}" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---`,
    };
  }
  try {
    // Passing options also keeps gray-matter from caching results by content.
    const file = matter(text, { language: 'yaml', engines: ENGINES as never });
    if (!file.matter && !/^---\s*\n/.test(text)) {
      return { ok: false, line: 1, message: 'không tìm thấy dòng --- đóng phần đầu (front matter)' };
    }
    const data = file.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, line: 2, message: 'phần đầu (front matter) phải là các cặp "trường: giá trị"' };
    }
    const headerLines = text.slice(0, text.length - file.content.length).split('\n').length;
    return { ok: true, data: data as Record<string, unknown>, body: file.content, bodyLine: headerLines };
  } catch (error) {
    if (error instanceof FrontMatterError) {
      return { ok: false, line: error.line === undefined ? undefined : error.line + 1, message: error.message };
    }
    return { ok: false, message: `không đọc được phần đầu (front matter): ${(error as Error).message}` };
  }
}
