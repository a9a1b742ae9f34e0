/**
 * `node scripts/screenshots.ts [dist]`: screenshots of the built site (home, an
 * article, a bloc, an honoree, a decision) at 375 px and 1280 px into docs/screenshots/.
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
  ['bai-viet', 'tin-tuc/ninh-thuan-hoi-nghi-truc-tuyen-tong-ket-thi-dua-khen-thuong-2020/'],
  ['khoi-thi-dua', 'khoi-thi-dua/khoi-co-quan-dang-ninh-thuan/'],
  ['vinh-danh', 'vinh-danh/bao-ninh-thuan/'],
  ['quyet-dinh', 'quyet-dinh/2021/512-qd-ubnd/'],
];
const server = await serve(dist);
const browser = await launch();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const [name, url] of pages) {
    await page.goto(server.url + url);
    await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: width !== 375 });
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`ảnh chụp trong ${path.relative(process.cwd(), out)}/`);
