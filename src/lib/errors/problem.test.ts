import { describe, expect, it } from 'vitest';
import { ContentError, fieldPath, formatProblem, formatReport, problem, show, sortProblems } from './problem.ts';

describe('fieldPath', () => {
  it('writes indexes in brackets and names with dots', () => {
    expect(fieldPath(['awards', 1, 'recipients', 0])).toBe('awards[1].recipients[0]');
    expect(fieldPath(['cover', 'alt'])).toBe('cover.alt');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath(['heads', '2020'])).toBe('heads.2020');
    expect(fieldPath([])).toBe('');
  });
});

describe('problem / formatProblem', () => {
  it('defaults to an error and formats file:line › field: message', () => {
    const p = problem(
      'content/articles/2021/a.md',
      'awards[1].recipients[0]',
      'không có tập thể hay cá nhân nào có id "x"',
      { line: 3 },
    );
    expect(p).toEqual({
      file: 'content/articles/2021/a.md',
      field: 'awards[1].recipients[0]',
      line: 3,
      message: 'không có tập thể hay cá nhân nào có id "x"',
      severity: 'error',
    });
    expect(formatProblem(p)).toBe(
      '[lỗi] content/articles/2021/a.md:3 › awards[1].recipients[0]: không có tập thể hay cá nhân nào có id "x"',
    );
  });

  it('leaves out the line and the field when unknown', () => {
    expect(formatProblem(problem('content/site.yaml', undefined, 'thiếu tệp'))).toBe(
      '[lỗi] content/site.yaml: thiếu tệp',
    );
    expect(formatProblem(problem('content/site.yaml', 'name', 'trống'))).toBe('[lỗi] content/site.yaml › name: trống');
    expect(formatProblem(problem('a.md', undefined, 'x', { line: 7 }))).toBe('[lỗi] a.md:7: x');
  });

  it('tags warnings as cảnh báo', () => {
    expect(formatProblem(problem('a.md', 'date', 'ngày lệch năm', { severity: 'warning' }))).toBe(
      '[cảnh báo] a.md › date: ngày lệch năm',
    );
  });
});

describe('sortProblems / formatReport', () => {
  const list = [
    problem('content/b.md', undefined, 'cảnh báo B', { severity: 'warning' }),
    problem('content/b.md', 'title', 'lỗi B dòng 9', { line: 9 }),
    problem('content/a.md', 'title', 'lỗi A'),
    problem('content/b.md', 'date', 'lỗi B dòng 2', { line: 2 }),
  ];

  it('puts errors first, then orders by file and line', () => {
    expect(sortProblems(list).map((p) => p.message)).toEqual(['lỗi A', 'lỗi B dòng 2', 'lỗi B dòng 9', 'cảnh báo B']);
    expect(list[0]!.message).toBe('cảnh báo B'); // input untouched
  });

  it('lists every problem, then a count line', () => {
    expect(formatReport(list)).toBe(
      [
        '[lỗi] content/a.md › title: lỗi A',
        '[lỗi] content/b.md:2 › date: lỗi B dòng 2',
        '[lỗi] content/b.md:9 › title: lỗi B dòng 9',
        '[cảnh báo] content/b.md: cảnh báo B',
        'Nội dung có 3 lỗi và 1 cảnh báo: sửa các lỗi trên rồi chạy lại.',
      ].join('\n'),
    );
  });

  it('words the count line for errors only, warnings only, and nothing', () => {
    expect(
      formatReport([problem('a', undefined, 'x')])
        .split('\n')
        .at(-1),
    ).toBe('Nội dung có 1 lỗi: sửa các lỗi trên rồi chạy lại.');
    expect(
      formatReport([problem('a', undefined, 'x', { severity: 'warning' })])
        .split('\n')
        .at(-1),
    ).toBe('Không có lỗi, 1 cảnh báo.');
    expect(formatReport([])).toBe('Không có lỗi.');
  });

  it('ContentError carries the problems and the report', () => {
    const e = new ContentError([problem('content/a.md', 'title', 'trống')]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ContentError');
    expect(e.problems).toHaveLength(1);
    expect(e.message).toBe(
      'Nội dung không hợp lệ, bản dựng dừng lại.\n[lỗi] content/a.md › title: trống\nNội dung có 1 lỗi: sửa các lỗi trên rồi chạy lại.',
    );
  });
});

describe('show', () => {
  it('shows values briefly', () => {
    expect(show(undefined)).toBe('không có');
    expect(show(null)).toBe('rỗng (null)');
    expect(show('abc')).toBe('"abc"');
    expect(show(12)).toBe('12');
    expect(show(false)).toBe('false');
    expect(show([1])).toBe('một danh sách');
    expect(show(new Date(0))).toBe('một ngày giờ');
    expect(show({ a: 1 })).toBe('một đối tượng');
  });
  it('cuts long strings to 57 characters and an ellipsis', () => {
    const shown = show('x'.repeat(100));
    expect(shown).toBe(`"${'x'.repeat(57)}…"`);
    expect(show('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
  });
});
