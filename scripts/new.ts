/**
 * `npm run new -- <kind> "<title>"`: a new draft article with every field
 * commented, in content/articles/<year>/<slug>.md. Without arguments it asks
 * for the kind and the title. Works on BANG_VANG_ROOT (default: the current
 * directory). The logic is in tools/editor/scaffold.ts.
 */
import readline from 'node:readline';
import { ARTICLE_KINDS, KIND_LABELS } from '../src/lib/domain/vocabulary.ts';
import { KIND_HELP, parseKind, scaffoldArticle, titleProblem } from '../tools/editor/scaffold.ts';
import { articleSlugs, projectRoot, writeNewFile } from '../tools/editor/workspace.ts';
import { todayInVietnam } from '../src/lib/text/dates.ts';

const USAGE = 'Cách dùng: npm run new -- <chuyên mục> "<tiêu đề>"   (hoặc npm run new để trả lời từng câu hỏi)';

/** Ask for what the command line did not give, one line of stdin per answer (works with a pipe too). */
async function ask(
  kind: string | undefined,
  title: string | undefined,
): Promise<{ kind: string; title: string } | undefined> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const question = async (prompt: string): Promise<string | undefined> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) return undefined;
    if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`); // answers from a pipe: show them
    return String(next.value);
  };
  try {
    if (kind === undefined) {
      console.log('Chuyên mục của bài:');
      ARTICLE_KINDS.forEach((k, i) => console.log(`  ${i + 1}. ${k} — ${KIND_LABELS[k]}: ${KIND_HELP[k]}`));
      for (;;) {
        const answer = await question('Chọn số hoặc tên chuyên mục: ');
        if (answer === undefined) return undefined;
        if (parseKind(answer)) {
          kind = answer;
          break;
        }
        console.log(
          `  "${answer.trim()}" không phải chuyên mục — nhập 1–${ARTICLE_KINDS.length} hoặc một trong: ${ARTICLE_KINDS.join(', ')}`,
        );
      }
    }
    if (title === undefined) {
      for (;;) {
        const answer = await question('Tiêu đề bài viết: ');
        if (answer === undefined) return undefined;
        const problem = titleProblem(answer);
        if (!problem) {
          title = answer;
          break;
        }
        console.log(`  ${problem}`);
      }
    }
    return { kind, title };
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let kind = args[0];
  let title = args.length > 1 ? args.slice(1).join(' ') : undefined;
  if (kind === undefined || title === undefined) {
    const answers = await ask(kind, title);
    if (!answers) {
      console.error(`\nĐã dừng: chưa đủ chuyên mục và tiêu đề.\n${USAGE}`);
      return 1;
    }
    ({ kind, title } = answers);
  }
  const root = projectRoot();
  const result = scaffoldArticle({ kind, title, date: todayInVietnam(), taken: articleSlugs(root) });
  if (!result.ok) {
    console.error(`Lỗi: ${result.message}\n${USAGE}`);
    return 1;
  }
  if (!writeNewFile(root, result.path, result.text)) {
    console.error(`Lỗi: tệp ${result.path} đã có — không ghi đè`);
    return 1;
  }
  console.log(`Đã tạo ${result.path} (bản nháp)`);
  console.log('Mở tệp, viết bài, rồi chạy npm run validate. Xoá dòng "draft: true" khi bài sẵn sàng đăng.');
  return 0;
}

process.exitCode = await main();
