/**
 * `npm run validate [-- --watch]`: every content check of the build, without
 * rendering. Prints every problem, then one summary line; exits 1 on errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatReport } from '../src/lib/errors/problem.ts';
import { summaryLine, validateContent } from '../src/lib/source/validate.ts';

const root = path.resolve(process.env.BANG_VANG_ROOT ?? process.cwd());
const watch = process.argv.includes('--watch');

function run(): number {
  const started = performance.now();
  const v = validateContent(root);
  if (v.problems.length) console.log(formatReport(v.problems));
  console.log(summaryLine(v, performance.now() - started));
  return v.errors ? 1 : 0;
}

if (!watch) {
  process.exitCode = run();
} else {
  run();
  let timer: NodeJS.Timeout | undefined;
  console.log('Đang theo dõi content/ — lưu tệp để kiểm tra lại, Ctrl+C để dừng.');
  fs.watch(path.join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} —`);
      run();
    }, 200);
  });
}
