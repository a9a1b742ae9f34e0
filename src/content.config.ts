/**
 * Content collections. Thin on purpose: every file is read, normalised and
 * validated by src/lib/source (the same code `npm run validate` runs), and the
 * loaders below only hand Astro what it must render or resolve: article bodies
 * and covers, bloc descriptions, the site's logo. Everything else the pages
 * read from the Portal of the validated content (src/data/portal.ts). Each loader clears its store
 * first (articles: keeps unchanged entries, deletes the rest), so a deleted
 * file or a new draft never survives in Astro's cache.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './lib/errors/problem.ts';
import { validateOnce } from './lib/source/validate.ts';
import { sanitizeHtml } from './lib/markdown/sanitize.ts';
import type { ContentSet } from './lib/domain/types.ts';
import { blocSchema } from './schemas/bloc.ts';
import { siteSchema } from './schemas/site.ts';

/** When content/ last changed in `astro dev` (0 in a build): loaders re-validate after it. */
const CHANGED = Symbol.for('bang-vang.content-changed');
/** Counts the loaders' (re)loads: src/data/portal.ts rebuilds its Portal when it moved (`astro dev`). */
const LOADED = Symbol.for('bang-vang.content-loaded');
const g = globalThis as unknown as Record<symbol, number | undefined>;
let validatedAt = 0;
/** Loaders already listening, per watcher: `load()` runs again on every change, the listener must not. */
const watching = new WeakMap<object, Set<string>>();

function contentOf(ctx: LoaderContext): ContentSet {
  const root = fileURLToPath(ctx.config.root);
  const changed = g[CHANGED] ?? 0;
  const v = validateOnce(root, changed > validatedAt);
  validatedAt = Math.max(validatedAt, changed);
  if (v.errors) throw new ContentError(v.problems);
  return v.set;
}

/** One stamp per file event: the loaders' listeners run in one tick and share it, so content is validated once. */
let stampOfThisTick = 0;
function changeStamp(): number {
  if (!stampOfThisTick) {
    stampOfThisTick = Date.now();
    queueMicrotask(() => {
      stampOfThisTick = 0;
    });
  }
  return stampOfThisTick;
}

/**
 * A loader over the validated content. In `astro dev` it reloads when a file
 * under content/ changes; content with errors is reported and the last good
 * content stays on screen.
 */
function loader(
  name: string,
  fill: (set: ContentSet, ctx: LoaderContext) => void | Promise<void>,
  clear = true,
): Loader {
  return {
    name,
    load: async (ctx) => {
      const reload = async () => {
        const set = contentOf(ctx);
        if (clear) ctx.store.clear();
        await fill(set, ctx);
        g[LOADED] = (g[LOADED] ?? 0) + 1;
      };
      await reload();
      if (!ctx.watcher) return;
      const names = watching.get(ctx.watcher) ?? new Set<string>();
      if (names.has(name)) return;
      watching.set(ctx.watcher, names.add(name));
      const contentDir = path.join(fileURLToPath(ctx.config.root), 'content');
      ctx.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir)) return;
        g[CHANGED] = changeStamp();
        reload().catch((error: unknown) => ctx.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) ctx.watcher.on(event, onChange);
    },
  };
}

/** Rendered markdown through the one allowlist sanitiser (lib/markdown/sanitize.ts), as finished HTML. */
function safe<T extends { html: string }>(rendered: T): T {
  return { ...rendered, html: sanitizeHtml(rendered.html) };
}

/**
 * Articles: data from our reader. A markdown body is rendered here, once, from
 * the normalised text (so no per-article module reaches the bundle); an MDX
 * body is compiled by Astro from its file. parseData resolves the cover to an
 * image Astro optimises. Unchanged entries (same digest) are kept as they are,
 * and entries whose file is gone are deleted.
 */
const articles = defineCollection({
  loader: loader(
    'articles',
    async (set, { store, generateDigest, parseData, renderMarkdown, config }) => {
      const root = fileURLToPath(config.root);
      const seen = new Set<string>();
      for (const a of set.articles) {
        if (a.draft) continue; // validated like any article, but never rendered or published
        const { body } = a;
        // Pages read an article from the Portal (src/data/portal.ts); the store holds only what Astro must
        // resolve (the cover image) and what identifies the entry: 10,000 articles' award lists copied into
        // the store and its cache were seconds of serialising and hundreds of MB for nothing (issue 16).
        const stored = { slug: a.slug, title: a.title, date: a.date, ...(a.cover ? { cover: a.cover } : {}) };
        // The entry depends on these alone (the body is rendered relative to its file).
        const digest = generateDigest(`${a.file}\n${a.format}\n${JSON.stringify(stored)}\n${body}`);
        seen.add(a.slug);
        const existing = store.get(a.slug);
        if (existing && existing.digest === digest) {
          if (existing.deferredRender) store.addModuleImport(existing.filePath!);
          // Setting the entry again registers its images with this build (the loader API has no other way).
          if (existing.assetImports?.length) {
            store.delete(a.slug);
            store.set(existing);
          }
          continue;
        }
        const data = await parseData({ id: a.slug, data: stored, filePath: a.file });
        if (a.format === 'mdx') {
          store.set({ id: a.slug, data, filePath: a.file, deferredRender: true, digest });
        } else {
          const rendered = safe(await renderMarkdown(body, { fileURL: pathToFileURL(path.join(root, a.file)) }));
          store.set({
            id: a.slug,
            data,
            filePath: a.file,
            digest,
            rendered,
            assetImports: rendered.metadata?.imagePaths as string[] | undefined,
          });
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
    false,
  ),
  schema: ({ image }) =>
    z.looseObject({
      slug: z.string(),
      title: z.string(),
      date: z.string(),
      draft: z.boolean().optional(),
      cover: z.object({ src: image(), alt: z.string(), caption: z.string().optional() }).optional(),
    }),
});

const blocs = defineCollection({
  loader: loader('blocs', async (set, { store, renderMarkdown }) => {
    for (const b of set.blocs) {
      const rendered = b.description ? safe(await renderMarkdown(b.description)) : undefined;
      store.set({ id: b.id, data: { ...b }, filePath: b.file, rendered });
    }
  }),
  schema: blocSchema.extend({ id: z.string(), file: z.string() }),
});

const site = defineCollection({
  loader: loader('site', async (set, { store, parseData }) => {
    if (!set.site) return;
    // parseData resolves the logo (relative to site.yaml) to an image Astro optimises.
    const data = await parseData({ id: 'site', data: { ...set.site }, filePath: 'content/site.yaml' });
    store.set({ id: 'site', data, filePath: 'content/site.yaml' });
  }),
  schema: ({ image }) => siteSchema.extend({ logo: image().optional() }),
});

// Honorees, award types and decision records need nothing from Astro (no body, no image): pages read them
// from the Portal of the validated content (src/data/portal.ts), so they are not copied into its store.
export const collections = { articles, blocs, site };
