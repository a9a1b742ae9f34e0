import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { inspectImage, svgProblems } from './inspect.ts';

describe('inspectImage', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)('reads the format and size of %s', async (format) => {
    const bytes = await sharp({ create: { width: 321, height: 123, channels: 3, background: '#9b1c1c' } })
      .toFormat(format)
      .toBuffer();
    expect(inspectImage(bytes)).toEqual({ format, width: 321, height: 123 });
  });
  it('recognises SVG and refuses other bytes', () => {
    expect(
      inspectImage(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))?.format,
    ).toBe('svg');
    expect(inspectImage(Buffer.from('hello'))).toBeUndefined();
  });
});

describe('svgProblems', () => {
  it('finds scripts, handlers, javascript: links and external references', () => {
    expect(svgProblems('<svg><script>alert(1)</script></svg>')).toContain('thẻ <script>');
    expect(svgProblems('<svg onload="x()"></svg>')).toContain('thuộc tính sự kiện (on…=)');
    expect(svgProblems('<svg><a href="java&#x09;script:alert(1)">x</a></svg>')).toContain('đường dẫn javascript:');
    expect(svgProblems('<svg><image href="https://evil.example/a.png"/></svg>')).toContain(
      'tham chiếu ra ngoài (http:, //, data:, @import)',
    );
    expect(svgProblems('<svg><rect width="1" height="1" fill="#fff"/></svg>')).toEqual([]);
  });
});
