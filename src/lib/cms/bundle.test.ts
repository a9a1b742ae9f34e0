import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleError, outsideAddresses, patchBundle } from './bundle.ts';

const BUNDLE = path.join(process.cwd(), 'node_modules', '@sveltia', 'cms', 'dist', 'sveltia-cms.js');

describe('the CMS bundle, rewritten to load nothing from elsewhere', () => {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const out = patchBundle(source, { admin: '/tdkt/admin/' });

  it('asks its own site for UI strings, the version, the fonts and the status', () => {
    expect(out).toMatch(/="\/tdkt\/admin\/locales"/);
    expect(out).toMatch(/="\/tdkt\/admin\/version\.json"/);
    expect(out).toMatch(/="\/tdkt\/admin\/status\.json"/);
    expect(out).toContain('url(/tdkt/admin/fonts/source-sans-3-latin-wght-normal.woff2)');
    expect(out).toContain('url(/tdkt/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)');
    expect(out).not.toContain('cdn.jsdelivr.net');
  });

  it('keeps only on-demand addresses (code highlighting, maps, a link to the status page), which the CSP blocks', () => {
    expect(outsideAddresses(source).length).toBeGreaterThan(outsideAddresses(out).length);
    for (const u of outsideAddresses(out))
      expect(u).toMatch(
        /^https:\/\/(unpkg\.com\/(@shikijs|@sveltia\/ui|@sveltia\/cms|\$\{e\})|www\.githubstatus\.com\/$)/,
      );
  });

  it('folds đ to d in its search, as the site search does', () => {
    const fold =
      /([\w$]+)=([\w$]+)=>\(\2=\2\.trim\(\),\2\?\2\.normalize\(`NFD`\)\.replace\(\/\\p\{Diacritic\}\/gu,``\)\.toLocaleLowerCase\(\)\.replace\(\/đ\/g,`d`\):``\)/.exec(
        out,
      );
    expect(fold).not.toBeNull();
    // The one folding function, cut out of the bundle, run on a name.
    const f = new Function(`return (${fold![0].slice(fold![1]!.length + 1)})`)() as (s: string) => string;
    expect(f('Đàng Thị Mỹ Hạnh')).toBe('dang thi my hanh');
  });

  it('stops the build, naming what moved, when a new CMS version no longer matches', () => {
    expect(() => patchBundle('var x=1;', { admin: '/admin/' })).toThrow(BundleError);
    expect(() => patchBundle('var x=1;', { admin: '/admin/' })).toThrow(/UI strings[\s\S]*update check[\s\S]*phông/);
  });
});
