/**
 * `npm run import -- <file|folder>…`: saved pages of an old portal (HTML or
 * text, UTF-8 or a legacy Vietnamese encoding) → draft articles in
 * content/articles/<year>/, with a report of what to check and of the names
 * the data does not have. `--dry-run` prints the reports without writing.
 * Works on BANG_VANG_ROOT (default: the current directory). The logic is in
 * tools/editor/legacy-import.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, sortProblems } from '../src/lib/errors/problem.ts';
import { formatImportReport, importLegacyPage } from '../tools/editor/legacy-import.ts';
import { articleSlugs, projectRoot, writeNewFile } from '../tools/editor/workspace.ts';
import { readContent } from '../src/lib/source/read.ts';
import { validateContent } from '../src/lib/source/validate.ts';
import { todayInVietnam } from '../src/lib/text/dates.ts';

const USAGE =
  'Cách dùng: npm run import -- <tệp hoặc thư mục>… [--dry-run]   (tệp .html, .htm hoặc .txt đã lưu từ cổng cũ)';
const PAGE_FILE = /\.(?:html?|xhtml|txt|aspx|php)$/i;

/** The page files named on the command line: files as given, folders' page files (with subfolders) in name order. */
function pageFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    if (!fs.existsSync(abs)) missing.push(arg);
    else if (fs.statSync(abs).isDirectory()) {
      // Browsers save a page's images and scripts in "<page>_files/": not pages.
      const found = (fs.readdirSync(abs, { recursive: true }) as string[])
        .filter((f) => PAGE_FILE.test(f) && !/_files[\\/]/i.test(f))
        .sort();
      files.push(...found.map((f) => path.join(abs, f)).filter((f) => fs.statSync(f).isFile()));
    } else files.push(abs);
  }
  return { files, missing };
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dryRun = args.includes('--dry-run');
  const targets = args.filter((a) => !a.startsWith('--'));
  if (!targets.length || args.includes('--help')) {
    console.log(USAGE);
    return targets.length ? 0 : 1;
  }
  const root = projectRoot();
  const { files, missing } = pageFiles(targets);
  for (const m of missing) console.error(`Lỗi: không tìm thấy ${m}`);
  if (!files.length) {
    console.error(`Không có tệp nào để nhập.\n${USAGE}`);
    return 1;
  }
  const { set } = readContent(root);
  const taken = articleSlugs(root);
  const today = todayInVietnam();
  const written: string[] = [];
  let failed = missing.length;
  for (const file of files) {
    const result = importLegacyPage(fs.readFileSync(file), path.basename(file), {
      today,
      taken,
      honorees: set.honorees,
      blocs: set.blocs,
    });
    if (!result.ok) {
      console.error(`✘ ${path.relative(process.cwd(), file) || file}: ${result.message}`);
      failed++;
      continue;
    }
    if (!dryRun && !writeNewFile(root, result.path, result.text)) {
      console.error(`✘ ${result.path} đã có — không ghi đè`);
      failed++;
      continue;
    }
    taken.add(result.slug);
    written.push(result.path);
    console.log(`${formatImportReport(result.path, result.report)}\n`);
  }
  let errors = 0;
  if (written.length && !dryRun) {
    // The drafts are checked like any article: show what the check says about them.
    const mine = validateContent(root).problems.filter((p) => written.includes(p.file));
    errors = mine.filter((p) => p.severity === 'error').length;
    for (const p of sortProblems(mine)) console.log(formatProblem(p));
  }
  const verb = dryRun ? 'Sẽ nhập' : 'Đã nhập';
  console.log(
    `${verb} ${written.length} bài (bản nháp)${failed ? `, ${failed} tệp không nhập được` : ''}${errors ? `, ${errors} lỗi cần sửa` : ''}. Chạy npm run validate để kiểm tra toàn bộ nội dung.`,
  );
  return failed || errors ? 1 : 0;
}

process.exitCode = main();
