import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSlugs, projectRoot, writeNewFile } from './workspace.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-workspace-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('workspace', () => {
  it('uses BANG_VANG_ROOT, else the current directory', () => {
    expect(projectRoot({ BANG_VANG_ROOT: '/tmp/x' }, '/a')).toBe('/tmp/x');
    expect(projectRoot({}, '/a')).toBe('/a');
  });

  it('lists the article slugs of every folder, and none when there is no content', () => {
    expect(articleSlugs(root)).toEqual(new Set());
    writeNewFile(root, 'content/articles/2020/bai-mot.md', 'x');
    writeNewFile(root, 'content/articles/2021/bai-hai.mdx', 'x');
    writeNewFile(root, 'content/articles/2021/anh.jpg', 'x');
    expect(articleSlugs(root)).toEqual(new Set(['bai-mot', 'bai-hai']));
  });

  it('never overwrites a file', () => {
    expect(writeNewFile(root, 'content/articles/2022/moi.md', 'một')).toBe(true);
    expect(writeNewFile(root, 'content/articles/2022/moi.md', 'hai')).toBe(false);
    expect(fs.readFileSync(path.join(root, 'content/articles/2022/moi.md'), 'utf8')).toBe('một');
  });
});
