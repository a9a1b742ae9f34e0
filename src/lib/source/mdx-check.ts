/**
 * What an .mdx article may do beyond markdown: import components from
 * src/components/ and use them. No other import, no export, and no expression
 * that reads the build's environment (a CI secret must never reach a page).
 */
import path from 'node:path';
import { decodeEntities } from '../markdown/sanitize.ts';

export interface MdxFinding {
  line: number;
  message: string;
}

/**
 * The components an MDX article may import: those the editor's guide lists
 * (docs/huong-dan-bien-tap.md). The rest of src/components/ builds pages and
 * is not for articles.
 */
export const MDX_COMPONENTS = ['Callout.astro'] as const;

/** Identifiers an MDX expression may not touch. */
const FORBIDDEN = [
  { re: /\bprocess\b/, what: 'process (biến môi trường của máy dựng)' },
  { re: /\bimport\s*\.\s*meta\b/, what: 'import.meta (biến môi trường của máy dựng)' },
  { re: /\bimport\s*\(/, what: 'import() động' },
  { re: /\b(?:globalThis|global|window|self)\b/, what: 'đối tượng toàn cục' },
  { re: /\brequire\s*\(/, what: 'require()' },
  { re: /\b(?:eval|Function)\s*\(/, what: 'eval/Function' },
  { re: /\bconstructor\b/, what: 'constructor' },
  { re: /\bDeno\b|\bBun\b/, what: 'môi trường chạy' },
];

/**
 * Whether an expression names anything (a variable, a function, a property
 * reached by name): only literals are allowed, so `{eval}`, `{(0, eval)(…)}`
 * or `{Function.call(…)}` are refused whatever form they take.
 */
function hasIdentifier(expr: string): boolean {
  const code = expr
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/`(?:[^`\\$]|\\.)*`/g, '""');
  const words = code.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
  return words.some((w) => !['true', 'false', 'null', 'undefined'].includes(w) && !/^\d/.test(w));
}

/** Blank out fenced code blocks and inline code, keeping line numbers. */
function withoutCode(source: string): string {
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/** Every `{…}` expression with its starting line (balanced braces, strings respected). */
function expressions(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') line++;
    if (ch !== '{') continue;
    let depth = 0;
    let quote: string | null = null;
    const startLine = line;
    let j = i;
    for (; j < source.length; j++) {
      const c = source[j]!;
      if (c === '\n' && j > i) line++;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    out.push({ line: startLine, text: source.slice(i, j + 1) });
    i = j;
  }
  return out;
}

/**
 * Check an MDX body. `file` is the article's absolute path, `componentsDir` the
 * absolute path of src/components/.
 */
export function checkMdx(body: string, file: string, componentsDir: string): MdxFinding[] {
  const findings: MdxFinding[] = [];
  const clean = withoutCode(body);
  const lines = clean.split('\n');
  lines.forEach((text, i) => {
    const line = i + 1;
    if (/^export\b/.test(text)) {
      findings.push({
        line,
        message: 'bài MDX không được dùng export — chỉ được import thành phần trong src/components/',
      });
    } else if (/^import\b/.test(text)) {
      const m = /^import\s+(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]\s*;?\s*$/.exec(text);
      if (!m) {
        findings.push({
          line,
          message: 'câu lệnh import không đúng dạng — cần: import TenThanhPhan from "@components/TenThanhPhan.astro"',
        });
        return;
      }
      const spec = m[1]!;
      const target = spec.startsWith('@components/')
        ? path.join(componentsDir, spec.slice('@components/'.length))
        : spec.startsWith('.')
          ? path.resolve(path.dirname(file), spec)
          : null;
      const relative = target === null ? '' : path.relative(componentsDir, target).split(path.sep).join('/');
      if (!(MDX_COMPONENTS as readonly string[]).includes(relative)) {
        findings.push({
          line,
          message: `không được import "${spec}" — bài MDX chỉ được dùng các thành phần trong hướng dẫn biên tập: ${MDX_COMPONENTS.map((c) => `"@components/${c}"`).join(', ')}`,
        });
      }
    }
  });
  const withoutEsm = lines.map((text) => (/^(import|export)\b/.test(text) ? ' '.repeat(text.length) : text)).join('\n');
  for (const expr of expressions(withoutEsm)) {
    const named = FORBIDDEN.find((f) => f.re.test(expr.text));
    if (named) {
      findings.push({
        line: expr.line,
        message: `biểu thức {…} không được dùng ${named.what} — bài viết không được đọc cấu hình hay bí mật của máy dựng`,
      });
    } else if (hasIdentifier(expr.text)) {
      findings.push({
        line: expr.line,
        message:
          'biểu thức {…} chỉ được chứa giá trị cố định (chữ trong ngoặc kép, số, danh sách) — không dùng tên biến hay hàm',
      });
    }
  }
  for (const danger of findDangerousHtml(clean)) {
    findings.push({ line: danger.line, message: `${danger.what} không được phép trong bài MDX — xoá đoạn này` });
  }
  return findings;
}

/** Raw HTML that must not reach a page: scripts, frames, event handlers, javascript: URLs. */
export function findDangerousHtml(raw: string): { line: number; what: string }[] {
  const out: { line: number; what: string }[] = [];
  // What a browser would see: character references decoded, tabs and newlines inside schemes removed (line count kept).
  const source = decodeEntities(raw).replace(/(j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:/gi, (m) =>
    m.replace(/[^\S\n]/g, ''),
  );
  const rules = [
    { re: /<\s*script\b/gi, what: 'thẻ <script>' },
    { re: /<\s*(?:iframe|frame|frameset|object|embed|applet)\b/gi, what: 'khung nhúng (<iframe>, <object>, <embed>)' },
    { re: /<[^>]*[\s/"']on[a-z]+\s*=/gi, what: 'thuộc tính sự kiện (on…=)' },
    { re: /(?:java|vb)script\s*:/gi, what: 'đường dẫn javascript:' },
    { re: /<\s*(?:style|link|meta|base|form)\b/gi, what: 'thẻ <style>/<link>/<meta>/<base>/<form>' },
  ];
  for (const rule of rules) {
    for (const m of source.matchAll(rule.re)) {
      const line = source.slice(0, m.index).split('\n').length;
      out.push({ line, what: rule.what });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
