/**
 * `node scripts/screenshots.ts [dist]`: screenshots of the built site (home, an
 * article with awards, a bloc, an honoree, an award type, a decision, the
 * search page with results and its first stage alone, open data) at 320, 375 and 1280 px into
 * docs/screenshots/, named `<page>-<width>.png`. Phone shots show the first
 * two screens, desktop shots the whole page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/helpers/serve.ts';
import { launch } from '../tests/helpers/browser.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve('docs/screenshots');
fs.mkdirSync(out, { recursive: true });
const pages: [string, string][] = [
  ['trang-chu', ''],
  ['bai-viet', 'tin-tuc/ha-nam-tong-ket-thi-dua-khen-thuong-nam-2020/'],
  ['khoi-thi-dua', 'khoi-thi-dua/khoi-co-quan-dang-ninh-thuan/'],
  ['vinh-danh', 'vinh-danh/bao-ninh-thuan/'],
  ['khen-thuong', 'khen-thuong/co-thi-dua-ubnd-tinh/'],
  ['quyet-dinh', 'quyet-dinh/2021/512-qd-ubnd/'],
  ['tim-kiem', 'tim-kiem/?q=c%E1%BB%9D%20thi%20%C4%91ua'],
  ['du-lieu', 'du-lieu/'],
];
const server = await serve(dist);
const browser = await launch();
for (const width of [320, 375, 1280]) {
  const phone = width < 1000;
  const page = await browser.newPage({ viewport: { width, height: phone ? 1400 : 900 } });
  for (const [name, url] of pages) {
    await page.goto(server.url + url);
    if (name === 'tim-kiem') {
      // The ranked list (Pagefind's), not the first stage's titles: results shown and the list no longer busy.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#search-results li').length > 0 &&
          document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false',
        null,
        { timeout: 15_000 },
      );
    }
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: !phone });
  }
  await page.close();
  // The search page's first stage alone (titles from pagefind/nhanh/), Pagefind held back: what a reader sees first.
  const first = await browser.newPage({ viewport: { width, height: phone ? 1400 : 900 } });
  await first.route('**/pagefind/pagefind.js', () => new Promise<void>(() => undefined));
  await first.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('cờ thi đua')}`);
  await first.waitForSelector('#search-results li');
  await first.evaluate(() => document.fonts.ready);
  await first.screenshot({ path: path.join(out, `tim-kiem-buoc-dau-${width}.png`), fullPage: !phone });
  await first.close();
}
await browser.close();
await server.close();
console.log(`ảnh chụp trong ${path.relative(process.cwd(), out)}/`);
