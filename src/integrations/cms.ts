/**
 * The web editor at /admin/: Sveltia CMS from node_modules (never committed,
 * never from a CDN), its configuration generated from the zod schemas and the
 * content just validated, its UI strings, fonts and preview style served from
 * the site. Written after the pages, into dist/admin/; not a page, so never in
 * the sitemap or the search index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { generateConfig, type CmsBackend } from '../lib/cms/config.ts';
import { FONT_FILES, patchBundle } from '../lib/cms/bundle.ts';
import { adminHeadersBlock } from '../lib/cms/headers.ts';
import { previewScript } from '../lib/cms/preview.ts';
import { validateOnce } from '../lib/source/validate.ts';

/** Backend from the environment (docs/deployment.md): CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_API_ROOT, CMS_BASE_URL, CMS_APP_ID. */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = (env.CMS_BACKEND ?? 'github') as CmsBackend['name'];
  if (!['github', 'gitlab', 'gitea'].includes(name))
    throw new Error(`CMS_BACKEND="${name}" không được hỗ trợ — cần github, gitlab hoặc gitea (Gitea, Forgejo)`);
  const backend: CmsBackend = { name, repo: env.CMS_REPO ?? 'co-quan/bang-vang', branch: env.CMS_BRANCH ?? 'main' };
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  return backend;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function adminHtml(siteName: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Biên tập — ${escapeHtml(siteName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<script src="vi.js"></script>
</head>
<body>
<noscript>Trình biên tập cần JavaScript. Bạn vẫn có thể sửa nội dung bằng trình soạn thảo văn bản (xem docs/huong-dan-bien-tap.md).</noscript>
<script src="sveltia-cms.js"></script>
<script src="preview.js"></script>
</body>
</html>
`;
}

/** Before the CMS starts: its interface in Vietnamese unless the editor chose another language. */
const VI_JS = `try {
  var key = 'sveltia-cms.prefs';
  var prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) { prefs.locale = 'vi'; localStorage.setItem(key, JSON.stringify(prefs)); }
} catch (e) {}
`;

const PREVIEW_CSS = `/* Preview pane: the site's reading column (the site's own stylesheet does the rest). */
body { margin: 0; padding: 1rem 1.25rem; }
main { max-width: 44rem; margin: 0 auto; }
`;

export default function cms(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'bang-vang-cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = path.join(fileURLToPath(dir), 'admin');
        // <base>admin/ belongs to the editor: a page or an alias (aliases: [/admin/]) there would be overwritten.
        if (fs.existsSync(out))
          throw new Error(
            `${base}admin/ dành cho trình biên tập trên web, nhưng bản dựng đã có trang ở đó — bỏ địa chỉ này khỏi "aliases" của bài viết`,
          );
        fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
        const admin = `${base}admin/`;
        const v = validateOnce(root);
        const set = v.set;

        // The CMS bundle, rewritten to load nothing from elsewhere, and its lazily loaded chunk.
        const modules = path.join(root, 'node_modules');
        const pkgDir = path.join(modules, '@sveltia', 'cms');
        const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version as string;
        const bundle = fs.readFileSync(path.join(pkgDir, 'dist', 'sveltia-cms.js'), 'utf8');
        fs.writeFileSync(
          path.join(out, 'sveltia-cms.js'),
          patchBundle(bundle, { admin }).replace(/\n\/\/# sourceMappingURL=.*$/, ''),
        );
        fs.mkdirSync(path.join(out, 'chunks'));
        for (const f of fs.readdirSync(path.join(pkgDir, 'dist', 'chunks')).filter((f) => f.endsWith('.js')))
          fs.writeFileSync(
            path.join(out, 'chunks', f),
            fs.readFileSync(path.join(pkgDir, 'dist', 'chunks', f), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, ''),
          );
        fs.cpSync(path.join(pkgDir, 'locales'), path.join(out, 'locales'), { recursive: true });
        // Libraries the CMS imports on demand, at the version its package.json names: immutable (preview templates).
        const deps = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).dependencies as Record<
          string,
          string
        >;
        for (const lib of ['immutable']) {
          const dist = path.join(out, 'vendor', `${lib}@${deps[lib]!.replace(/^\D/, '')}`, 'dist');
          fs.mkdirSync(dist, { recursive: true });
          const from = path.join(modules, lib, 'dist');
          for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.js')))
            fs.copyFileSync(path.join(from, file), path.join(dist, file));
        }
        for (const f of FONT_FILES) fs.copyFileSync(path.join(modules, f.from), path.join(out, 'fonts', f.file));
        // Answers to the update check (same version: no banner) and the status check (no incident).
        fs.writeFileSync(path.join(out, 'version.json'), `${JSON.stringify({ version })}\n`);
        fs.writeFileSync(path.join(out, 'status.json'), `${JSON.stringify({ status: { indicator: 'none' } })}\n`);

        // The configuration, from the schemas and the content just validated.
        const backend = backendFromEnv(process.env);
        const config = generateConfig({
          backend,
          base,
          siteUrl: set.site?.base_url,
          awardTypes: set.awardTypes,
          honorees: set.honorees,
          blocs: set.blocs,
        });
        fs.writeFileSync(
          path.join(out, 'config.yml'),
          `# Tạo tự động khi dựng trang (src/lib/cms/config.ts) từ src/schemas — đừng sửa tay.\n${stringify(config, { lineWidth: 0 })}`,
        );

        // The preview uses the site's own stylesheet (whatever file name the build gave it).
        const home = fs.existsSync(path.join(fileURLToPath(dir), 'index.html'))
          ? fs.readFileSync(path.join(fileURLToPath(dir), 'index.html'), 'utf8')
          : '';
        const sheets = [...home.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
        fs.writeFileSync(
          path.join(out, 'preview.js'),
          previewScript({
            stylesheets: sheets,
            awardNames: Object.fromEntries(set.awardTypes.map((t) => [t.id, t.name])),
            honoreeNames: Object.fromEntries(set.honorees.map((h) => [h.id, h.name])),
          }),
        );
        fs.writeFileSync(path.join(out, 'preview.css'), PREVIEW_CSS);
        fs.writeFileSync(path.join(out, 'vi.js'), VI_JS);
        fs.writeFileSync(path.join(out, 'index.html'), adminHtml(set.site?.name ?? 'Bảng Vàng'));
        // Its own headers, after the site's (hosts that read _headers: Cloudflare Pages; nginx: docs/deployment.md).
        const headers = path.join(fileURLToPath(dir), '_headers');
        if (fs.existsSync(headers)) fs.appendFileSync(headers, adminHeadersBlock(base, backend));
        logger.info(
          `trình biên tập /admin/ (Sveltia CMS ${version}) trong ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
