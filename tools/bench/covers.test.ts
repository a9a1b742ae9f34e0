import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/source/frontmatter.ts';
import { withCover } from './covers.ts';

const ARTICLE =
  '---\ntitle: "Hội nghị"\ndate: 2021-03-16\nawards:\n  - award: x\n    year: 2020\n---\nThân bài.\n\n---\n\nCòn nữa.\n';

describe('withCover', () => {
  it('adds a cover to the front matter and leaves the body alone', () => {
    const out = withCover(ARTICLE, './anh.jpg', 'Ảnh "hội nghị"');
    expect(out).toContain(
      'cover:\n  src: "./anh.jpg"\n  alt: "Ảnh \\"hội nghị\\""\n---\nThân bài.\n\n---\n\nCòn nữa.\n',
    );
    expect(out.startsWith('---\ntitle: "Hội nghị"\n')).toBe(true);
  });

  it('replaces a cover it already had', () => {
    const once = withCover(ARTICLE, './a.jpg', 'A');
    const twice = withCover(once, './b.jpg', 'B');
    expect(twice.match(/cover:/g)).toHaveLength(1);
    expect(twice).toContain('src: "./b.jpg"');
    expect(twice).not.toContain('a.jpg');
  });

  it('refuses a file without front matter', () => {
    expect(() => withCover('Thân bài.\n', './a.jpg', 'A')).toThrow(/front matter/);
    expect(() => withCover('---\ntitle: x\n', './a.jpg', 'A')).toThrow(/not closed/);
  });
});

describe('withCover and the real reader', () => {
  it("the project's front matter reader sees the cover and the same body", () => {
    const parsed = parseFrontMatter(withCover(ARTICLE, './a.jpg', 'Ảnh A'));
    const plain = parseFrontMatter(ARTICLE);
    expect(parsed.ok && plain.ok).toBe(true);
    if (!parsed.ok || !plain.ok) return;
    expect(parsed.data.cover).toEqual({ src: './a.jpg', alt: 'Ảnh A' });
    expect(parsed.data.awards).toEqual(plain.data.awards);
    expect(parsed.body).toBe(plain.body);
  });
});
