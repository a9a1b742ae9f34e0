import { describe, expect, it } from 'vitest';
import { median, pageAssets } from './page-weight.ts';

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
