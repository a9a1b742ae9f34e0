/**
 * The web editor, end to end, in headless Chromium with nothing beyond this
 * machine: /admin/ of a built fixture site, its headers from dist/_headers, the
 * CMS's local repository mode (File System Access API) saving into a real
 * directory — the browser's Origin Private File System, seeded with the site's
 * content and handed to the CMS as the folder the editor "picked". What the CMS
 * wrote is copied into the fixture's content/, validated by `npm run validate`
 * and built again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { build, type Fixture, makeFixture, read, removeFixture, validate, write } from './helpers/site.ts';
import { serveWithHeaders, type HeaderServer } from './helpers/quality.ts';

const TITLE = 'Đại hội thi đua yêu nước tỉnh Ninh Thuận lần thứ VI';
const SLUG = 'dai-hoi-thi-dua-yeu-nuoc-tinh-ninh-thuan-lan-thu-vi';
const SUMMARY = 'Đại hội biểu dương các điển hình tiên tiến giai đoạn 2020–2025.';

let f: Fixture;
let browser: Browser;
let server: HeaderServer;

/** Text files of content/ (the CMS reads them from the picked folder). */
function contentFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.(md|mdx|ya?ml)$/.test(e.name))
        out[path.relative(root, abs).split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
    }
  };
  walk(path.join(root, 'content'));
  return out;
}

/** Make window.showDirectoryPicker return an OPFS folder holding the repository's content. */
async function useOpfsRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.addInitScript((seed: Record<string, string>) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker =
      async () => {
        const root = await navigator.storage.getDirectory();
        const repo = await root.getDirectoryHandle('bang-vang', { create: true });
        await repo.getDirectoryHandle('.git', { create: true });
        for (const [p, text] of Object.entries(seed)) {
          const parts = p.split('/');
          let dir = repo;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await w.write(text);
          await w.close();
        }
        return repo;
      };
  }, files);
}

/** Every file under the OPFS repository whose path contains `part`: text for markdown, base64 for the rest. */
function readOpfs(page: Page, part: string): Promise<Record<string, { text?: string; base64?: string }>> {
  return page.evaluate(async (part) => {
    const out: Record<string, { text?: string; base64?: string }> = {};
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('bang-vang');
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, h] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        const p = `${prefix}${name}`;
        if (h.kind === 'directory') await walk(h as FileSystemDirectoryHandle, `${p}/`);
        else if (p.includes(part)) {
          const file = await (h as FileSystemFileHandle).getFile();
          if (/\.mdx?$/.test(name)) out[p] = { text: await file.text() };
          else {
            const bytes = new Uint8Array(await file.arrayBuffer());
            let s = '';
            for (const b of bytes) s += String.fromCharCode(b);
            out[p] = { base64: btoa(s) };
          }
        }
      }
    };
    await walk(repo, '');
    return out;
  }, part);
}

beforeAll(async () => {
  f = makeFixture('cms');
  const res = build(f);
  expect(res.status, res.output).toBe(0);
  server = await serveWithHeaders(f.dist);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (f) removeFixture(f);
});

describe('the web editor at /admin/', () => {
  it('creates an article with a cover and an award through the form, saved into a local repository; the build accepts it and shows its award row', async () => {
    const started = performance.now();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`) && !u.startsWith('data:')) outside.push(u);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await useOpfsRepository(page, contentFiles(f.root));
    await page.goto(`${server.url}admin/`);

    // The sign-in page, in Vietnamese; the local repository is a real folder.
    await page.getByText('Làm việc với kho mã nguồn cục bộ').click();
    await page.getByText('Tạo mới').click();

    await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
    await page.getByRole('radio', { name: 'Khen thưởng' }).check();
    await page.getByRole('textbox', { name: 'Tóm tắt' }).fill(SUMMARY);

    // Cover: uploaded, with its alt text.
    await page.getByRole('checkbox', { name: /Thêm.*Ảnh đại diện/ }).check();
    const cover = page.getByRole('group', { name: /Trường “.Ảnh đại diện/ });
    const photo = fs.readFileSync(path.join(f.root, 'content', 'articles', '2021', 'ha-nam-trao-co-thi-dua.jpg'));
    await cover
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'quang-canh.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('textbox', { name: /Mô tả ảnh/ }).fill('Quang cảnh đại hội');

    // Award entry: the award type and the recipient picked by name, typed without diacritics (đ included).
    await page.getByRole('button', { name: /Thêm.*Khen thưởng trong bài/ }).click();
    await page.getByRole('combobox', { name: 'Hình thức / danh hiệu' }).click();
    const filter = () => page.getByRole('searchbox', { name: 'Lọc tùy chọn' }).filter({ visible: true });
    await filter().pressSequentially('bang khen chu tich');
    await page.getByRole('option', { name: /Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/ }).click();
    await page.getByRole('spinbutton', { name: 'Năm thành tích' }).fill('2025');
    await page.getByRole('combobox', { name: 'Tập thể, cá nhân được khen' }).click();
    await filter().pressSequentially('dang thi my hanh');
    const options = page.getByRole('option').filter({ visible: true });
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining('Đàng Thị Mỹ Hạnh')]);
    await options.first().click();
    await page.getByRole('spinbutton', { name: 'Năm thành tích' }).click();
    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await body.pressSequentially('Sáng nay, Đại hội thi đua yêu nước tỉnh khai mạc.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    // What the CMS wrote into the folder.
    let written: Awaited<ReturnType<typeof readOpfs>> = {};
    await expect
      .poll(
        async () => {
          written = await readOpfs(page, SLUG);
          return Object.keys(written).sort();
        },
        { timeout: 15_000 },
      )
      .toEqual([`content/articles/${new Date().getFullYear()}/${SLUG}.md`, expect.stringMatching(/quang-canh\.jpg$/)]);
    await context.close();

    expect(outside, 'requests to another origin').toEqual([]);
    expect(failed).toEqual([]);
    expect(violations).toEqual([]);

    const [mdPath, imgPath] = Object.keys(written).sort() as [string, string];
    const md = written[mdPath]!.text!;
    // Where the contract fixes the form: the date, the ids, the relative image path.
    const year = mdPath.split('/')[2]!;
    expect(md).toMatch(new RegExp(`^date: ${year}-\\d{2}-\\d{2}$`, 'm'));
    expect(md).toContain(`title: ${TITLE}\n`);
    expect(md).toContain('kind: khen-thuong\n');
    expect(md).toContain(
      'awards:\n  - award: bang-khen-chu-tich-ubnd-tinh\n    year: 2025\n    recipients:\n      - dang-thi-my-hanh-ninh-thuan\n',
    );
    const src = /^ {2}src: (.+)$/m.exec(md)?.[1];
    expect(src).toBe(`./${path.posix.relative(path.posix.dirname(mdPath), imgPath)}`);
    expect(md).toContain('  alt: Quang cảnh đại hội\n');

    // Into the fixture's content: validated like content committed by hand, then built.
    write(f.root, mdPath, md);
    write(f.root, imgPath, Buffer.from(written[imgPath]!.base64!, 'base64'));
    const v = validate(f);
    expect(v.status, v.output).toBe(0);
    const res = build(f);
    expect(res.status, res.output).toBe(0);
    const html = read(f, `tin-tuc/${SLUG}/index.html`);
    expect(html).toContain(TITLE);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(table).toContain('Đàng Thị Mỹ Hạnh');
    expect(table).toContain('2025');
    expect(html).toMatch(/<img[^>]+alt="Quang cảnh đại hội"/);
    console.log(`trình biên tập: tạo, lưu, kiểm tra và dựng lại trong ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
});
