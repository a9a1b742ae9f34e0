import { describe, expect, it } from 'vitest';
import { aliasFile, isFileAlias, redirectHtml } from './redirects.ts';

describe('aliases', () => {
  it('a folder alias is served by its index.html, a file alias by the file itself', () => {
    expect(aliasFile('/tin-tuc/ten-cu/')).toBe('tin-tuc/ten-cu/index.html');
    expect(aliasFile('/tin-tuc/ten-cu')).toBe('tin-tuc/ten-cu/index.html');
    expect(aliasFile('/tin/123.html')).toBe('tin/123.html');
    expect(isFileAlias('/pages/default.aspx')).toBe(true);
    expect(isFileAlias('/tin-tuc/ten-cu/')).toBe(false);
  });
  it('the redirect page points at the article, escaped', () => {
    const html = redirectHtml({
      target: '/tdkt/tin-tuc/a/',
      canonical: 'https://x.vn/tdkt/tin-tuc/a/',
      title: 'A & "B"',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tdkt/tin-tuc/a/">');
    expect(html).toContain('<link rel="canonical" href="https://x.vn/tdkt/tin-tuc/a/">');
    expect(html).toContain('A &amp; &quot;B&quot;');
  });
});
