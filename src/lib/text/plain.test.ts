import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './plain.ts';

describe('markdownToPlainText', () => {
  it('keeps the words and drops markdown markup', () => {
    const md =
      '# Hội nghị tổng kết\n\n**Sáng 15/3**, Ban Thi đua – Khen thưởng tổ chức *hội nghị*.\n\n- Một\n- Hai\n\n> Trích dẫn\n';
    expect(markdownToPlainText(md)).toBe(
      'Hội nghị tổng kết\nSáng 15/3, Ban Thi đua – Khen thưởng tổ chức hội nghị.\nMột\nHai\nTrích dẫn',
    );
  });

  it('keeps link text and image alt text, not URLs', () => {
    expect(markdownToPlainText('Xem [quyết định](https://x.vn/qd.pdf) và ![Toàn cảnh hội nghị](./a.jpg)')).toBe(
      'Xem quyết định và Toàn cảnh hội nghị',
    );
  });

  it('drops code blocks, MDX imports, JSX tags and expressions', () => {
    const mdx =
      "import Gallery from '@components/PhotoGallery.astro'\n\nĐoạn văn.\n\n<Gallery images={['a.jpg']} />\n\n```js\nconst bí_mật = 1\n```\n\nSau {1 + 1} đó.";
    // Blank lines left behind are harmless for an index: compare the words.
    expect(markdownToPlainText(mdx).split(/\s+/)).toEqual(['Đoạn', 'văn.', 'Sau', 'đó.']);
  });

  it('drops rules and table pipes', () => {
    expect(markdownToPlainText('| Đơn vị | Năm |\n|---|---|\n| Báo | 2020 |\n\n---\n\nHết.')).not.toMatch(/[|]/);
    expect(markdownToPlainText('a\n\n***\n\nb')).toBe('a\nb');
  });
});
