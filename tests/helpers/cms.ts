/**
 * The web editor driven like an editor would: the CMS's local repository mode
 * given a real folder (the browser's Origin Private File System, seeded with
 * content/), and the article form filled in. Shared by tests/cms.browser.test.ts
 * and scripts/cms-screenshots.ts (the guide's screenshots).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const TITLE = 'Đại hội thi đua yêu nước tỉnh Ninh Thuận lần thứ VI';
export const SLUG = 'dai-hoi-thi-dua-yeu-nuoc-tinh-ninh-thuan-lan-thu-vi';
export const SUMMARY = 'Đại hội biểu dương các điển hình tiên tiến giai đoạn 2020–2025.';

/** Text files of content/ (the CMS reads them from the picked folder). */
export function contentFiles(root: string): Record<string, string> {
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
export async function useOpfsRepository(page: Page, files: Record<string, string>): Promise<void> {
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
export function readOpfs(page: Page, part: string): Promise<Record<string, { text?: string; base64?: string }>> {
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
          // The CMS may be writing: a file listed a moment ago (its swap file) can be gone; the caller reads again.
          const file = await (h as FileSystemFileHandle).getFile().catch(() => undefined);
          if (!file) continue;
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

/**
 * Sign in to the local repository and fill a new article: title, kind, summary, cover with alt, one award, body.
 * Returns the recipient options that the name typed without diacritics found.
 */
export async function fillArticle(
  page: Page,
  photoPath: string,
  shot?: (name: string) => Promise<void>,
): Promise<string[]> {
  // The sign-in page, in Vietnamese; the local repository is a real folder.
  await page.getByText('Làm việc với kho mã nguồn cục bộ').click();
  await shot?.('danh-sach');
  await page.getByText('Tạo mới').click();

  await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
  await page.getByRole('radio', { name: 'Khen thưởng' }).check();
  await page.getByRole('textbox', { name: 'Tóm tắt' }).fill(SUMMARY);

  // Cover: uploaded, with its alt text.
  const cover = page.getByRole('group', { name: /Trường “.Ảnh đại diện/ });
  const upload = cover.locator('input[type=file]').first();
  // The optional object opens when its box is ticked; a tick during the form's first render can be lost.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole('checkbox', { name: /Thêm.*Ảnh đại diện/ }).check();
    try {
      await upload.waitFor({ state: 'attached', timeout: 2000 });
      break;
    } catch {
      await page.getByRole('checkbox', { name: /Thêm.*Ảnh đại diện/ }).uncheck();
    }
  }
  const photo = fs.readFileSync(photoPath);
  await upload.setInputFiles({ name: 'quang-canh.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('textbox', { name: /Mô tả ảnh/ }).fill('Quang cảnh đại hội');

  await shot?.('bieu-mau');
  // Award entry: the award type and the recipient picked by name, typed without diacritics (đ included).
  await page.getByRole('button', { name: /Thêm.*Khen thưởng trong bài/ }).click();
  await page.getByRole('combobox', { name: 'Hình thức / danh hiệu' }).click();
  const filter = () => page.getByRole('searchbox', { name: 'Lọc tùy chọn' }).filter({ visible: true });
  await filter().pressSequentially('bang khen chu tich');
  await page.getByRole('option', { name: /Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/ }).click();
  // The first list closes with an animation: its filter box must be gone before the next list opens.
  for (let i = 0; i < 50 && (await filter().count()) > 0; i++) await page.waitForTimeout(100);
  await page.getByRole('spinbutton', { name: 'Năm thành tích' }).fill('2025');
  await page.getByRole('combobox', { name: 'Tập thể, cá nhân được khen' }).click();
  for (let i = 0; i < 50 && (await filter().count()) !== 1; i++) await page.waitForTimeout(100);
  await filter().pressSequentially('dang thi my hanh');
  const options = page.getByRole('option').filter({ visible: true });
  await options.filter({ hasText: 'Đàng Thị Mỹ Hạnh' }).waitFor();
  const found = await options.allInnerTexts();
  await shot?.('khen-thuong');
  await options.first().click();
  await page.getByRole('spinbutton', { name: 'Năm thành tích' }).click();
  // Fields far down the form are rendered when scrolled to.
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  for (let i = 0; i < 20 && !(await body.count()); i++) {
    await page.getByRole('group', { name: /Trường “.Địa chỉ cũ/ }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(250);
  }
  await body.click();
  await body.pressSequentially('Sáng nay, Đại hội thi đua yêu nước tỉnh khai mạc.');
  return found;
}

/** The fields the CMS marks as wrong, each with its label and message ("Trường “Tiêu đề”: Trường bắt buộc."). */
export function formErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.querySelectorAll('[aria-errormessage]')) {
      const text = document
        .getElementById(el.getAttribute('aria-errormessage') ?? '')
        ?.textContent?.replace(/\s+/g, ' ')
        .replace(/^error /, '')
        .trim();
      if (!text) continue;
      const label =
        el.closest('[role=group]')?.getAttribute('aria-label') ?? el.getAttribute('aria-label') ?? el.tagName;
      out.add(`${label}: ${text}`);
    }
    return [...out];
  });
}

/**
 * The values fillArticle typed, read back from the form. Under a loaded CI
 * machine a keystroke during one of the form's re-renders can be lost: a field
 * found empty is filled once more, and what is still wrong is returned.
 */
export async function checkFilled(page: Page): Promise<string[]> {
  const fields: [string, RegExp | string, string][] = [
    ['Tiêu đề', 'Tiêu đề', TITLE],
    ['Tóm tắt', 'Tóm tắt', SUMMARY],
    ['Mô tả ảnh', /Mô tả ảnh/, 'Quang cảnh đại hội'],
  ];
  const wrong: string[] = [];
  for (const [label, name, value] of fields) {
    const box = page.getByRole('textbox', { name, exact: typeof name === 'string' });
    if ((await box.inputValue()) !== value) await box.fill(value);
    if ((await box.inputValue()) !== value) wrong.push(`${label}: “${await box.inputValue()}”`);
  }
  const year = page.getByRole('spinbutton', { name: 'Năm thành tích' });
  if ((await year.inputValue()) !== '2025') await year.fill('2025');
  if ((await year.inputValue()) !== '2025') wrong.push(`Năm thành tích: “${await year.inputValue()}”`);
  return wrong;
}
