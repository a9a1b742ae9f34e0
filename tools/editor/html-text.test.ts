import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, imageLine, looksLikeHtml, parseImageLine } from './html-text.ts';

const PAGE = `<!DOCTYPE html>
<html><head><title>Hội nghị tổng kết - Sở Nội vụ</title><meta property="og:title" content="Hội nghị tổng kết năm 2020">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<div id="s4-ribbonrow"><a href="#">Sign In</a></div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav>
<div class="news-detail">
  <h1 class="title">Hội nghị tổng kết năm 2020</h1>
  <div class="date">Thứ hai - 15/03/2021 03:33</div>
  <p>Ngày 12/3, Khối thi đua số 5 tổ chức hội nghị&nbsp;tổng kết.<br>Dòng thứ hai
  <p>Đoạn có <b>chữ đậm</b> và <a href="/x">một liên kết</a> trong câu dài hơn nhiều so với liên kết.</p>
  <p><img src="/uploads/news/2021_03/tc.jpg" alt="Toàn cảnh hội nghị"></p>
  <p class="caption">Toàn cảnh hội nghị</p>
  <ul><li>Mục một<li>Mục hai</ul>
  <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Zalo</a></div>
  <div style="display:none">ẩn</div>
  <form><input name="q"><button>Gửi</button></form>
</div>
<div class="other-news"><h3>Các tin khác</h3><ul><li><a href="/a">Tin A</a></li><li><a href="/b">Tin B</a></li></ul></div>
<footer>Bản quyền</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the article text, one block per line, and drops the portal around it', () => {
    const { text } = htmlToText(PAGE);
    expect(text.split('\n')).toEqual([
      'Hội nghị tổng kết năm 2020',
      'Thứ hai - 15/03/2021 03:33',
      'Ngày 12/3, Khối thi đua số 5 tổ chức hội nghị tổng kết.',
      'Dòng thứ hai',
      'Đoạn có chữ đậm và một liên kết trong câu dài hơn nhiều so với liên kết.',
      imageLine('/uploads/news/2021_03/tc.jpg', 'Toàn cảnh hội nghị'),
      'Toàn cảnh hội nghị',
      'Mục một',
      'Mục hai',
    ]);
  });

  it('offers the headline hints the markup has, og:title first', () => {
    expect(htmlToText(PAGE).titleHints).toEqual([
      'Hội nghị tổng kết năm 2020',
      'Hội nghị tổng kết - Sở Nội vụ',
      'Hội nghị tổng kết',
      'Sở Nội vụ',
    ]);
  });

  it('survives unclosed and stray tags and an unterminated comment', () => {
    // As a browser reads it: a <td> outside a table is no cell, so "ba" runs on in the paragraph.
    expect(htmlToText('<p>một<p>hai</span></div><td>ba<!-- bốn').text).toBe('một\nhaiba');
    expect(htmlToText('<table><tr><td>một<td>hai</table><p>ba').text).toBe('một hai\nba');
  });
});

describe('helpers', () => {
  it('decodes named and numeric references, Latin-1 names included', () => {
    expect(decodeEntities('Vi&#7879;t &amp; Vi&ecirc;t &#x1EC7; &hellip; &unknown; &Dstrok;&abreve;')).toBe(
      'Việt & Viêt ệ … &unknown; Đă',
    );
  });

  it('round-trips image lines and tells HTML from text', () => {
    expect(parseImageLine(imageLine('a.jpg', 'Ảnh'))).toEqual({ src: 'a.jpg', alt: 'Ảnh' });
    expect(parseImageLine('a.jpg')).toBeUndefined();
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('Sign In\n\nHội nghị <tổng kết>')).toBe(false);
  });
});
