import { describe, expect, it } from 'vitest';
import { DANGEROUS_ELEMENTS, isSafeUrl, sanitizeRawHtml, unsafeProperties } from './sanitize.ts';

describe('isSafeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVa\tScRiPt:x',
    ' javascript:x',
    '\u0000javascript:x',
    'java\nscript:x',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each([
    'https://x',
    'http://thiduakhenthuong.example.gov.vn/tin-tuc/',
    '/a',
    '#b',
    'mailto:x',
    'tel:+842593000000',
    'anh/hoi-nghi.jpg',
    './a.jpg',
    '?trang=2',
    '',
  ])('allows %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
});

describe('unsafeProperties', () => {
  it('names event handlers in any case and URL attributes with bad schemes', () => {
    expect(
      unsafeProperties({
        onClick: 'x()',
        onerror: 'y()',
        href: 'javascript:alert(1)',
        className: ['a'],
        title: 'javascript: một tiêu đề',
      }),
    ).toEqual(['onClick', 'onerror', 'href']);
  });

  it('checks every candidate in a srcset', () => {
    expect(unsafeProperties({ srcSet: 'a.jpg 1x, javascript:x 2x' })).toEqual(['srcSet']);
    expect(unsafeProperties({ srcset: 'a.jpg 1x, b.jpg 2x' })).toEqual([]);
  });

  it('checks array values (hast lists) and other dangerous attributes', () => {
    expect(unsafeProperties({ ping: ['https://a', 'javascript:b'] })).toEqual(['ping']);
    expect(unsafeProperties({ srcdoc: '<p>x</p>', formAction: 'https://x', is: 'x-y' })).toEqual([
      'srcdoc',
      'formAction',
      'is',
    ]);
    expect(unsafeProperties({ xlinkHref: 'javascript:x', src: 'https://ok/a.png', href: '/tin-tuc/' })).toEqual([
      'xlinkHref',
    ]);
  });

  it('keeps a harmless element whole', () => {
    expect(unsafeProperties({ href: 'https://x.vn/', title: 'Trang', target: '_blank', rel: ['noopener'] })).toEqual(
      [],
    );
  });
});

describe('sanitizeRawHtml', () => {
  it('removes scripts with their content, frames, handlers and javascript: links', () => {
    expect(
      sanitizeRawHtml(
        '<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">x</a><iframe src="y"></iframe></p>',
      ),
    ).toBe('<p>a<a >x</a></p>');
  });

  it('handles case, unquoted values and single quotes', () => {
    expect(sanitizeRawHtml('<SCRIPT SRC=//evil/x.js></SCRIPT>ok')).toBe('ok');
    expect(sanitizeRawHtml('<a href=javascript:alert(1)>x</a>')).toBe('<a >x</a>');
    expect(sanitizeRawHtml('<a href="JAVASCRIPT:alert(1)">x</a>')).toBe('<a >x</a>');
    expect(sanitizeRawHtml("<img src='x' onerror='alert(1)'>")).toBe("<img src='x'>");
    expect(sanitizeRawHtml('<img src=x onerror=alert(1)>')).toBe('<img src=x>');
  });

  it('removes an unclosed script to the end', () => {
    expect(sanitizeRawHtml('trước<script>alert(1)')).toBe('trước');
  });

  it('removes every dangerous element', () => {
    for (const tag of DANGEROUS_ELEMENTS) {
      const out = sanitizeRawHtml(`a<${tag} x="1">b</${tag}>c`);
      expect(out, tag).toBe('ac');
    }
  });

  it('leaves safe HTML untouched', () => {
    const html =
      '<figure><img src="anh.jpg" alt="Toàn cảnh"><figcaption>Ảnh: <a href="https://x.vn/">P.V</a></figcaption></figure>';
    expect(sanitizeRawHtml(html)).toBe(html);
  });

  // BUG (src/lib/markdown/sanitize.ts): each element is removed in one pass and
  // never revisited, so removing a later element of DANGEROUS_ELEMENTS can join
  // the pieces of an earlier one back together:
  //   sanitizeRawHtml('<scr<style></style>ipt>alert(1)</script>') === '<script>alert(1)</script>'
  it('does not rebuild a script when removing another element', () => {
    const out = sanitizeRawHtml('<scr<style></style>ipt>alert(1)</script>');
    expect(out).not.toMatch(/<script/i);
    expect(sanitizeRawHtml('<scr<iframe></iframe>ipt>alert(1)</script>')).not.toMatch(/<script/i);
  });

  // BUG (src/lib/markdown/sanitize.ts): the handler rule needs whitespace before
  // `on…=`, and the URL rule matches the literal text "javascript:", but HTML
  // also separates attributes with "/" and decodes entities and strips tabs in
  // attribute values:
  //   '<img/onerror=alert(1) src=x>'            → unchanged
  //   '<a href="&#106;avascript:alert(1)">x</a>' → unchanged
  //   '<a href="java&#9;script:alert(1)">x</a>'  → unchanged
  //   '<a href="jav\tascript:alert(1)">x</a>'     → unchanged
  it('removes handlers after "/" and encoded javascript: URLs', () => {
    expect(sanitizeRawHtml('<img/onerror=alert(1) src=x>')).not.toMatch(/onerror/i);
    for (const html of [
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="java&#9;script:alert(1)">x</a>',
      '<a href="jav\tascript:alert(1)">x</a>',
    ]) {
      expect(sanitizeRawHtml(html), html).not.toMatch(/href/);
    }
  });
});
