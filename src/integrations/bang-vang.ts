/**
 * The build's guard: validates all content before Astro loads any of it (so a
 * bad file stops the build with our messages, naming file and field); writes
 * the search index while the pages render; after the build checks that every
 * published article has its page and no draft has one, writes file aliases,
 * strips image metadata and moves the search index into dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem, type Problem } from '../lib/errors/problem.ts';
import { validateOnce } from '../lib/source/validate.ts';
import { rememberFiles } from '../lib/source/read.ts';
import { absoluteUrl, paths, withBase } from '../lib/routing/paths.ts';
import { aliasFile, isFileAlias, redirectHtml } from '../lib/routing/redirects.ts';
import { portalOf } from '../lib/domain/portal.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { type IndexStats, writeQuickIndex, writeSearchIndex } from './search-index.ts';
import { publishedImages, stripImageMetadata } from './image-privacy.ts';
import { timingsRecorder } from './timings.ts';
import { refreshOnStoreWrite } from './dev-content-refresh.ts';
import { buildShard, ownsPath } from '../lib/routing/shard.ts';

/**
 * Content with errors: the report (every problem, then the count) is the last
 * thing the editor reads, not a stack trace of this integration. The build
 * exits non-zero right after printing it. Set BANG_VANG_THROW=1 to get the
 * ContentError thrown instead (for tools that run Astro in-process).
 */
function refuse(problems: Problem[], exit: boolean): never {
  const error = new ContentError(problems);
  // `astro dev` keeps running and shows the error; only a build ends here.
  if (!exit || process.env.BANG_VANG_THROW) throw error;
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
}

export default function bangVang(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let origin: string | undefined;
  // The search index is built from the content model, not from pages, so it is written while Astro
  // renders (Pagefind's own process uses the second core), into a folder moved into dist/ at the end.
  let searchIndex: Promise<IndexStats & { records: SearchRecord[]; ms: number }> | undefined;
  let searchDir = '';
  // BANG_VANG_TIMINGS=<file>: the build's phases as JSON for `npm run bench` (nothing is written otherwise).
  const timings = timingsRecorder(process.env.BANG_VANG_TIMINGS);
  const startSearchIndex = () => {
    const v = validateOnce(root);
    searchDir = path.join(root, 'node_modules', '.astro', 'pagefind-next');
    fs.rmSync(searchDir, { recursive: true, force: true });
    const started = performance.now();
    const records = searchRecords(portalOf(v.set));
    timings.mark('searchRecords');
    searchIndex = writeSearchIndex(records, searchDir).then((r) => {
      // The search page's first stage, beside Pagefind's files (docs/search.md, "First stage").
      writeQuickIndex(records, searchDir);
      timings.mark('searchWritten');
      return { ...r, records, ms: performance.now() - started };
    });
    // Failures surface when awaited in astro:build:done; keep Node from reporting them as unhandled meanwhile.
    searchIndex.catch(() => undefined);
  };
  return {
    name: 'bang-vang',
    hooks: {
      'astro:config:setup': ({ config, command, logger, addWatchFile }) => {
        timings.mark('setupStart');
        root = fileURLToPath(config.root);
        base = config.base;
        origin = config.site ? new URL(config.site).origin : undefined;
        // `astro dev` reads content again after each save: only changed files are parsed again.
        if (command === 'dev') rememberFiles();
        const v = validateOnce(root, true);
        if (v.errors) refuse(v.problems, command === 'build');
        for (const p of v.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
        timings.mark('validated');
        logger.info(`nội dung hợp lệ: ${v.set.articles.length} bài viết, ${v.set.honorees.length} tập thể/cá nhân`);
        addWatchFile(path.join(root, 'content', 'site.yaml'));
      },
      'astro:server:setup': ({ server }) => {
        refreshOnStoreWrite(server, root);
      },
      'astro:build:start': () => {
        timings.mark('buildStart');
        // A sharded build (BANG_VANG_SHARD, docs/scale.md): the search index comes from the content, so shard 1 writes all of it.
        if ((buildShard()?.index ?? 1) === 1) startSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        timings.mark('buildDone');
        const out = fileURLToPath(dir);
        const v = validateOnce(root);
        const shard = buildShard();
        // What the build wrote, listed once (92,000 pages at N = 10,000: one walk instead of a check per page).
        const built = new Set(fs.readdirSync(out, { recursive: true }) as string[]);
        const hasPage = (url: string) => built.has(path.join(url, 'index.html').replace(/^[/\\]+/, ''));
        const published = v.set.articles.filter((a) => !a.draft);
        const missing = published.filter(
          (a) => ownsPath(paths.article(a.slug), shard) && !hasPage(paths.article(a.slug)),
        );
        const drafts = v.set.articles.filter((a) => a.draft && hasPage(paths.article(a.slug)));
        if (missing.length || drafts.length) {
          throw new Error(
            [
              ...missing.map((a) => `${a.file}: bài không có trang ${paths.article(a.slug)} trong bản dựng`),
              ...drafts.map((a) => `${a.file}: bản nháp lại có trang ${paths.article(a.slug)}`),
            ].join('\n'),
          );
        }
        timings.mark('articlesChecked');
        logger.info(
          `${published.length} bài viết đã đăng, mỗi bài một trang${shard ? ` (phần ${shard.index}/${shard.count}: ${published.filter((a) => ownsPath(paths.article(a.slug), shard)).length} trang)` : ''}`,
        );

        // Aliases with an extension (/tin/123.html) are files, which a page route cannot make.
        const siteOrigin = origin ?? new URL(v.set.site!.base_url).origin;
        for (const a of published) {
          for (const alias of (a.aliases ?? []).filter(isFileAlias)) {
            const file = path.resolve(out, aliasFile(alias));
            // Never outside dist/, never over a file the build made (the schema already refuses ".." segments).
            if (path.relative(out, file).startsWith('..') || fs.existsSync(file))
              throw new Error(`${a.file} › aliases: "${alias}" trùng một tệp của bản dựng — chọn đường dẫn cũ khác`);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(
              file,
              redirectHtml({
                target: withBase(paths.article(a.slug), base),
                canonical: absoluteUrl(paths.article(a.slug), siteOrigin, base),
                title: a.title,
              }),
            );
          }
        }

        timings.mark('aliasesWritten');
        const images = publishedImages(out, [...built]);
        const stripped = await stripImageMetadata(
          out,
          path.join(root, 'node_modules', '.astro', 'assets-stripped'),
          images,
        );
        const imageFiles = images.length;
        timings.mark('imagesChecked');
        logger.info(
          `ảnh: ${imageFiles} tệp, không tệp nào mang EXIF/GPS${stripped.length ? ` (${stripped.length} ảnh gốc đã được xoá siêu dữ liệu)` : ''}`,
        );

        if (shard && shard.index !== 1) {
          logger.info(`phần ${shard.index}/${shard.count}: chỉ mục tìm kiếm do phần 1 tạo`);
          return;
        }
        // Search: every record must point at a page that exists (in a sharded build: one this shard made;
        // the merge checks the rest), and all must be indexed.
        if (!searchIndex) throw new Error('chỉ mục tìm kiếm chưa được tạo (astro:build:start không chạy)');
        const waitStarted = performance.now();
        const { pages, records, ms, addMs, writeMs, parts, mergeMs } = await searchIndex;
        const waited = performance.now() - waitStarted;
        const noPage = records.filter((r) => ownsPath(r.url, shard) && !hasPage(r.url));
        if (noPage.length)
          throw new Error(
            `Trang cần tìm kiếm được nhưng không có trong bản dựng:\n${noPage.map((r) => r.url).join('\n')}`,
          );
        fs.rmSync(path.join(out, 'pagefind'), { recursive: true, force: true });
        try {
          fs.renameSync(path.join(searchDir, 'pagefind'), path.join(out, 'pagefind'));
        } catch {
          // dist/ on another file system than node_modules/: copy instead.
          fs.cpSync(path.join(searchDir, 'pagefind'), path.join(out, 'pagefind'), { recursive: true });
        }
        fs.rmSync(searchDir, { recursive: true, force: true });
        timings.mark('searchDone');
        timings.write({
          articles: published.length,
          imageFiles,
          imagesStripped: stripped.length,
          search: { pages, records: records.length, ms, addMs, writeMs, parts, mergeMs, waitedMs: waited },
        });
        const s = (t: number) => `${(t / 1000).toFixed(1)} s`;
        logger.info(
          `chỉ mục tìm kiếm: ${pages} trang (${records.length} cần có) trong ${s(ms)} song song với dựng trang (nạp ${s(addMs)}, ghi ${s(writeMs)}${parts > 1 ? `; ${parts} phần, gộp ${s(mergeMs)}` : ''}; chờ thêm ${s(waited)})`,
        );
      },
    },
  };
}
