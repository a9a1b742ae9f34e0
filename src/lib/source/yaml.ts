/**
 * Strict YAML for content: YAML 1.2 core schema (so `2021-03-15` stays the string
 * the editor wrote, never a UTC-midnight Date), duplicate keys refused, aliases
 * bounded so an "alias bomb" is refused at once instead of expanded.
 */
import { LineCounter, parseDocument } from 'yaml';

/** More aliases than this in one file is refused (real content uses none). */
export const MAX_ALIASES = 100;

export type YamlResult = { ok: true; value: unknown } | { ok: false; line?: number; message: string };

export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    strict: true,
  });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    return { ok: false, line, message: explainYamlError(first.code, first.message) };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        ok: false,
        message: `tệp dùng quá nhiều bí danh YAML (alias \`*\`) — tối đa ${MAX_ALIASES}; hãy viết giá trị trực tiếp`,
      };
    }
    return { ok: false, message: `YAML không đọc được: ${message}` };
  }
}

function explainYamlError(code: string, raw: string): string {
  const detail = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `một khoá xuất hiện hai lần (${detail}) — mỗi trường chỉ được ghi một lần`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `YAML sai cú pháp (${detail}) — kiểm tra thụt lề và dấu hai chấm; chuỗi chứa ":" cần đặt trong ngoặc kép`;
    default:
      return `YAML sai cú pháp (${detail})`;
  }
}
