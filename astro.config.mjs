// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { readSiteSettings } from './src/lib/source/site-settings.ts';
import { normalizeBase } from './src/lib/routing/paths.ts';
import { articleHastPlugin } from './src/integrations/markdown-plugin.ts';
import bangVang from './src/integrations/bang-vang.ts';
import cms from './src/integrations/cms.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = readSiteSettings(root);

// Sub-path deployment: BASE_PATH=/tdkt/ (or the path part of base_url in content/site.yaml).
const base = normalizeBase(process.env.BASE_PATH ?? settings.basePath);

export default defineConfig({
  site: settings.origin,
  base,
  trailingSlash: 'always',
  // Pages are written 8 at a time: rendering one at a time leaves the CPU idle while files are written.
  // Stylesheets always as files: the CSP (public/_headers) has no 'unsafe-inline' for styles, and
  // Astro would inline page styles under 4 KB (the search page's).
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // Two pages on one URL is an error, never a warning.
  prerenderConflictBehavior: 'error',
  // Lossless whitespace collapsing: 'jsx' would drop the spaces between inline elements.
  compressHTML: true,
  // Images in articles: responsive srcset at these widths (see src/lib/images/policy.ts).
  image: { layout: 'constrained', responsiveStyles: false, breakpoints: [400, 720, 1080, 1440] },
  markdown: {
    processor: satteri({ hastPlugins: [articleHastPlugin(base)], features: { rawHtml: true } }),
  },
  integrations: [bangVang(), mdx(), cms()],
  vite: {
    resolve: { alias: { '@components': fileURLToPath(new URL('./src/components', import.meta.url)) } },
  },
});
