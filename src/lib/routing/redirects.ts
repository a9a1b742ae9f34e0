/**
 * Redirect pages for articles' `aliases` (earlier paths on this site). An
 * alias like `/tin-tuc/ten-cu/` is a folder with an index.html; one with an
 * extension (`/tin/123.html`, `/Default.aspx` lowercased) is the file itself,
 * so the old URL keeps working on any static host.
 */
import { escapeXml } from '../feeds/rss.ts';

/** Whether an alias names a file (has an extension) rather than a folder. */
export function isFileAlias(alias: string): boolean {
  return /\.[a-z0-9]+$/i.test(alias);
}

/** The file in dist/ that serves an alias. */
export function aliasFile(alias: string): string {
  const clean = alias.replace(/^\/+/, '');
  if (isFileAlias(clean)) return clean;
  return `${clean.replace(/\/?$/, '/')}index.html`;
}

/** A small page that sends the reader (and search engines, via canonical) to the article. */
export function redirectHtml(o: { target: string; canonical: string; title: string }): string {
  const t = escapeXml(o.target);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeXml(o.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeXml(o.canonical)}">
<meta http-equiv="refresh" content="0; url=${t}">
</head>
<body><p>Bài viết đã chuyển đến <a href="${t}">${escapeXml(o.title)}</a>.</p></body>
</html>
`;
}
