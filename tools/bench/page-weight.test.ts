import { describe, expect, it } from 'vitest';
import { median, pageAssets, fontFaces, fontsForText, visibleText } from './page-weight.ts';

describe('pageAssets', () => {
  it('an article page: one stylesheet, JSON-LD (not a script), no JavaScript', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="canonical" href="https://x/tin-tuc/a/"><link rel="icon" href="/favicon.svg">' +
      '<link rel="stylesheet" href="/_astro/Base.Bu9s8CfR.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script type="application/ld+json">{}</script></head><body><p>x</p></body></html>';
    expect(pageAssets(html)).toEqual({ stylesheets: ['/_astro/Base.Bu9s8CfR.css'], scripts: [], inlineScriptBytes: 0 });
  });

  it('finds external scripts, module preloads and inline scripts, whatever the attribute quoting', () => {
    const html = `<link rel=stylesheet href=/a.css><link rel='modulepreload' href='/_astro/m.js'>
      <link rel="preload" as="script" href="/p.js"><link rel="preload" as="font" href="/f.woff2">
      <script type="module" src="/_astro/index.js"></script><script>var a = 'đ';</script>
      <script type="text/partytown">x</script><SCRIPT SRC="/b.js"></SCRIPT>`;
    const a = pageAssets(html);
    expect(a.stylesheets).toEqual(['/a.css']);
    expect(a.scripts).toEqual(['/_astro/m.js', '/p.js', '/_astro/index.js', '/b.js']);
    expect(a.inlineScriptBytes).toBe(Buffer.byteLength("var a = 'đ';"));
  });
});

describe('median', () => {
  it('middle value; lower middle for an even count; NaN when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});

describe('fonts a page loads', () => {
  const css = `body{font-family:"Be Vietnam Pro",sans-serif}
@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-display:swap;font-weight:400;src:url(/_astro/vi.abc.woff2) format("woff2");unicode-range:U+0102-0103,U+0110-0111,U+1EA0-1EF9}
@font-face{font-family:"Be Vietnam Pro";font-weight:400;src:url("/_astro/latin.def.woff2") format("woff2");unicode-range:U+0000-00FF,U+2000-206F}
@font-face{font-family:"X";src:url(/_astro/all.woff2)}`;
  it('reads the @font-face rules with their ranges', () => {
    const faces = fontFaces(css);
    expect(faces.map((f) => [f.family, f.src, f.ranges.length])).toEqual([
      ['Be Vietnam Pro', '/_astro/vi.abc.woff2', 3],
      ['Be Vietnam Pro', '/_astro/latin.def.woff2', 2],
      ['X', '/_astro/all.woff2', 1],
    ]);
    expect(faces[0]!.ranges[0]).toEqual([0x102, 0x103]);
  });
  it('keeps the files whose range covers a character of the text', () => {
    const faces = fontFaces(css).slice(0, 2);
    expect(fontsForText(faces, 'Hello')).toEqual(['/_astro/latin.def.woff2']);
    expect(fontsForText(faces, 'Thi đua khen thưởng')).toEqual(['/_astro/vi.abc.woff2', '/_astro/latin.def.woff2']);
    expect(fontsForText(faces, '')).toEqual([]);
  });
  it('takes the visible text of a page', () => {
    expect(
      visibleText('<p>Cờ&nbsp;thi &amp; đua<script>var ế=1</script><style>.ư{}</style><!-- ở --></p>&#7871;'),
    ).toBe(' Cờ\u00a0thi & đua    ế');
  });
});
