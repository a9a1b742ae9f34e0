/**
 * Paths the build writes or serves itself, which an article's alias (a
 * redirect page) may never be nor lie under: the build's assets and search
 * index, feeds, sitemaps, open data, the not-found page, the sections of the
 * URL contract whose pages come from ids (a future bloc, honoree or decision
 * must never meet a redirect on its address), the web editor at /admin/, and
 * whatever public/ holds. Pure: the caller passes the files of public/.
 *
 * Aliases under /tin-tuc/ stay possible (the guide's example, /tin-tuc/ten-cu/):
 * there only the listing pages and the addresses of articles (drafts too) are taken.
 */

/** Whole trees: the alias may not be their root nor anything below. */
export const RESERVED_TREES = [
  '/_astro/',
  '/pagefind/',
  '/du-lieu/',
  '/admin/',
  '/quyet-dinh/',
  '/tim-kiem/',
  '/chuyen-muc/',
  '/nam/',
  '/khoi-thi-dua/',
  '/vinh-danh/',
  '/khen-thuong/',
  '/404/',
  '/_headers/',
  '/_redirects/',
] as const;

/** Single files at the root. */
export const RESERVED_FILES = [
  '/index.html',
  '/404.html',
  '/robots.txt',
  '/rss.xml',
  '/favicon.svg',
  '/favicon.ico',
  '/sitemap-index.xml',
  '/sitemap.xml',
  '/_headers',
  '/_redirects',
  '/.nojekyll',
  '/CNAME',
] as const;

/** The page an alias would write: `/a/b` and `/a/b/index.html` are both the folder `/a/b/`. */
export function aliasTarget(alias: string): string {
  if (/(^|\/)index\.html$/.test(alias)) return alias.replace(/index\.html$/, '');
  if (alias.endsWith('/') || /\.[a-z0-9]+$/i.test(alias)) return alias;
  return `${alias}/`;
}

/**
 * Why `alias` is reserved, in the editor's words, or undefined when it is free.
 * `publicFiles`: paths of the files in public/ (`/favicon.svg`), served as they are.
 */
export function reservedAlias(alias: string, publicFiles: readonly string[] = []): string | undefined {
  const target = aliasTarget(alias);
  const lower = target.toLowerCase();
  if (lower === '/') return 'là trang chủ';
  for (const tree of RESERVED_TREES) {
    if (lower === tree || lower.startsWith(tree) || `${lower}/` === tree)
      return `nằm trong ${tree}, phần của cổng do bản dựng tạo ra`;
  }
  const files = [...RESERVED_FILES, ...publicFiles].map((f) => f.toLowerCase());
  for (const file of files) {
    if (lower === file || lower === `${file}/` || lower.startsWith(`${file}/`))
      return `là tệp ${file} của cổng do bản dựng tạo ra`;
  }
  if (/^\/sitemap[^/]*\.xml\/?$/.test(lower) || /^\/rss[^/]*\.xml\/?$/.test(lower))
    return 'trùng tên tệp bản đồ trang hay nguồn tin (sitemap, rss) của cổng';
  if (lower === '/tin-tuc/' || /^\/tin-tuc\/\d+\/$/.test(lower)) return 'là một trang danh sách tin tức của cổng';
  return undefined;
}
