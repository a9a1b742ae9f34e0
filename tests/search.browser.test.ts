/**
 * Search in headless Chromium on the built sample site: accented, unaccented
 * ("d" for "đ") and NFD queries find the same page first; filters narrow and
 * show counts; a draft's phrase finds nothing; without JavaScript the page
 * says what to do. Also under a sub-path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build, makeFixture, removeFixture, type Fixture } from './helpers/site.ts';
import { serve, type Served } from './helpers/serve.ts';
import { launch } from './helpers/browser.ts';
import { foldVi } from '../src/lib/text/fold.ts';

let site: Fixture;
let sub: Fixture;
let server: Served;
let subServer: Served;
let browser: Browser;

beforeAll(async () => {
  site = makeFixture('search');
  sub = makeFixture('search-sub');
  for (const [f, env] of [
    [site, {}],
    [sub, { BASE_PATH: '/tdkt/' }],
  ] as const) {
    const r = build(f, env);
    expect(r.status, r.output).toBe(0);
  }
  server = await serve(site.dist);
  subServer = await serve(sub.dist, '/tdkt/');
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await subServer?.close();
  removeFixture(site);
  removeFixture(sub);
});

async function search(
  page: Page,
  base: string,
  query: string,
  extra = '',
): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(`${base}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(
    () => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      return s !== '' && !s.startsWith('Đang tìm');
    },
    null,
    { timeout: 15_000 },
  );
  return {
    status: (await page.textContent('#search-status')) ?? '',
    hrefs: await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? '')),
  };
}

const PHRASES: [string, string][] = [
  ['Ủy ban Kiểm tra Tỉnh ủy', '/tin-tuc/uy-ban-kiem-tra-tinh-uy-nhan-co-truong-khoi-2021/'],
  ['Cục Thi hành án dân sự', '/tin-tuc/cuc-thi-hanh-an-dan-su-ninh-thuan-nhan-co-thi-dua-2020/'],
  ['Đặng Thị Yến', '/vinh-danh/dang-thi-yen-ha-nam/'],
  ['Đỗ Minh Đức', '/vinh-danh/do-minh-duc-ha-nam/'],
  ['giao ước thi đua', '/tin-tuc/khoi-thi-dua-so-5-binh-phuoc-ky-giao-uoc-2021/'],
  ['Luật Thi đua, khen thưởng', '/tin-tuc/quoc-hoi-thong-qua-luat-thi-dua-khen-thuong-2022/'],
];

describe('search without diacritics', () => {
  it.each(PHRASES)('"%s": accented, unaccented and NFD find the same page first', async (phrase, expected) => {
    const page = await browser.newPage();
    const forms = [phrase, foldVi(phrase), phrase.normalize('NFD'), foldVi(phrase).toLowerCase()];
    for (const q of forms) {
      const { hrefs } = await search(page, server.url, q);
      expect(hrefs[0], `query "${q}"`).toBe(expected);
    }
    await page.close();
  });

  it('"d" finds "đ": dang finds Đảng, and the excerpt shows the real word highlighted', async () => {
    const page = await browser.newPage();
    const { hrefs } = await search(page, server.url, 'dang');
    expect(hrefs.length).toBeGreaterThan(0);
    const excerpts = await page.$$eval('#search-results li p:last-child', (ps) => ps.map((p) => p.innerHTML));
    expect(excerpts.join(' ')).toMatch(/<mark>Đảng<\/mark>/);
    expect(excerpts.join(' ')).not.toMatch(/Đảng Dang/);
    await page.close();
  });

  it("a draft's unique phrase finds nothing", async () => {
    const page = await browser.newPage();
    for (const q of ['Xương Rồng', 'xuong rong', 'bản nháp chưa công bố']) {
      const { hrefs, status } = await search(page, server.url, q);
      expect(
        hrefs.filter((h) => h.includes('du-thao')),
        q,
      ).toEqual([]);
      if (q !== 'bản nháp chưa công bố') expect(status).toContain('Không tìm thấy');
    }
    await page.close();
  });
});

describe('decisions and successors (issue 15)', () => {
  it.each(['512/QĐ-UBND', '512/qd-ubnd', '512 qd ubnd', 'quyet dinh 512', '512/QĐ-UBND'.normalize('NFD')])(
    'the decision page is the first result for "%s"',
    async (q) => {
      const page = await browser.newPage();
      const { hrefs } = await search(page, server.url, q);
      expect(hrefs[0], q).toBe('/quyet-dinh/2021/512-qd-ubnd/');
      await page.close();
    },
  );

  it("a successor is found by a predecessor's name", async () => {
    const page = await browser.newPage();
    for (const q of ['Báo Ninh Thuận', 'bao ninh thuan']) {
      const { hrefs } = await search(page, server.url, q);
      expect(hrefs, q).toContain('/vinh-danh/bao-va-phat-thanh-truyen-hinh-khanh-hoa/');
    }
    await page.close();
  });
});

describe('filters and sort', () => {
  it('filters narrow the results and show counts', async () => {
    const page = await browser.newPage();
    const all = await search(page, server.url, 'thi dua');
    await page.waitForSelector('input[name="kind"]');
    const kindBoxes = await page.$$eval('input[name="kind"]', (els) =>
      els.map((e) => ({ value: (e as HTMLInputElement).value, label: e.nextElementSibling?.textContent ?? '' })),
    );
    expect(kindBoxes.length).toBeGreaterThan(1);
    expect(kindBoxes.every((k) => /\(\d+\)/.test(k.label))).toBe(true);
    const narrowed = await search(page, server.url, 'thi dua', `&kind=${encodeURIComponent('Hội nghị')}`);
    expect(narrowed.hrefs.length).toBeGreaterThan(0);
    expect(narrowed.hrefs.length).toBeLessThan(all.hrefs.length);
    const kindTags = await page.$$eval('#search-results .kind-tag', (els) => els.map((e) => e.textContent));
    expect(new Set(kindTags)).toEqual(new Set(['Hội nghị']));
    await page.close();
  });

  it('sorts by date, newest first, on request', async () => {
    const page = await browser.newPage();
    await search(page, server.url, 'thi dua', `&kind=${encodeURIComponent('Hội nghị')}&sort=date`);
    const dates = await page.$$eval('#search-results .meta', (els) =>
      els
        .map((e) => (e.textContent ?? '').match(/(\d\d)\/(\d\d)\/(\d{4})/))
        .filter(Boolean)
        .map((m) => `${m![3]}-${m![2]}-${m![1]}`),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.close();
  });

  it('the header search box submits to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.fill('#header-q', 'bao ninh thuan');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/tim-kiem\/\?q=bao\+ninh\+thuan/);
    await page.waitForSelector('#search-results li');
    expect(await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')))).toContain(
      '/vinh-danh/bao-ninh-thuan/',
    );
    await page.close();
  });
});

describe('degradation and sub-path', () => {
  it('without JavaScript the search page says so and offers other ways in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}tim-kiem/?q=thi+dua`);
    const text = await page.textContent('body');
    expect(text).toContain('Tìm kiếm cần JavaScript');
    expect(await page.isVisible('#search-enhanced')).toBe(false);
    await context.close();
  });

  it('works under /tdkt/ with result links carrying the sub-path', async () => {
    const page = await browser.newPage();
    const { hrefs } = await search(page, subServer.url, 'Dang Thi Yen');
    expect(hrefs[0]).toBe('/tdkt/vinh-danh/dang-thi-yen-ha-nam/');
    await page.close();
  });
});

describe('filters by hand', () => {
  it('ticking a filter box narrows the results and puts the filter in the address', async () => {
    const page = await browser.newPage();
    const all = await search(page, server.url, 'thi dua');
    await page.waitForSelector('input[name="kind"]');
    await page.getByLabel(/^Hội nghị/).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('kind').includes('Hội nghị'));
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length < n, all.hrefs.length);
    const tags = await page.$$eval('#search-results .kind-tag', (els) => els.map((e) => e.textContent));
    expect(new Set(tags)).toEqual(new Set(['Hội nghị']));
    await page.close();
  });
});

describe('keyboard', () => {
  it('a filter toggled from the keyboard keeps focus after the counts are redrawn', async () => {
    const page = await browser.newPage();
    await search(page, server.url, 'thi dua');
    await page.waitForSelector('input[name="kind"]');
    const box = page.locator('input[name="kind"]').first();
    const value = await box.getAttribute('value');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((v) => new URLSearchParams(location.search).getAll('kind').includes(v!), value);
    await page.waitForFunction((v) => (document.activeElement as HTMLInputElement | null)?.value === v, value, {
      timeout: 10_000,
    });
    await page.close();
  });
});
