/** `npm run validate` end to end: the real script on a temp content tree. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const script = path.join(repo, 'scripts', 'validate.ts');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-cli-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function validate(root: string) {
  const r = spawnSync(process.execPath, [script], {
    cwd: repo,
    env: { ...process.env, BANG_VANG_ROOT: root, NODE_OPTIONS: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const BASE = {
  'content/site.yaml': 'name: Cổng\nowner: Ban\nprovince: Ninh Thuận\nbase_url: https://x.gov.vn\n',
  'content/award-types.yaml':
    '- id: bk\n  name: Bằng khen\n  group: bang-khen\n  for: [tap-the]\n  level: co-so\n  rank: 1\n  basis: Điều 74\n',
  'content/honorees/a.yaml': '- id: bao-ninh-thuan\n  name: Báo Ninh Thuận\n  type: tap-the\n',
  'content/articles/2021/tin.md':
    '---\ntitle: Tin\ndate: 2021-03-15\nkind: tin-tuc\nsummary: Tóm tắt\nawards:\n  - award: bk\n    year: 2020\n    recipients: [bao-ninh-thuan]\n---\n\nThân bài.\n',
};

describe('scripts/validate.ts', () => {
  it('exits 0 on valid content and prints the summary line', () => {
    const r = validate(tree(BASE));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^1 bài viết \(0 bản nháp\), 0 khối thi đua, 1 tập thể\/cá nhân, 1 loại khen thưởng, 1 lượt khen thưởng — 0 lỗi, 0 cảnh báo \(\d+\.\d s\)\n$/,
    );
  }, 60_000);

  it('exits 1 on errors, printing each problem, the count line and the summary', () => {
    const r = validate(
      tree({
        ...BASE,
        'content/articles/2021/tin.md': BASE['content/articles/2021/tin.md']
          .replace('recipients: [bao-ninh-thuan]', 'recipients: [bao-ninh]')
          .replace('kind: tin-tuc', 'kind: tin'),
      }),
    );
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      // Within one file, problems are ordered by line, then field name.
      '[lỗi] content/articles/2021/tin.md › awards[0].recipients[0]: không có tập thể hay cá nhân nào có id "bao-ninh" — thêm vào content/honorees/ hoặc sửa id',
      '[lỗi] content/articles/2021/tin.md › kind: nhận "tin", cần một trong: hoi-nghi, khen-thuong, phat-dong, tin-tuc',
      'Nội dung có 2 lỗi: sửa các lỗi trên rồi chạy lại.',
    ]);
    expect(lines[3]).toMatch(/ — 2 lỗi, 0 cảnh báo \(/);
  }, 60_000);

  it('exits 0 when there are only warnings', () => {
    const r = validate(tree({ ...BASE, 'content/articles/2021/ghi-chu.txt': 'x' }));
    expect(r.code).toBe(0);
    expect(r.out).toContain('[cảnh báo] content/articles/2021/ghi-chu.txt: ');
    expect(r.out).toContain('Không có lỗi, 1 cảnh báo.');
  }, 60_000);
});
