/**
 * Quality gates on the built sample site, at the root and under BASE_PATH=/tdkt/:
 * the W3C Nu HTML Checker, axe-core in Chromium at 375 and 1280 px, internal
 * links, RSS, sitemaps, and the security headers of public/_headers applied by
 * a local server. Each gate is a function of tests/helpers/quality.ts, and each
 * is also fed a planted defect (tests/fixtures/quality/planted/) that it must
 * reject, so none can pass by checking nothing.
 *
 * The sample content gets one extra article (tests/fixtures/quality/content/):
 * every Markdown construct an editor may use, an external link, and two aliases
 * so that redirect pages exist and are kept out of the sitemap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, makeFixture, removeFixture, REPO, type Fixture } from './helpers/site.ts';
import { serve, type Served } from './helpers/serve.ts';
import { launch } from './helpers/browser.ts';
import { internalRefs } from './helpers/links.ts';
import {
  axePage,
  checkHtml,
  checkLinks,
  checkRss,
  checkSitemaps,
  cspViolations,
  externalLinks,
  formatHtmlErrors,
  formatViolations,
  headersFor,
  htmlFiles,
  isRedirectPage,
  PAGE_TYPES,
  pagesByType,
  parseCsp,
  parseHeaders,
  serveWithHeaders,
  waitForSearch,
  watchPolicy,
  type HeaderServer,
} from './helpers/quality.ts';
import { readSiteSettings } from '../src/lib/source/site-settings.ts';
import { ARTICLE_KINDS } from '../src/lib/domain/vocabulary.ts';

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'quality');
const PLANTED = path.join(FIXTURES, 'planted');
const SEARCH_QUERY = 'thi đua';

interface Site {
  label: string;
  f: Fixture;
  base: string;
}
let sites: Site[];
let origin: string;
let browser: Browser;

beforeAll(async () => {
  sites = [
    { label: 'gốc /', f: makeFixture('quality'), base: '/' },
    { label: 'đường dẫn con /tdkt/', f: makeFixture('quality-sub'), base: '/tdkt/' },
  ];
  for (const s of sites) {
    fs.cpSync(path.join(FIXTURES, 'content'), path.join(s.f.root, 'content'), { recursive: true });
    const r = build(s.f, s.base === '/' ? {} : { BASE_PATH: s.base });
    expect(r.status, r.output).toBe(0);
  }
  origin = readSiteSettings(sites[0]!.f.root).origin!;
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  for (const s of sites ?? []) removeFixture(s.f);
});

/* ------------------------------------------------------------------ W3C Nu HTML Checker */

describe('W3C Nu HTML Checker (vnu.jar)', () => {
  it('finds no error in any HTML page, stylesheet or SVG of either build', () => {
    // One JVM for both builds: the checker is slow to start.
    const dists = sites.map((s) => s.f.dist);
    const pages = dists.flatMap((d) => htmlFiles(d));
    expect(pages.length).toBeGreaterThan(300);
    const errors = checkHtml(dists);
    expect(formatHtmlErrors(errors)).toBe('');
  });

  it('fails on a planted page with a duplicate id and an unclosed element, and on a bad stylesheet', () => {
    const errors = checkHtml([path.join(PLANTED, 'html')]);
    const messages = (file: string) =>
      errors
        .filter((e) => e.file === file)
        .map((e) => e.message)
        .join('\n');
    expect(messages('bad.html')).toMatch(/Duplicate ID “trung”/);
    expect(messages('bad.html')).toMatch(/Unclosed element “(span|div)”/);
    expect(messages('bad.css')).toMatch(/colr/);
    expect(messages('good.html')).toBe('');
  });
});

/* ------------------------------------------------------------------ axe-core */

describe('axe-core: WCAG 2.0 and 2.1, levels A and AA', () => {
  const servers: Served[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('the sample site has every page type', () => {
    for (const s of sites) expect([...pagesByType(s.f.dist).keys()]).toEqual(PAGE_TYPES.map(([t]) => t));
  });

  for (const width of [375, 1280]) {
    it.each([0, 1])(`every page type at ${width} px, no violation (build %i)`, async (i) => {
      const s = sites[i]!;
      const server = await serve(s.f.dist, s.base);
      servers.push(server);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const report: string[] = [];
      try {
        for (const [type, p] of pagesByType(s.f.dist)) {
          if (type === 'search') {
            await page.goto(`${server.url}${p}?q=${encodeURIComponent(SEARCH_QUERY)}`);
            await waitForSearch(page);
            expect(await page.locator('#search-results li').count(), 'search results').toBeGreaterThan(0);
            // Filters are drawn after the first results: audit the page with them.
            await page.waitForSelector('#search-filters input[type="checkbox"]', {
              state: 'attached',
              timeout: 15_000,
            });
          } else {
            const res = await page.goto(`${server.url}${p}`);
            expect(res?.status(), `${type} ${p}`).toBe(type === '404' ? 404 : 200);
          }
          // The stylesheet must have loaded, or colour contrast is judged on an unstyled page.
          expect(
            await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor),
            `${type}: styles`,
          ).not.toBe('rgba(0, 0, 0, 0)');
          report.push(formatViolations(`${s.label} ${width}px ${type} (${p || '/'})`, await axePage(page)));
        }
      } finally {
        await context.close();
      }
      expect(report.filter(Boolean).join('\n')).toBe('');
    });
  }

  it('fails on a planted page with an image without alt and low-contrast text', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(PLANTED, 'axe', 'index.html')).href);
    const ids = (await axePage(page)).map((v) => v.id);
    await page.close();
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
  });
});

/* ------------------------------------------------------------------ reflow and type (WCAG 1.4.10) */

describe('phones: reflow at 320 px, award rows at 375 px, the shipped typeface', () => {
  let server: Served;
  afterAll(async () => {
    await server?.close();
  });
  const open = async (width: number) => {
    server ??= await serve(sites[0]!.f.dist, sites[0]!.base);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    return { context, page: await context.newPage() };
  };

  it('no page type scrolls sideways at 320 px', async () => {
    const { context, page } = await open(320);
    const wide: string[] = [];
    try {
      for (const [type, p] of pagesByType(sites[0]!.f.dist)) {
        await page.goto(`${server.url}${p}${type === 'search' ? `?q=${encodeURIComponent(SEARCH_QUERY)}` : ''}`);
        if (type === 'search') await waitForSearch(page);
        await page.evaluate(() => document.fonts.ready);
        const r = await page.evaluate(() => {
          const d = document.documentElement;
          const out = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > d.clientWidth + 0.5)
            .slice(0, 3)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
          return { scroll: d.scrollWidth, client: d.clientWidth, out };
        });
        if (r.scroll > r.client) wide.push(`${type} (${p}): ${r.scroll} > ${r.client} px, ${r.out.join(' ')}`);
      }
    } finally {
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it('on paper: no relative paths after links, the page address and the print date at the foot, tables whole', async () => {
    const { context, page } = await open(1280);
    try {
      const p = 'tin-tuc/ninh-thuan-khen-thuong-khoi-mat-tran-doan-the-nam-2021/';
      await page.goto(`${server.url}${p}`);
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => {
        const after = [...document.querySelectorAll('main a[href]')]
          .filter((a) => !/^https?:/.test(a.getAttribute('href') ?? ''))
          .map((a) => getComputedStyle(a, '::after').content)
          .filter((c) => c && c !== 'none' && c !== 'normal' && c !== '""');
        const foot = document.querySelector('.site-footer .print-only') as HTMLElement | null;
        const tables = [...document.querySelectorAll('main table')].map((t) => getComputedStyle(t).breakInside);
        return {
          after,
          foot: foot && getComputedStyle(foot).display !== 'none' ? foot.innerText : '',
          tables,
          nav: getComputedStyle(document.querySelector('.site-nav')!).display,
        };
      });
      expect(r.after).toEqual([]);
      expect(r.nav).toBe('none');
      expect(r.foot).toContain(`/${p}`);
      const today = new Date().toLocaleDateString('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      });
      expect(r.foot).toContain(`Ngày in: ${today}`);
      expect(r.tables.length).toBeGreaterThan(0);
      expect(r.tables.every((b) => b === 'avoid')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("at 375 px an article's award rows are blocks with readable cells, and a decision number never breaks", async () => {
    const { context, page } = await open(375);
    try {
      // The sample article with awards and a decision number.
      await page.goto(`${server.url}tin-tuc/ninh-thuan-khen-thuong-khoi-mat-tran-doan-the-nam-2021/`);
      const cells = await page.$$eval('table.awards td', (tds) =>
        tds
          .filter((td) => getComputedStyle(td).display !== 'none')
          .map((td) => ({ text: td.textContent?.trim().slice(0, 30), width: td.getBoundingClientRect().width })),
      );
      expect(cells.length).toBeGreaterThan(2);
      // A readable width: at least 15 em (240 px at 16 px), whatever the column.
      expect(cells.filter((c) => c.width < 240)).toEqual([]);
      const numbers = await page.$$eval('table.awards .decision-number', (els) =>
        els.map((el) => ({ text: el.textContent, lines: el.getClientRects().length })),
      );
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => n.lines !== 1)).toEqual([]);
      // The page still reads as a table on a wide screen.
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await page.$eval('table.awards td', (td) => getComputedStyle(td).display)).toBe('table-cell');
    } finally {
      await context.close();
    }
  });

  it('headlines and body text with ổ, ế, ư, ở render in the shipped Be Vietnam Pro, whatever fonts the system has', async () => {
    const { context, page } = await open(1280);
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') requested.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(`${server.url}tin-tuc/ninh-thuan-khen-thuong-khoi-mat-tran-doan-the-nam-2021/`);
      await page.evaluate(() => document.fonts.ready);
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const fontsOf = async (selector: string) => {
        const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
        const used = new Set<string>();
        let text = '';
        for (const nodeId of nodeIds) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          for (const f of fonts) used.add(f.familyName);
          text += (await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML;
        }
        return { used: [...used], text };
      };
      for (const selector of ['h1', '.article-body p', 'h2', '.site-nav a', '.lede']) {
        const { used, text } = await fontsOf(selector);
        expect(text, selector).toMatch(/[ổếưở]/);
        expect(used, selector).toEqual(['Be Vietnam Pro']);
      }
      // Served from this site, woff2 only, and only the two subsets.
      expect(requested.length).toBeGreaterThan(0);
      for (const f of requested)
        expect(f).toMatch(/^\/_astro\/be-vietnam-pro-(latin|vietnamese)-400-normal\.[\w-]+\.woff2$/);
    } finally {
      await context.close();
    }
  });
});

/* ------------------------------------------------------------------ links */

describe('links', () => {
  it.each([0, 1])('every internal link, image, feed, form action and redirect target resolves (build %i)', (i) => {
    const s = sites[i]!;
    const refs = htmlFiles(s.f.dist).flatMap((p) =>
      internalRefs(fs.readFileSync(path.join(s.f.dist, p), 'utf8'), s.base, origin),
    );
    expect(refs.length).toBeGreaterThan(2000);
    expect(
      refs.some((r) => r.includes('/_astro/') && /\.(webp|jpe?g|png|avif)$/.test(r)),
      'images are among the references',
    ).toBe(true);
    expect(
      refs.some((r) => r.endsWith('/rss.xml')),
      'feeds are among the references',
    ).toBe(true);
    expect(checkLinks(s.f.dist, s.base, origin)).toEqual([]);
  });

  it('lists the external links (never fetched)', ({ annotate }) => {
    const s = sites[0]!;
    const external = externalLinks(s.f.dist, s.base, origin);
    const list = [...external]
      .map(([url, pages]) => `${url}  (${pages.length} trang, ví dụ ${pages[0]})`)
      .sort()
      .join('\n');
    console.log(`Liên kết ra ngoài (${external.size}):\n${list}`);
    void annotate(`${external.size} liên kết ra ngoài:\n${list}`);
    expect(external.has('https://vanban.chinhphu.vn/?pageid=27160&docid=206107')).toBe(true);
    // Plain http:// links are downgrades for citizens: list them loudly.
    expect([...external.keys()].filter((u) => u.startsWith('http://'))).toEqual([]);
  });

  it('fails on a planted page with broken links (absolute and relative), image, feed, form action and redirect target', () => {
    const broken = checkLinks(path.join(PLANTED, 'links'), '/', origin)
      .map(([, url]) => url)
      .sort();
    expect(broken).toEqual([
      '/_astro/anh-khong-co.webp',
      '/rss-khong-co.xml',
      '/tim-kiem-khong-co/',
      '/tin-tuc/bai-da-xoa/',
      '/tin-tuc/bai-khong-co/',
      'tin-tuc/sai-tuong-doi/',
    ]);
    expect([...externalLinks(path.join(PLANTED, 'links'), '/', origin).keys()]).toEqual([
      'https://vanban.chinhphu.vn/',
    ]);
  });
});

/* ------------------------------------------------------------------ RSS and sitemaps */

describe('RSS 2.0', () => {
  it.each([0, 1])("the site feed and each kind's feed are valid, their items built pages (build %i)", (i) => {
    const s = sites[i]!;
    const feeds = ['rss.xml', ...ARTICLE_KINDS.map((k) => `chuyen-muc/${k}/rss.xml`)];
    for (const feed of feeds) {
      const xml = fs.readFileSync(path.join(s.f.dist, feed), 'utf8');
      expect(checkRss(xml, { origin, base: s.base, dist: s.f.dist, minItems: 1 }), feed).toEqual([]);
      expect(xml, feed).toContain(`<atom:link href="${origin}${s.base}${feed}"`);
    }
  });

  it.each([
    ['missing-link.xml', /channel: cần đúng một <link>/],
    ['bad-date.xml', /<pubDate> "2021-03-15" không theo RFC 822/],
    ['wrong-weekday.xml', /<pubDate> "Tue, 15 Mar 2021 .*" không theo RFC 822/],
    ['relative-link.xml', /<link> "\/tin-tuc\/hoi-nghi\/" không phải URL tuyệt đối/],
    ['no-self.xml', /atom:link rel="self"/],
    ['no-guid.xml', /<guid>/],
    ['broken.xml', /XML không hợp lệ/],
  ])('fails on a planted feed: %s', (file, expected) => {
    const problems = checkRss(fs.readFileSync(path.join(PLANTED, 'feeds', file), 'utf8'), { origin, base: '/' });
    expect(problems.join('\n')).toMatch(expected);
  });

  it('passes the planted good feed (the gate is not failing on everything)', () => {
    expect(checkRss(fs.readFileSync(path.join(PLANTED, 'feeds', 'good.xml'), 'utf8'), { origin, base: '/' })).toEqual(
      [],
    );
  });
});

describe('sitemaps', () => {
  it.each([0, 1])(
    'index → files → absolute URLs under the base, every indexable page once, no redirect or 404 (build %i)',
    (i) => {
      const s = sites[i]!;
      const { problems, urls } = checkSitemaps(s.f.dist, s.base, origin);
      expect(problems).toEqual([]);
      // Every page a search engine should see is listed: not the 404, not redirect pages.
      const redirects = htmlFiles(s.f.dist).filter((p) =>
        isRedirectPage(fs.readFileSync(path.join(s.f.dist, p), 'utf8')),
      );
      expect(redirects.length, 'the fixture has alias redirect pages').toBe(2);
      // The web editor (admin/) says noindex and is never listed.
      const noindex = htmlFiles(s.f.dist).filter((p) =>
        /<meta name="robots" content="noindex/.test(fs.readFileSync(path.join(s.f.dist, p), 'utf8')),
      );
      expect(noindex).toContain('admin/index.html');
      const indexable = htmlFiles(s.f.dist).filter(
        (p) => p !== '404.html' && !redirects.includes(p) && !noindex.includes(p),
      );
      expect(urls.filter((u) => u.includes('/admin/'))).toEqual([]);
      const listed = new Set(urls.map((u) => decodeURIComponent(new URL(u).pathname)));
      expect(indexable.map((p) => `${s.base}${p.replace(/index\.html$/, '')}`).filter((p) => !listed.has(p))).toEqual(
        [],
      );
      expect(urls.length).toBe(indexable.length);
    },
  );

  it.each([
    ['relative', '/', /<loc> "\/tin-tuc\/" không phải URL tuyệt đối/],
    ['redirect', '/', /tin-tuc\/ten-cu\/" là trang chuyển hướng[\s\S]*tin-tuc\/khong-co\/" không có tệp/],
    ['outside', '/tdkt/', /không nằm dưới https:\/\/[^ ]+\/tdkt\/[\s\S]*robots\.txt/],
  ])('fails on planted sitemaps: %s', (dir, base, expected) => {
    expect(checkSitemaps(path.join(PLANTED, 'sitemaps', dir), base, origin).problems.join('\n')).toMatch(expected);
  });

  it('fails on a sitemap of more than 50,000 URLs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
    try {
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
      fs.writeFileSync(
        path.join(dir, 'sitemap-index.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-1.xml</loc></sitemap></sitemapindex>\n`,
      );
      const urls = Array.from({ length: 50_001 }, (_, n) => `<url><loc>${origin}/?n=${n}</loc></url>`).join('\n');
      fs.writeFileSync(
        path.join(dir, 'sitemap-1.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
      );
      expect(checkSitemaps(dir, '/', origin).problems).toContain('sitemap-1.xml: 50001 <url>, tối đa 50000');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/* ------------------------------------------------------------------ security headers */

const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

describe('security headers (public/_headers)', () => {
  const source = fs.readFileSync(path.join(REPO, 'public', '_headers'), 'utf8');
  const rules = parseHeaders(source);

  it("is published in both builds and fits the hosts' limits", () => {
    for (const s of sites) {
      // The reviewed file as is, then the web editor's own rule for <base>admin/* (src/lib/cms/headers.ts).
      const published = fs.readFileSync(path.join(s.f.dist, '_headers'), 'utf8');
      expect(published.startsWith(source)).toBe(true);
      const added = parseHeaders(published.slice(source.length));
      expect(added.map((r) => r.pattern)).toEqual([`${s.base}admin/*`]);
      expect(parseHeaders(published).length).toBeLessThanOrEqual(100);
      expect(published.split('\n').filter((l) => l.length > 2000)).toEqual([]);
    }
  });

  it('sends the CSP and the other security headers on every path, exactly as reviewed', () => {
    for (const p of ['/', '/tin-tuc/x/', '/pagefind/pagefind.js', '/_astro/Base.css', '/rss.xml']) {
      const h = headersFor(rules, p);
      expect(Object.fromEntries(parseCsp(h['Content-Security-Policy'] ?? '')), p).toEqual(EXPECTED_CSP);
      expect(h['Strict-Transport-Security'], p).toMatch(/^max-age=(\d+); includeSubDomains$/);
      expect(Number(/max-age=(\d+)/.exec(h['Strict-Transport-Security']!)![1])).toBeGreaterThanOrEqual(31_536_000);
      expect(h['X-Content-Type-Options'], p).toBe('nosniff');
      expect(h['Referrer-Policy'], p).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy'], p).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(h['X-Frame-Options'], p).toBe('DENY');
    }
  });

  it('caches hashed files for a year and nothing else', () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const p of [
      '/_astro/Base.BVCwfGQf.css',
      '/_astro/anh.CQnZ8mLC_1T48kn.jpg',
      '/pagefind/fragment/vi_1.pf_fragment',
      '/pagefind/index/vi_1.pf_index',
      '/pagefind/filter/vi_1.pf_filter',
    ]) {
      expect(headersFor(rules, p)['Cache-Control'], p).toBe(immutable);
    }
    for (const p of [
      '/',
      '/tin-tuc/',
      '/rss.xml',
      '/sitemap-index.xml',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/du-lieu/khen-thuong.json',
    ]) {
      expect(headersFor(rules, p)['Cache-Control'], p).toBeUndefined();
    }
  });

  describe('in Chromium, served with these headers', () => {
    const servers: HeaderServer[] = [];
    afterAll(async () => {
      for (const s of servers) await s.close();
    });

    async function load(page: Page, url: string): Promise<void> {
      await page.goto(url, { waitUntil: 'load' });
    }

    /** The search page under a policy: result count, workers started, and every problem seen. */
    async function searchUnder(
      rules: ReturnType<typeof parseHeaders>,
      dist: string,
      base: string,
    ): Promise<{ results: number; workers: number; problems: string[] }> {
      const server = await serveWithHeaders(dist, base, rules);
      servers.push(server);
      const page = await browser.newPage();
      const watch = await watchPolicy(page);
      let workers = 0;
      page.on('worker', () => {
        workers += 1;
      });
      await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(SEARCH_QUERY)}`);
      await waitForSearch(page);
      const results = await page.locator('#search-results li').count();
      // Pagefind's filter index loads after the first results: let it, so its requests are watched too.
      if (results > 0)
        await page.waitForSelector('#search-filters input[type="checkbox"]', { state: 'attached', timeout: 15_000 });
      const problems = [...(await cspViolations(page)), ...watch.problems()];
      await page.close();
      return { results, workers, problems };
    }

    it.each([0, 1])(
      'every page type loads with no CSP violation, console error or failed request; search works (build %i)',
      async (i) => {
        const s = sites[i]!;
        const server = await serveWithHeaders(s.f.dist, s.base);
        servers.push(server);
        const report: string[] = [];
        for (const [type, p] of pagesByType(s.f.dist)) {
          if (type === 'search') continue;
          const page = await browser.newPage();
          const watch = await watchPolicy(page);
          await load(page, `${server.url}${p}`);
          const problems = [...(await cspViolations(page)), ...watch.problems()]
            // The 404 page is served with status 404 on purpose.
            .filter((m) => !(type === '404' && /status of 404/.test(m)));
          if (problems.length) report.push(`${type} (${p || '/'}):\n  ${problems.join('\n  ')}`);
          await page.close();
        }
        const search = await searchUnder(
          parseHeaders(fs.readFileSync(path.join(s.f.dist, '_headers'), 'utf8')),
          s.f.dist,
          s.base,
        );
        expect(search.results, 'search results under the CSP').toBeGreaterThan(0);
        // Pagefind ran in its worker, not in its main-thread fallback.
        expect(search.workers, 'Pagefind worker').toBeGreaterThan(0);
        if (search.problems.length) report.push(`search:\n  ${search.problems.join('\n  ')}`);
        // The headers really were on the responses, the worker's included.
        expect(server.responses.find((r) => r.path === s.base)?.headers['Content-Security-Policy']).toContain(
          "script-src 'self' 'wasm-unsafe-eval'",
        );
        expect(report.join('\n')).toBe('');
      },
    );

    it('sees Pagefind break when the policy drops what it needs (wasm-unsafe-eval, worker-src)', async () => {
      const s = sites[0]!;
      const noWasm = rules.map((r) => ({
        ...r,
        headers: r.headers.map(([n, v]): [string, string | null] => [n, v?.replace(" 'wasm-unsafe-eval'", '') ?? null]),
      }));
      const a = await searchUnder(noWasm, s.f.dist, s.base);
      expect(a.results).toBe(0);
      expect(a.problems.join('\n')).toMatch(/WebAssembly[\s\S]*Content Security Policy/);
      const noWorker = rules.map((r) => ({
        ...r,
        headers: r.headers.map(([n, v]): [string, string | null] => [
          n,
          v?.replace("worker-src 'self'", "worker-src 'none'") ?? null,
        ]),
      }));
      const b = await searchUnder(noWorker, s.f.dist, s.base);
      expect(b.workers).toBe(0);
      expect(b.problems.join('\n')).toMatch(/^worker-src chặn .*pagefind-worker\.js/m);
    });

    it('reports a planted page with an inline script, a <style>, a style attribute and a data: image', async () => {
      const server = await serveWithHeaders(path.join(PLANTED, 'csp'), '/', rules);
      servers.push(server);
      const page = await browser.newPage();
      const watch = await watchPolicy(page);
      await load(page, server.url);
      const violations = await cspViolations(page);
      await page.close();
      const seen = violations.map((v) => v.split(' ')[0]).sort();
      expect(seen).toEqual(expect.arrayContaining(['img-src', 'script-src-elem', 'style-src-attr', 'style-src-elem']));
      expect(watch.problems().join('\n')).toMatch(/Content Security Policy/);
    });
  });
});
