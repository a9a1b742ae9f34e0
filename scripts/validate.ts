/**
 * `npm run validate [-- --watch] [-- --format=github]`: every content check of the build, without
 * rendering. Prints every problem, then one summary line; exits 1 on errors. Under GitHub Actions
 * (or with `--format=github`) each problem is also written as an annotation, so a pull request shows
 * it on the file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, githubAnnotation } from '../src/lib/errors/problem.ts';
import { rememberFiles } from '../src/lib/source/read.ts';
import { summaryLine, validateContent } from '../src/lib/source/validate.ts';

const { values } = parseArgs({
  options: {
    watch: { type: 'boolean', default: false },
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
  },
});
const root = path.resolve(process.env.BANG_VANG_ROOT ?? process.cwd());

function run(): number {
  const started = performance.now();
  const v = validateContent(root);
  if (values.format === 'github') for (const p of v.problems) console.log(githubAnnotation(p));
  if (v.problems.length) console.log(formatReport(v.problems));
  console.log(summaryLine(v, performance.now() - started));
  return v.errors ? 1 : 0;
}

if (!values.watch) {
  process.exitCode = run();
} else {
  // After a save only the files whose text changed are parsed and checked again (read.ts).
  rememberFiles();
  run();
  let timer: NodeJS.Timeout | undefined;
  console.log('Đang theo dõi content/ — lưu tệp để kiểm tra lại, Ctrl+C để dừng.');
  fs.watch(path.join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} —`);
      run();
    }, 30);
  });
}
