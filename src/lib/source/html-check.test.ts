import { describe, expect, it } from 'vitest';
import { htmlRemovals, withoutCode } from './html-check.ts';

describe('htmlRemovals', () => {
  it('names each removal with its line, saying what happens', () => {
    const body =
      'Đoạn một.\n\n<div style="position:fixed">x</div>\n\n<svg><set attributeName="href" to="javascript:alert(1)"/></svg>\n\n[bấm](javascript:alert(1))\n';
    const found = htmlRemovals(body);
    expect(found.map((r) => r.line)).toEqual([3, 5, 7]);
    expect(found[0]?.what).toMatch(/thuộc tính style=.*khi đăng thuộc tính này sẽ bị xoá/);
    expect(found[1]?.what).toMatch(/thẻ <svg>.*cả thẻ lẫn nội dung/);
    expect(found[2]?.what).toMatch(/liên kết này sẽ bị bỏ, chữ vẫn được giữ/);
  });
  it('does not look inside code', () => {
    expect(htmlRemovals('```html\n<script>alert(1)</script>\n```\n\n`<iframe>` là thẻ nhúng.\n')).toEqual([]);
    expect(withoutCode('a `<b>` c')).toBe('a       c');
  });
  it('is silent for ordinary markdown', () => {
    expect(
      htmlRemovals('# Tiêu đề\n\n**Đậm** và [liên kết](https://x.vn/) và <abbr title="UBND">UBND</abbr>.\n'),
    ).toEqual([]);
  });
});
