import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, parseYaml } from './yaml.ts';

describe('parseYaml', () => {
  it('parses ordinary content', () => {
    expect(parseYaml('name: Báo Ninh Thuận\nmembers: [a, b]\nheads:\n  2020: a\n')).toEqual({
      ok: true,
      value: { name: 'Báo Ninh Thuận', members: ['a', 'b'], heads: { 2020: 'a' } },
    });
  });

  it('keeps an unquoted date as the string the editor wrote (YAML 1.2 core schema)', () => {
    const r = parseYaml('date: 2021-03-15\ndecision_date: 2021-03-10T00:00:00Z\n');
    expect(r).toEqual({ ok: true, value: { date: '2021-03-15', decision_date: '2021-03-10T00:00:00Z' } });
  });

  it('does not turn yes/no/on/off into booleans (1.1 habits), but does read true/false and numbers', () => {
    expect(parseYaml('a: yes\nb: no\nc: on\nd: true\ne: 2020\nf: 0912345678\n')).toEqual({
      ok: true,
      value: { a: 'yes', b: 'no', c: 'on', d: true, e: 2020, f: 912345678 },
    });
  });

  it('refuses a syntax error with an explanation', () => {
    const r = parseYaml('name: x\nmembers: [a, b\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^YAML sai cú pháp \(/);
  });

  it('explains a colon inside an unquoted value', () => {
    const r = parseYaml('title: Hội nghị: tổng kết\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('chuỗi chứa ":" cần đặt trong ngoặc kép');
  });

  // BUG (src/lib/source/yaml.ts): parseDocument is called with prettyErrors: false,
  // and the yaml library only fills `linePos` when prettyErrors is on, so `line`
  // is always undefined. Every YAML error (in .yaml files and in front matter)
  // reaches editors without a line number.
  it('gives the line of a syntax error', () => {
    const r = parseYaml('name: x\nmembers: [a, b\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.line).toBeGreaterThanOrEqual(2);
    const r2 = parseYaml('a: 1\nb: 2\nc: d: e\n');
    expect(!r2.ok && r2.line).toBe(3);
  });

  it('refuses a duplicate key', () => {
    const r = parseYaml('title: A\nsummary: B\ntitle: C\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^một khoá xuất hiện hai lần \(.*\) — mỗi trường chỉ được ghi một lần$/);
  });

  it('gives the line of a duplicate key (same bug as above)', () => {
    const r = parseYaml('title: A\nsummary: B\ntitle: C\n');
    expect(!r.ok && r.line).toBe(3);
  });

  it('refuses a billion-laughs alias bomb at once, without expanding it', () => {
    const lol = (name: string, ref: string) => `${name}: &${name} [${Array(9).fill(`*${ref}`).join(', ')}]`;
    const names = 'bcdefghi'.split('');
    const bomb = `${[
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...names.map((n, i) => lol(n, i === 0 ? 'a' : names[i - 1]!)),
    ].join('\n')}\n`;
    const started = performance.now();
    const r = parseYaml(bomb);
    const elapsed = performance.now() - started;
    expect(r).toEqual({
      ok: false,
      message: `tệp dùng quá nhiều bí danh YAML (alias \`*\`) — tối đa ${MAX_ALIASES}; hãy viết giá trị trực tiếp`,
    });
    expect(elapsed).toBeLessThan(1000);
  });

  it('still allows a few aliases', () => {
    expect(parseYaml('a: &x [1, 2]\nb: *x\n')).toEqual({ ok: true, value: { a: [1, 2], b: [1, 2] } });
  });

  it('treats a merge key (<<) as a plain key instead of merging', () => {
    const r = parseYaml('base: &b { name: A }\nother:\n  <<: *b\n');
    expect(r.ok).toBe(true);
    expect(r.ok && (r.value as { other: Record<string, unknown> }).other).not.toHaveProperty('name');
  });

  it('returns null for an empty document', () => {
    expect(parseYaml('')).toEqual({ ok: true, value: null });
    expect(parseYaml('# chỉ có chú thích\n')).toEqual({ ok: true, value: null });
  });
});
