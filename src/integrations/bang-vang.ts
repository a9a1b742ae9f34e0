/**
 * The build's guard: validates all content before Astro loads any of it (so a
 * bad file stops the build with our messages, naming file and field), and
 * checks the output after the build (every published article has its page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem } from '../lib/errors/problem.ts';
import { validateOnce } from '../lib/source/validate.ts';
import { paths } from '../lib/routing/paths.ts';
import { buildPortal } from '../lib/domain/portal.ts';
import { searchRecords } from '../lib/search/records.ts';
import { writeSearchIndex } from './search-index.ts';
import { publishedImages, stripImageMetadata } from './image-privacy.ts';

export default function bangVang(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bang-vang',
    hooks: {
      'astro:config:setup': ({ config, logger, addWatchFile }) => {
        root = fileURLToPath(config.root);
        const v = validateOnce(root, true);
        for (const p of v.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
        if (v.errors) throw new ContentError(v.problems);
        logger.info(`nội dung hợp lệ: ${v.set.articles.length} bài viết, ${v.set.honorees.length} tập thể/cá nhân`);
        addWatchFile(path.join(root, 'content', 'site.yaml'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const v = validateOnce(root);
        const published = v.set.articles.filter((a) => !a.draft);
        const missing = published.filter((a) => !fs.existsSync(path.join(out, paths.article(a.slug), 'index.html')));
        const drafts = v.set.articles.filter((a) => a.draft && fs.existsSync(path.join(out, paths.article(a.slug), 'index.html')));
        if (missing.length || drafts.length) {
          throw new Error([
            ...missing.map((a) => `${a.file}: bài không có trang ${paths.article(a.slug)} trong bản dựng`),
            ...drafts.map((a) => `${a.file}: bản nháp lại có trang ${paths.article(a.slug)}`),
          ].join('\n'));
        }
        logger.info(`${published.length} bài viết đã đăng, mỗi bài một trang`);

        const stripped = await stripImageMetadata(out);
        logger.info(`ảnh: ${publishedImages(out).length} tệp, không tệp nào mang EXIF/GPS${stripped.length ? ` (${stripped.length} ảnh gốc đã được xoá siêu dữ liệu)` : ''}`);

        // Search: every record must point at a page that exists, and all must be indexed.
        const records = searchRecords(buildPortal(v.set));
        const noPage = records.filter((r) => !fs.existsSync(path.join(out, r.url, 'index.html')));
        if (noPage.length) throw new Error(`Trang cần tìm kiếm được nhưng không có trong bản dựng:\n${noPage.map((r) => r.url).join('\n')}`);
        const started = performance.now();
        const { pages } = await writeSearchIndex(records, out);
        logger.info(`chỉ mục tìm kiếm: ${pages} trang (${records.length} cần có) trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
