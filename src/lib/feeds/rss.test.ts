import { describe, expect, it } from 'vitest';
import { escapeXml, FEED_SIZE, rss, type FeedItem } from './rss.ts';

const item = (n: number, over: Partial<FeedItem> = {}): FeedItem => ({
  title: `Tin ${n}`,
  url: `https://x.vn/tin-tuc/tin-${n}/`,
  date: '2021-03-22',
  summary: `Tóm tắt ${n}`,
  ...over,
});

const feed = (items: FeedItem[]) =>
  rss({
    title: 'Cổng <thi đua>',
    description: 'Tin & bài',
    siteUrl: 'https://x.vn/',
    feedUrl: 'https://x.vn/rss.xml',
    items,
  });

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
  it('escapes an ampersand even when it looks like an entity (the input is text, not XML)', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('drops characters XML 1.0 forbids but keeps tab and newlines', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u001fe\ufffef\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
  });
  it('keeps Vietnamese text as it is', () => {
    expect(escapeXml('Thi đua – Khen thưởng')).toBe('Thi đua – Khen thưởng');
  });
});

describe('rss', () => {
  it('is an RSS 2.0 document with escaped channel fields', () => {
    const xml = feed([item(1)]);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml).toContain('<title>Cổng &lt;thi đua&gt;</title>');
    expect(xml).toContain('<description>Tin &amp; bài</description>');
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<atom:link href="https://x.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Mon, 22 Mar 2021 00:00:00 +0700</lastBuildDate>');
  });

  it('writes each item with link, permalink guid, date and escaped text', () => {
    const xml = feed([
      item(1, { title: 'A & B <c>', summary: '"trích"', category: 'Hội nghị', url: 'https://x.vn/a/?q=1&r=2' }),
    ]);
    expect(xml).toContain(`    <item>
      <title>A &amp; B &lt;c&gt;</title>
      <link>https://x.vn/a/?q=1&amp;r=2</link>
      <guid isPermaLink="true">https://x.vn/a/?q=1&amp;r=2</guid>
      <pubDate>Mon, 22 Mar 2021 00:00:00 +0700</pubDate>
      <description>&quot;trích&quot;</description>
      <category>Hội nghị</category>
    </item>`);
    expect(feed([item(2)])).not.toContain('<category>');
  });

  it('keeps only the first 50 items', () => {
    expect(FEED_SIZE).toBe(50);
    const xml = feed(Array.from({ length: 75 }, (_, i) => item(i + 1)));
    expect(xml.match(/<item>/g)).toHaveLength(50);
    expect(xml).toContain('<title>Tin 50</title>');
    expect(xml).not.toContain('<title>Tin 51</title>');
  });

  it('has no lastBuildDate and no items when empty', () => {
    const xml = feed([]);
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).toContain('</channel>\n</rss>\n');
  });
});
