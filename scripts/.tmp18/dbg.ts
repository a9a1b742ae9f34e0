import { serve } from '../../tests/helpers/serve.ts';
import { launch } from '../../tests/helpers/browser.ts';
const server = await serve('dist');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
for (const p of process.argv.slice(2)) {
await page.goto(server.url + p);
console.log(await page.evaluate(() => {
  const d = document.documentElement; const out: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    const b = el.getBoundingClientRect();
    if (b.right > d.clientWidth + 0.5 && b.width > 0) out.push(`${el.tagName}.${el.className} [${Math.round(b.left)},${Math.round(b.right)}] ${getComputedStyle(el).display} ${el.outerHTML.slice(0, 120)}`);
  }
  return out.slice(0, 8).join('\n');
}));
}
await browser.close(); await server.close();
