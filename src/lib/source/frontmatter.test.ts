import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontMatter } from './frontmatter.ts';

const g = globalThis as { __pwned?: unknown };

describe('parseFrontMatter', () => {
  afterEach(() => {
    delete g.__pwned;
  });

  it('splits YAML front matter and body, with the line the body starts on', () => {
    const r = parseFrontMatter('---\ntitle: Hội nghị\ndate: 2021-03-15\n---\n\nThân bài.\n');
    expect(r).toEqual({
      ok: true,
      data: { title: 'Hội nghị', date: '2021-03-15' },
      body: '\nThân bài.\n',
      bodyLine: 5,
    });
  });

  it('accepts an explicit ---yaml opener', () => {
    const r = parseFrontMatter('---yaml\ntitle: x\n---\nb\n');
    expect(r.ok && r.data).toEqual({ title: 'x' });
  });

  it('keeps dates as written (no UTC-midnight Date)', () => {
    const r = parseFrontMatter('---\ndate: 2021-03-15\n---\nb\n');
    expect(r.ok && r.data.date).toBe('2021-03-15');
  });

  it('never runs a ---js front matter', () => {
    const text = '---js\n{ title: (globalThis.__pwned = "ran", "x") }\n---\nbody\n';
    const r = parseFrontMatter(text);
    expect(g.__pwned).toBeUndefined();
    expect(r).toEqual({
      ok: false,
      line: 1,
      message: 'phần đầu (front matter) viết bằng "js" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---',
    });
  });

  it('never runs JavaScript front matter written in other ways', () => {
    for (const opener of ['---javascript', '--- js', '---coffee', '---JS']) {
      const r = parseFrontMatter(`${opener}\nmodule.exports = { title: (globalThis.__pwned = "ran") }\n---\nbody\n`);
      expect(r.ok, opener).toBe(false);
    }
    expect(g.__pwned).toBeUndefined();
  });

  it('refuses JSON and TOML front matter', () => {
    expect(parseFrontMatter('---json\n{"title": "x"}\n---\nb\n')).toEqual({
      ok: false,
      line: 1,
      message: 'phần đầu (front matter) viết bằng "json" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---',
    });
    expect(parseFrontMatter('---toml\ntitle = "x"\n---\nb\n')).toEqual({
      ok: false,
      line: 1,
      message: 'phần đầu (front matter) viết bằng "toml" không được chấp nhận — chỉ dùng YAML giữa hai dòng ---',
    });
  });

  it('refuses a file without the opening ---', () => {
    expect(parseFrontMatter('title: x\n---\nbody\n')).toEqual({
      ok: false,
      line: 1,
      message: 'tệp phải bắt đầu bằng phần đầu (front matter) YAML giữa hai dòng ---',
    });
    expect(parseFrontMatter('\n---\ntitle: x\n---\n')).toMatchObject({ ok: false, line: 1 });
  });

  it('refuses front matter that is a list, not fields', () => {
    expect(parseFrontMatter('---\n- a\n- b\n---\nbody\n')).toEqual({
      ok: false,
      line: 2,
      message: 'phần đầu (front matter) phải là các cặp "trường: giá trị"',
    });
  });

  it('passes on YAML errors (duplicate keys, syntax)', () => {
    const dup = parseFrontMatter('---\ntitle: a\ntitle: b\n---\nbody\n');
    expect(dup.ok).toBe(false);
    expect(!dup.ok && dup.message).toMatch(/^một khoá xuất hiện hai lần/);
    const bad = parseFrontMatter('---\ntitle: [a\n---\nbody\n');
    expect(!bad.ok && bad.message).toMatch(/^YAML sai cú pháp/);
  });

  it('does not cache results between different calls with the same text', () => {
    const text = '---\ntitle: x\n---\nb\n';
    const a = parseFrontMatter(text);
    const b = parseFrontMatter(text);
    expect(a.ok && b.ok && a.data).not.toBe(b.ok && b.data);
  });
});
