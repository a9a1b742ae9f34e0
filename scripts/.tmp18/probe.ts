import { serve } from '/work/wt-18/tests/helpers/serve.ts';
import { launch } from '/work/wt-18/tests/helpers/browser.ts';
import { pagesByType } from '/work/wt-18/tests/helpers/quality.ts';
const dist = '/work/wt-18/dist';
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
for (const [type, p] of pagesByType(dist)) {
  await page.goto(server.url + p + (type === 'search' ? '?q=thi%20%C4%91ua' : ''));
  if (type === 'search') await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const d = document.documentElement;
    const wide: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right > d.clientWidth + 0.5 && b.width > 0) wide.push(`${el.tagName}.${el.className} ${Math.round(b.right)}`);
    }
    return { sw: d.scrollWidth, cw: d.clientWidth, wide: wide.slice(0, 6) };
  });
  console.log(type, p, r.sw, r.cw, r.sw > r.cw ? r.wide.join(' | ') : '');
}
await browser.close(); await server.close();
