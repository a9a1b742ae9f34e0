/**
 * Content collections. Thin on purpose: every file is read, normalised and
 * validated by src/lib/source (the same code `npm run validate` runs), and the
 * loaders below only hand the result to Astro. Each loader clears its store
 * first, so a deleted file or a new draft never survives in Astro's cache.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './lib/errors/problem.ts';
import { validateOnce } from './lib/source/validate.ts';
import type { ContentSet } from './lib/domain/types.ts';
import { awardTypeSchema } from './schemas/award-type.ts';
import { blocSchema } from './schemas/bloc.ts';
import { honoreeSchema } from './schemas/honoree.ts';
import { siteSchema } from './schemas/site.ts';

function contentOf(ctx: LoaderContext): ContentSet {
  const v = validateOnce(fileURLToPath(ctx.config.root));
  if (v.errors) throw new ContentError(v.problems);
  return v.set;
}

function loader(name: string, fill: (set: ContentSet, ctx: LoaderContext) => void | Promise<void>): Loader {
  return {
    name,
    load: async (ctx) => {
      const set = contentOf(ctx);
      ctx.store.clear();
      await fill(set, ctx);
    },
  };
}

/**
 * Articles: data from our reader. A markdown body is rendered here, once, from
 * the normalised text (so no per-article module reaches the bundle); an MDX
 * body is compiled by Astro from its file. parseData resolves the cover to an
 * image Astro optimises. Unchanged entries (same digest) are kept as they are,
 * and entries whose file is gone are deleted.
 */
const articles = defineCollection({
  loader: {
    name: 'articles',
    load: async (ctx) => {
      const { store, generateDigest, parseData, renderMarkdown, config } = ctx;
      const set = contentOf(ctx);
      const root = fileURLToPath(config.root);
      const seen = new Set<string>();
      for (const a of set.articles) {
        const { body, ...fields } = a;
        const digest = generateDigest(body + JSON.stringify(fields));
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
        const data = await parseData({ id: a.slug, data: fields, filePath: a.file });
        if (a.format === 'mdx') {
          store.set({ id: a.slug, data, filePath: a.file, deferredRender: true, digest });
        } else {
          const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(path.join(root, a.file)) });
          store.set({ id: a.slug, data, filePath: a.file, digest, rendered, assetImports: rendered.metadata?.imagePaths as string[] | undefined });
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  },
  schema: ({ image }) => z.looseObject({
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
      const rendered = b.description ? await renderMarkdown(b.description) : undefined;
      store.set({ id: b.id, data: { ...b }, filePath: b.file, rendered });
    }
  }),
  schema: blocSchema.extend({ id: z.string(), file: z.string() }),
});

const honorees = defineCollection({
  loader: loader('honorees', (set, { store }) => { for (const h of set.honorees) store.set({ id: h.id, data: { ...h } }); }),
  schema: honoreeSchema.extend({ file: z.string(), index: z.number() }),
});

const awardTypes = defineCollection({
  loader: loader('award-types', (set, { store }) => { for (const t of set.awardTypes) store.set({ id: t.id, data: { ...t } }); }),
  schema: awardTypeSchema.extend({ file: z.string() }),
});

const site = defineCollection({
  loader: loader('site', (set, { store }) => { if (set.site) store.set({ id: 'site', data: { ...set.site } }); }),
  schema: siteSchema,
});

export const collections = { articles, blocs, honorees, awardTypes, site };
