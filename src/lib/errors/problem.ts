/**
 * One error format for every content problem: the file (relative to the repo),
 * the field, what was found and what is expected, in plain Vietnamese.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** Field path in the file, e.g. `awards[1].recipients[0]`; absent for whole-file problems. */
  field?: string;
  /** Line in the file, when the parser knows it. */
  line?: number;
  /** What is wrong and what is expected, one sentence. */
  message: string;
  severity: Severity;
}

export function problem(
  file: string,
  field: string | undefined,
  message: string,
  extra: { line?: number; severity?: Severity } = {},
): Problem {
  return { file, field, message, line: extra.line, severity: extra.severity ?? 'error' };
}

/** `awards`, 1, `recipients`, 0 → `awards[1].recipients[0]` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** `content/x.md:12 › awards[0].year: …` — one problem on one line. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` › ${p.field}` : '';
  const tag = p.severity === 'warning' ? 'cảnh báo' : 'lỗi';
  return `[${tag}] ${where}${field}: ${p.message}`;
}

/** Errors first, then by file, line and field, so a report reads file by file. */
export function sortProblems(list: readonly Problem[]): Problem[] {
  return [...list].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** The whole report of a run: every problem, then a count line. */
export function formatReport(list: readonly Problem[]): string {
  const sorted = sortProblems(list);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatProblem);
  lines.push(
    errors
      ? `Nội dung có ${errors} lỗi${warnings ? ` và ${warnings} cảnh báo` : ''}: sửa các lỗi trên rồi chạy lại.`
      : `Không có lỗi${warnings ? `, ${warnings} cảnh báo` : ''}.`,
  );
  return lines.join('\n');
}

/** Escapes for a workflow command's message and its properties (GitHub Actions' own rules). */
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One problem as a GitHub Actions annotation (`::error file=…,line=…::…`): the pull request shows it on the
 * file and line, with the same one-line text editors read in the log.
 */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line) props.push(`line=${p.line}`);
  props.push(`title=${escapeProperty(p.field ? `${p.file} › ${p.field}` : p.file)}`);
  return `::${p.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(formatProblem(p))}`;
}

/** Thrown by the build when content has errors; its message is the whole report. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Nội dung không hợp lệ, bản dựng dừng lại.\n${formatReport(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Show a value in a message without flooding it (and without spreading long text into logs). */
export function show(value: unknown): string {
  if (value === undefined) return 'không có';
  if (value === null) return 'rỗng (null)';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return 'một ngày giờ';
  return 'một đối tượng';
}
