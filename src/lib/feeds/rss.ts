/** RSS 2.0 documents: the latest 50 articles of the site or of one kind. */
import { rfc822 } from '../text/dates.ts';

export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  url: string;
  date: string;
  summary: string;
  category?: string;
}
export interface Feed {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  items: FeedItem[];
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
      // characters XML 1.0 does not allow
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

export function rss(feed: Feed): string {
  const items = feed.items
    .slice(0, FEED_SIZE)
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <guid isPermaLink="true">${escapeXml(i.url)}</guid>
      <pubDate>${rfc822(i.date)}</pubDate>
      <description>${escapeXml(i.summary)}</description>${i.category ? `\n      <category>${escapeXml(i.category)}</category>` : ''}
    </item>`,
    )
    .join('\n');
  const last = feed.items[0]?.date;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.siteUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>vi</language>${last ? `\n    <lastBuildDate>${rfc822(last)}</lastBuildDate>` : ''}
    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}
