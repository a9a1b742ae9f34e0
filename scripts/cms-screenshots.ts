/**
 * `node scripts/cms-screenshots.ts [dist]`: screenshots of the web editor for the
 * editors' guide (docs/huong-dan-bien-tap.md) — the article list, the article
 * form, the award entry with a name typed without diacritics, the preview — at
 * 1280 px, and the sign-in page and list at 375 px. Run `npm run build` first. Uses the
 * CMS's local repository mode on a copy of content/ in the browser's private
 * storage: nothing is written to the repository.
 */
import path from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { contentFiles, fillArticle, useOpfsRepository } from '../tests/helpers/cms.ts';
import { serveWithHeaders } from '../tests/helpers/quality.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve('docs/screenshots');
const photo = path.resolve('content/articles/2021/ha-nam-trao-co-thi-dua.jpg');
const server = await serveWithHeaders(dist);
const browser = await launch();
for (const width of [1280, 375]) {
  const page = await browser.newPage({ locale: 'vi-VN', viewport: { width, height: width === 375 ? 812 : 900 } });
  await useOpfsRepository(page, contentFiles(process.cwd()));
  await page.goto(`${server.url}admin/`);
  const shot = async (name: string) => {
    if (width === 375 && name === 'khen-thuong') return;
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(out, `bien-tap-${name}-${width}.png`) });
  };
  if (width === 375) {
    // On a phone: the sign-in page and the list (the form works the same, one pane at a time).
    await page.screenshot({ path: path.join(out, `bien-tap-dang-nhap-${width}.png`) });
    await page.getByText('Làm việc với kho mã nguồn cục bộ').click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `bien-tap-danh-sach-${width}.png`) });
  } else {
    await fillArticle(page, photo, shot);
    // The preview pane beside the form, scrolled to the award table.
    await page.waitForTimeout(800);
    const preview = page.frameLocator('iframe').first();
    await preview.locator('table').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, `bien-tap-xem-truoc-${width}.png`) });
  }
  await page.close();
}
await browser.close();
await server.close();
