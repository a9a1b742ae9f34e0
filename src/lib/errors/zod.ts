/**
 * zod issues → Problems in our one format. Every code zod can produce gets a
 * plain Vietnamese sentence saying what was found and what is expected.
 */
import { fieldPath, problem, show, type Problem } from './problem.ts';

/** The parts of a zod (v4) issue we read; kept structural so this module stays zod-free. */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  keys?: string[];
  format?: string;
  errors?: ZodIssueLike[][];
  /** Issues of a record key (code invalid_key). */
  issues?: ZodIssueLike[];
}

const EXPECTED: Record<string, string> = {
  string: 'một chuỗi chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'các cặp "trường: giá trị"',
  record: 'các cặp "khoá: giá trị" (ví dụ 2021: bao-ninh-thuan)',
  map: 'các cặp "khoá: giá trị"',
  tuple: 'một danh sách',
  bigint: 'một số',
  nan: 'một số',
  null: 'để trống',
  symbol: 'một giá trị khác',
  undefined: 'không ghi trường này',
  date: 'một ngày',
};

function expectedText(expected: string | undefined): string {
  return (expected && EXPECTED[expected]) ?? expected ?? 'giá trị khác';
}

export function issueToProblems(file: string, issue: ZodIssueLike, prefix: PropertyKey[] = []): Problem[] {
  const path = [...prefix, ...issue.path];
  const field = fieldPath(path) || undefined;
  const found = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined)
        return [problem(file, field, `thiếu trường bắt buộc — cần ${expectedText(issue.expected)}`)];
      return [problem(file, field, `nhận ${show(found)}, cần ${expectedText(issue.expected)}`)];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return [
          problem(file, field, min <= 1 ? 'đang để trống — cần nhập nội dung' : `quá ngắn — cần ít nhất ${min} ký tự`),
        ];
      if (issue.origin === 'array') return [problem(file, field, `danh sách cần ít nhất ${min} mục`)];
      return [problem(file, field, `nhận ${show(found)}, cần số từ ${min} trở lên`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof found === 'string' ? ` (${[...found].length} ký tự)` : '';
        return [problem(file, field, `quá dài${length} — tối đa ${max} ký tự`)];
      }
      if (issue.origin === 'array') return [problem(file, field, `danh sách quá dài — tối đa ${max} mục`)];
      return [problem(file, field, `nhận ${show(found)}, cần số không quá ${max}`)];
    }
    case 'invalid_value':
    case 'invalid_enum_value': {
      const values = (issue.values ?? []).map(String).join(', ');
      if (found === undefined) return [problem(file, field, `thiếu trường bắt buộc — cần một trong: ${values}`)];
      return [problem(file, field, `nhận ${show(found)}, cần một trong: ${values}`)];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) =>
        problem(
          file,
          fieldPath([...path, key]),
          'trường này không có trong mô hình nội dung — kiểm tra chính tả tên trường (xem docs/huong-dan-bien-tap.md)',
        ),
      );
    case 'invalid_union': {
      const branches = issue.errors ?? [];
      const first = branches.flat()[0];
      if (first) return issueToProblems(file, first, path);
      return [problem(file, field, `nhận ${show(found)}, giá trị không hợp lệ`)];
    }
    case 'invalid_key': {
      const inner = issue.issues?.[0];
      if (inner) return [problem(file, field, inner.message)];
      return [problem(file, field, `khoá không hợp lệ`)];
    }
    case 'invalid_format':
      if (issue.format === 'url') return [problem(file, field, `nhận ${show(found)}, ${issue.message}`)];
      if (issue.format === 'email') return [problem(file, field, `nhận ${show(found)}, cần một địa chỉ thư điện tử`)];
      return [problem(file, field, issue.message)];
    default:
      return [problem(file, field, issue.message)];
  }
}
