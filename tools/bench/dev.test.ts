import { describe, expect, it } from 'vitest';
import { isDevReady, isRecheckSeparator, isSummary, pickArticle, withParagraph, withTitle } from './dev.ts';

describe('dev and watch line predicates', () => {
  it("recognises Astro's ready banner, coloured or not", () => {
    expect(isDevReady(' astro  v7.3.5 ready in 2710 ms')).toBe(true);
    expect(isDevReady('\x1b[32m astro \x1b[39m v7 \x1b[2mready in\x1b[22m 12 ms')).toBe(true);
    expect(isDevReady('┃ Local    http://127.0.0.1:4321/')).toBe(true);
    expect(isDevReady('[content] Syncing content')).toBe(false);
  });
  it("finds validate --watch's re-check separator and its summary, not problems", () => {
    expect(isRecheckSeparator('— 21:03:04 —')).toBe(true);
    expect(isRecheckSeparator('Đang theo dõi content/ — lưu tệp để kiểm tra lại, Ctrl+C để dừng.')).toBe(false);
    expect(isSummary('[lỗi] content/articles/2020/a.md:3 › title: …')).toBe(false);
    expect(isSummary('   ')).toBe(false);
    expect(isSummary('Nội dung hợp lệ: 200 bài viết … (0,4 s)')).toBe(true);
  });
});

describe('pickArticle and withTitle', () => {
  const files = [
    { path: '/c/articles/2021/b-bai.md', text: '---\ntitle: "Bài B"\ndate: 2021-01-01\n---\nx' },
    { path: '/c/articles/2020/a-nhap.md', text: '---\ntitle: Nháp\ndraft: true\n---\nx' },
  ];
  it('skips drafts; the slug is the file name', () => {
    expect(pickArticle(files)).toEqual({ path: '/c/articles/2021/b-bai.md', slug: 'b-bai', title: 'Bài B' });
    expect(pickArticle([files[1]!])).toBeNull();
  });
  it('replaces only the title line, quoted', () => {
    expect(withTitle(files[0]!.text, 'Bài "mới"')).toBe('---\ntitle: "Bài \\"mới\\""\ndate: 2021-01-01\n---\nx');
  });
  it('adds one paragraph at the end of the body', () => {
    expect(withParagraph(`${files[0]!.text}\n\n`, 'Đoạn mới.')).toBe(
      '---\ntitle: "Bài B"\ndate: 2021-01-01\n---\nx\n\nĐoạn mới.\n',
    );
  });
});
