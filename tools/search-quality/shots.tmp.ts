import { launch } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
const server = await serve('dist'); const browser = await launch();
for (const width of [320, 375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width < 400 ? 700 : 900 } });
  await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('Đặng Thị Yến')}`);
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 20000 });
  await page.screenshot({ path: `/tmp/shot-search-${width}.png` });
  if (width < 400) { await page.click('#search-filter-panel > summary'); await page.screenshot({ path: `/tmp/shot-search-${width}-open.png`, fullPage: true }); }
  const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  console.log(width, sw);
  await page.close();
}
await browser.close(); await server.close();
