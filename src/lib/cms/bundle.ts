/**
 * Sveltia CMS as published on npm loads, at start, from public CDNs: its own
 * package.json (an update check, every hour), its UI strings for a non-English
 * browser (locales/vi.json, retried in a loop when blocked), three fonts and,
 * with the GitHub backend, githubstatus.com. It has no option to change those
 * addresses, so the build rewrites them to files served from /admin/ itself.
 * Each rewrite must match exactly once: a new CMS version that moved a string
 * stops the build with a message, never ships a bundle that calls out.
 *
 * Libraries it imports on demand from unpkg.com (immutable, for preview
 * templates) are served from /admin/vendor/<name>@<version>/ (the integration
 * copies those the editor uses; others, like the map library, stay blocked).
 *
 * One more rewrite adds "đ → d" to the CMS's search folding (it strips
 * diacritics by Unicode decomposition, which leaves đ), so a name typed
 * without diacritics finds "Đàng Thị Mỹ Hạnh".
 */

export interface BundlePaths {
  /** Where the admin files are served, ending with `/`: `/admin/` or `/tdkt/admin/`. */
  admin: string;
}

/** Fonts the CMS declares, and the local files (from @fontsource-variable packages) that replace them. */
export const FONT_FILES: { cdn: RegExp; file: string; from: string }[] = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'source-sans-3-latin-wght-normal.woff2',
    from: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
    from: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
];

interface Rewrite {
  what: string;
  pattern: RegExp;
  replace: (paths: BundlePaths) => string | ((...m: string[]) => string);
}

const REWRITES: Rewrite[] = [
  {
    what: 'UI strings (locales/<lang>.json)',
    pattern: /(\w+)=`\$\{\w+\}@\$\{\w+\}\/locales`/g,
    replace: (p) => (_m: string, name: string) => `${name}=${JSON.stringify(`${p.admin}locales`)}`,
  },
  {
    what: 'update check (package.json)',
    pattern: /(\w+)=`\$\{\w+\}\/package\.json`/g,
    replace: (p) => (_m: string, name: string) => `${name}=${JSON.stringify(`${p.admin}version.json`)}`,
  },
  {
    what: 'libraries loaded on demand (immutable for preview templates)',
    pattern: /`https:\/\/unpkg\.com\/\$\{(\w+)\}`/g,
    replace: (p) => (_m: string, name: string) => `\`${p.admin}vendor/\${${name}}\``,
  },
  {
    what: 'GitHub status check (githubstatus.com)',
    pattern: /`https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json`/g,
    replace: (p) => JSON.stringify(`${p.admin}status.json`),
  },
  {
    what: 'search folding, list boxes',
    pattern:
      /([\w$]+)=([\w$]+)=>\(\2=\2\.trim\(\),\2\?\2\.normalize\(`NFD`\)\.replace\(([\w$]+),``\)\.toLocaleLowerCase\(\):``\)/g,
    replace: () => (m: string) => m.replace('.toLocaleLowerCase()', '.toLocaleLowerCase().replace(/đ/g,`d`)'),
  },
  {
    what: 'search folding, entries and relations',
    pattern:
      /([\w$]+)=([\w$]+)=>\(\2=\2\.trim\(\),\2\?\2\.normalize\(`NFD`\)\.replace\(\/\\p\{Diacritic\}\/gu,``\)\.toLocaleLowerCase\(\):``\)/g,
    replace: () => (m: string) => m.replace('.toLocaleLowerCase()', '.toLocaleLowerCase().replace(/đ/g,`d`)'),
  },
];

export class BundleError extends Error {}

/** The bundle with every outside address rewritten; throws BundleError naming what no longer matches. */
export function patchBundle(source: string, paths: BundlePaths): string {
  let out = source;
  const missing: string[] = [];
  for (const r of REWRITES) {
    const count = out.match(r.pattern)?.length ?? 0;
    if (count !== 1) {
      missing.push(`${r.what}: ${count} chỗ khớp (cần đúng 1)`);
      continue;
    }
    const replacement = r.replace(paths);
    out =
      typeof replacement === 'string'
        ? out.replace(r.pattern, () => replacement)
        : out.replace(r.pattern, replacement as (...m: string[]) => string);
  }
  for (const f of FONT_FILES) {
    const count = out.match(f.cdn)?.length ?? 0;
    if (count !== 1) missing.push(`phông ${f.file}: ${count} chỗ khớp (cần đúng 1)`);
    else out = out.replace(f.cdn, `${paths.admin}fonts/${f.file}`);
  }
  // Noto Mono (code blocks only): no local copy; the browser's monospace font is used.
  out = out.replace(
    /src:url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/[\w-]+\.woff2\)\s*format\('woff2'\);?/g,
    'src:local("Noto Mono");',
  );
  if (missing.length)
    throw new BundleError(
      `không sửa được gói Sveltia CMS để chạy không cần mạng ngoài — phiên bản mới đã đổi mã:\n  ${missing.join('\n  ')}\n  (xem src/lib/cms/bundle.ts)`,
    );
  return out;
}

/** Origins still named in a bundle (for tests and the build log): what remains is loaded only on demand, if ever. */
export function outsideAddresses(source: string): string[] {
  return [
    ...new Set(source.match(/https:\/\/(?:cdn\.jsdelivr\.net|unpkg\.com|www\.githubstatus\.com)[^`"'\s)]*/g) ?? []),
  ];
}
