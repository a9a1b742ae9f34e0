import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insideContent, unloadedFiles } from './files.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-files-'));
const content = path.join(root, 'content');
const put = (rel: string, text = 'x') => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

put('content/site.yaml');
put('content/articles/2021/bai.md');
put('content/articles/2021/anh.jpg');
put('content/articles/2021/.bai-an.md');
put('content/articles/2021/bai.md~');
put('content/articles/2021/bai.md.bak');
put('content/articles/2021/.bai.md.swp');
put('content/articles/2021/anh/hinh.png');
put('content/articles/2021/anh/ghi-chu.txt');
put('content/articles/_templates/bai-viet.md');
put('content/articles/ghi-chu.txt');
put('content/honorees/.an.yaml');
put('content/honorees/con/ds.yaml');
put('content/blocs/.gitkeep');
put('content/la.yaml');
put('outside/secret.md', 'bí mật');
fs.symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(content, 'articles', '2021', 'lien-ket.md'));
fs.symlinkSync(path.join(content, 'articles', '2021', 'anh.jpg'), path.join(content, 'articles', '2021', 'anh-2.jpg'));
fs.symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(content, 'honorees', 'ds.yaml'));

describe('unloadedFiles', () => {
  const found = unloadedFiles(content);
  const by = (file: string) => found.filter((f) => f.file === file);

  it('names every file not read, and nothing that is', () => {
    expect(found.map((f) => `${f.severity} ${f.file}`).sort()).toEqual(
      [
        'error content/articles/2021/anh-2.jpg',
        'error content/articles/2021/lien-ket.md',
        'error content/honorees/ds.yaml',
        'warning content/articles/2021/.bai-an.md',
        'warning content/articles/2021/.bai.md.swp',
        'warning content/articles/2021/anh/ghi-chu.txt',
        'warning content/articles/2021/bai.md.bak',
        'warning content/articles/2021/bai.md~',
        'warning content/articles/ghi-chu.txt',
        'warning content/honorees/.an.yaml',
        'warning content/honorees/con',
        'warning content/la.yaml',
      ].sort(),
    );
  });

  it('says what happens', () => {
    expect(by('content/articles/2021/lien-ket.md')[0]?.message).toMatch(/liên kết tượng trưng \(symlink\)/);
    expect(by('content/articles/2021/.bai-an.md')[0]?.message).toMatch(/không được đọc và không được đăng/);
  });

  it('resolves real paths for containment', () => {
    expect(insideContent(path.join(content, 'articles', '2021', 'anh.jpg'), content)).toBe(true);
    expect(insideContent(path.join(content, 'articles', '2021', 'lien-ket.md'), content)).toBe(false);
    expect(insideContent(path.join(content, '..', 'outside', 'secret.md'), content)).toBe(false);
  });
});
