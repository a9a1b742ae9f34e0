/**
 * Search in headless Chromium on the built sample site plus the search
 * fixture (tests/fixtures/search/): accented, unaccented ("d" for "đ") and NFD
 * queries find the same page first; abbreviations both ways, spelling
 * variants, exact marks first, a full name's own page first, readable
 * excerpts from the raw Pagefind API; filters narrow and show counts, behind
 * "Lọc kết quả" on a phone; a draft's phrase finds nothing; without
 * JavaScript the page says what to do. Also under a sub-path. The first
 * stage (titles from pagefind/nhanh/) shows results alone while Pagefind
 * is held back, and gives way to Pagefind's list when it loads. The main
 * site's index is joined from parts, the sub-path site's written in one run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { build, makeFixture, REPO, removeFixture, type Fixture } from './helpers/site.ts';
import { serve, type Served } from './helpers/serve.ts';
import { launch, searchResults } from './helpers/browser.ts';
import { foldVi } from '../src/lib/text/fold.ts';
import { quickSearchLabels } from '../src/lib/i18n/vi.ts';

let site: Fixture;
let sub: Fixture;
let server: Served;
let subServer: Served;
let browser: Browser;

beforeAll(async () => {
  site = makeFixture('search');
  sub = makeFixture('search-sub');
  for (const dir of ['articles', 'honorees'])
    fs.cpSync(path.join(REPO, 'tests', 'fixtures', 'search', dir), path.join(site.root, 'content', dir), {
      recursive: true,
    });
  // The main site's index is written in parts by several Pagefind processes and joined
  // (lib/search/merge-index.ts), as a large portal's is; the sub-path site's in one run.
  for (const [f, env] of [
    [site, { BANG_VANG_SEARCH_PART: '4000' }],
    [sub, { BASE_PATH: '/tdkt/' }],
  ] as const) {
    const r = build(f, env);
    expect(r.status, r.output).toBe(0);
    if (f === site) expect(r.output).toMatch(/; \d+ phần, gộp /);
    else expect(r.output).not.toMatch(/ phần, gộp /);
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
  return searchResults(page);
}

const PHRASES: [string, string][] = [
  // A unit's name puts its own page first (issue 14), the articles naming it right after.
  ['Ủy ban Kiểm tra Tỉnh ủy', '/vinh-danh/uy-ban-kiem-tra-tinh-uy-ninh-thuan/'],
  ['Cục Thi hành án dân sự', '/vinh-danh/cuc-thi-hanh-an-dan-su-ninh-thuan/'],
  ['nhận cờ Trưởng Khối', '/tin-tuc/uy-ban-kiem-tra-tinh-uy-nhan-co-truong-khoi-2021/'],
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
    // The honorees' index answers after the first (article) results.
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
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

const a = (slug: string) => `/tin-tuc/${slug}/`;
const h = (id: string) => `/vinh-danh/${id}/`;

/** [query, page that must be first] by class: the index carries the other forms, not the page. */
const CLASSES: [string, string, string][] = [
  // The page spells it out; the reader abbreviates (the issue's own example).
  [
    'abbreviation',
    'hoi dong tdkt tinh ninh thuan',
    a('ninh-thuan-hoi-nghi-truc-tuyen-tong-ket-thi-dua-khen-thuong-2020'),
  ],
  ['abbreviation', 'ubnd huyen ly nhan', h('ubnd-huyen-ly-nhan')],
  ['abbreviation', 'Sở GD&ĐT tỉnh Hà Nam', h('so-giao-duc-va-dao-tao-ha-nam')],
  // The page abbreviates; the reader spells it out.
  ['spelled out', 'hội đồng thi đua khen thưởng Lâm Đồng', a('hoi-dong-tdkt-lam-dong-hop-phien-quy-i-2023')],
  ['spelled out', 'hop tac xa tieu bieu thu tuong', a('hoi-dong-tdkt-lam-dong-hop-phien-quy-i-2023')],
  // Variants: the page prints the other spelling.
  ['variant', 'chiến sĩ thi đua cơ sở Lâm Đồng', a('lam-dong-tuyen-duong-chien-sy-thi-dua-nganh-giao-duc')],
  ['variant', 'tổng kết chiến sỹ thi đua cấp tỉnh Hà Nam', a('ha-nam-tong-ket-thi-dua-khen-thuong-nam-2020')],
  ['variant', 'Đàng Thị Mĩ Hạnh', h('dang-thi-my-hanh-ninh-thuan')],
  ['variant', 'Lê Thị Thủy', h('le-thi-thuy-lam-dong')],
  // Decision numbers as printed: the decision's own page first (issue 15), the article after it.
  ['number', '1234/QĐ-UBND', '/quyet-dinh/2023/1234-qd-ubnd/'],
  // Full names: the honoree's own page first, accented or not.
  ['name', 'Trần Quốc Nam', h('tran-quoc-nam-lam-dong')],
  ['name', 'tran quoc nam', h('tran-quoc-nam-lam-dong')],
  ['name', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận', h('uy-ban-mttq-viet-nam-ninh-thuan')],
];

describe('every way of typing Vietnamese', () => {
  it.each(CLASSES)('%s: "%s" puts %s first', async (_cls, q, expected) => {
    const page = await browser.newPage();
    const { hrefs } = await search(page, server.url, q);
    expect(hrefs[0], hrefs.join('\n')).toBe(expected);
    await page.close();
  });

  it('accented: "Trần Quốc Nam" ranks every page with "Trần" before the Mặt trận (trận) page', async () => {
    const page = await browser.newPage();
    const { hrefs } = await search(page, server.url, 'Trần Quốc Nam');
    const mttq = hrefs.indexOf(h('uy-ban-mttq-viet-nam-ninh-thuan'));
    const articles = [
      a('ninh-thuan-hoi-nghi-truc-tuyen-tong-ket-thi-dua-khen-thuong-2020'),
      a('cuc-thi-hanh-an-dan-su-ninh-thuan-nhan-co-thi-dua-2020'),
      a('lam-dong-khen-thuong-ldld-va-htx-theo-quyet-dinh-1234'),
    ].map((x) => hrefs.indexOf(x));
    // The honoree first, the three articles naming him right after.
    expect(hrefs[0]).toBe(h('tran-quoc-nam-lam-dong'));
    expect([...articles].sort()).toEqual([1, 2, 3]);
    if (mttq >= 0) expect(Math.max(...articles)).toBeLessThan(mttq);
    // Unaccented, the folded matches stay (trận ≈ tran): the same page is found either way.
    const folded = await search(page, server.url, 'tran quoc nam viet nam');
    expect(folded.hrefs).toContain(h('uy-ban-mttq-viet-nam-ninh-thuan'));
    await page.close();
  });

  it('the raw Pagefind API returns readable excerpts: no folded twins, no award or tag words spliced in', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    // A string, so that Vitest does not rewrite the dynamic import for Node.
    const excerpts = (await page.evaluate(`(async () => {
      const pf = await import(location.origin + '/pagefind/pagefind.js');
      const out = [];
      for (const q of ['thi dua', 'dang', 'hoi dong tdkt lam dong']) {
        const s = await pf.search(q);
        for (const r of s.results.slice(0, 8)) out.push((await r.data()).excerpt);
      }
      return out;
    })()`)) as string[];
    expect(excerpts.length).toBeGreaterThan(10);
    const text = excerpts.join('\n');
    expect(text).not.toMatch(/đua dua|Đảng Dang|đồng dong/i);
    // "TDKT" is searchable on the Lâm Đồng page, which prints only "TĐKT": never shown folded.
    expect(text).not.toMatch(/\bTDKT\b/);
    expect(text).toMatch(/<mark>/);
  });
});

describe('the standard API at pagefind/pagefind.js (contract: Search)', () => {
  it('finds a person, a unit and a decision by name or number, typed with or without marks, and never a draft', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const found = (await page.evaluate(`(async () => {
      const pf = await import(location.origin + '/pagefind/pagefind.js');
      const out = {};
      for (const q of ['Trần Quốc Nam', 'tran quoc nam', 'bao ninh thuan', '512/QĐ-UBND', 'du thao']) {
        const s = await pf.search(q);
        out[q] = await Promise.all(s.results.slice(0, 5).map(async (r) => (await r.data()).url));
      }
      return out;
    })()`)) as Record<string, string[]>;
    expect(found['Trần Quốc Nam']).toContain(h('tran-quoc-nam-lam-dong'));
    expect(found['tran quoc nam']).toContain(h('tran-quoc-nam-lam-dong'));
    expect(found['bao ninh thuan']!.some((u) => u.startsWith('/vinh-danh/bao-ninh-thuan'))).toBe(true);
    expect(found['512/QĐ-UBND']).toContain('/quyet-dinh/2021/512-qd-ubnd/');
    expect(
      Object.values(found)
        .flat()
        .some((u) => u.includes('du-thao')),
    ).toBe(false);
    await page.close();
  });
});

describe('built for the thumb', () => {
  it('at 375 px the first result is on the first screen, filters wait behind "Lọc kết quả", targets are 44 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await search(page, server.url, 'thi dua');
    const first = await page.locator('#search-results li').first().boundingBox();
    expect(first!.y + 40).toBeLessThan(667);
    const panel = page.locator('#search-filter-panel');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filter-panel > summary').textContent()).toContain('Lọc kết quả');
    await page.locator('#search-filter-panel > summary').click();
    await page.waitForSelector('input[name="kind"]', { state: 'visible' });
    const sizes = await page.$$eval(
      '#search-filter-panel summary, .filter-row, #search-sort, #q, #search-form button',
      (els) => els.map((e) => Math.round(e.getBoundingClientRect().height)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
    expect(await page.isVisible('label[for="search-sort"]')).toBe(true);
    expect(await page.isVisible('label[for="q"]')).toBe(true);
    await context.close();
  });

  it('on a wide screen the filters are open beside the results', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await search(page, server.url, 'thi dua');
    expect(await page.locator('#search-filter-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.waitForSelector('input[name="kind"]', { state: 'visible' });
    await context.close();
  });
});

/** Records what the list and the status said when the first result appeared, and every status. */
async function watchFirstResults(page: Page) {
  await page.addInitScript(() => {
    const g = globalThis as unknown as { __first?: { busy: string | null; status: string }; __statuses: string[] };
    g.__statuses = [];
    new MutationObserver(() => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      if (status && g.__statuses.at(-1) !== status) g.__statuses.push(status);
      const list = document.querySelector('#search-results');
      if (!g.__first && list?.querySelector('li')) g.__first = { busy: list.getAttribute('aria-busy'), status };
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}
const watched = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as { __first?: { busy: string | null; status: string }; __statuses: string[] };
    return { __first: g.__first, __statuses: g.__statuses };
  });

describe('first stage: the quick index of titles (pagefind/nhanh/)', () => {
  it.each([
    ['tran quoc nam', h('tran-quoc-nam-lam-dong')],
    ['Đặng Thị Yến', h('dang-thi-yen-ha-nam')],
    ['ubnd huyen ly nhan', h('ubnd-huyen-ly-nhan')],
    ['512/QĐ-UBND', '/quyet-dinh/2021/512-qd-ubnd/'],
  ] as const)('with pagefind.js held back, "%s" still shows its page first', async (q, expected) => {
    const page = await browser.newPage();
    await watchFirstResults(page);
    // Never answered: Pagefind cannot load, the first stage works alone.
    await page.route('**/pagefind/pagefind.js', () => undefined);
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    const hrefs = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs[0], hrefs.join('\n')).toBe(expected);
    // The same markup as the final list: kind tag, title link.
    expect(await page.locator('#search-results li .meta .kind-tag').count()).toBe(hrefs.length);
    // Shown busy, saying more is coming.
    const w = await watched(page);
    expect(w.__first).toEqual({ busy: 'true', status: expect.stringContaining(quickSearchLabels.busy) });
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('true');
    await page.close();
  });

  it('when Pagefind fails to load, the first results go and the page says the search could not load', async () => {
    const page = await browser.newPage();
    await watchFirstResults(page);
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    const { status, hrefs } = await search(page, server.url, 'tran quoc nam');
    expect((await watched(page)).__first?.busy).toBe('true'); // the titles were shown first
    expect(status).toContain('Không tải được bộ tìm kiếm');
    expect(hrefs).toEqual([]);
    await page.close();
  });

  it('under /tdkt/ its links carry the sub-path', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind.js', () => undefined);
    await page.goto(`${subServer.url}tim-kiem/?q=Dang+Thi+Yen`);
    await page.waitForSelector('#search-results li');
    expect(await page.getAttribute('#search-results h2 a', 'href')).toBe('/tdkt/vinh-danh/dang-thi-yen-ha-nam/');
    await page.close();
  });

  it("with nothing blocked, the titles come first and Pagefind's ranked list replaces them", async () => {
    const page = await browser.newPage();
    await watchFirstResults(page);
    const final = await search(page, server.url, 'dang');
    const w = await watched(page);
    expect(w.__first).toEqual({ busy: 'true', status: expect.stringContaining(quickSearchLabels.busy) });
    expect(w.__statuses.at(-1)).toMatch(/^\d+ kết quả/);
    expect(final.status).toBe(w.__statuses.at(-1));
    // Pagefind's list: excerpts from the text, the matched words marked (titles alone have none).
    const excerpts = await page.$$eval('#search-results li p:last-child', (ps) => ps.map((p) => p.innerHTML));
    expect(excerpts.join(' ')).toMatch(/<mark>Đảng<\/mark>/);
    await page.close();
  });
});
