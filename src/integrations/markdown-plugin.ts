/**
 * The Sätteri hast plugin every article (.md and .mdx) goes through: text to
 * Unicode NFC (editors' files may be NFD), captioned images to figures,
 * site-root links under the deployment's sub-path, and every element held to
 * the sanitiser's allowlist (lib/markdown/sanitize.ts). Markdown bodies and
 * bloc descriptions are sanitised once more as finished HTML by their loader
 * (src/content.config.ts); MDX bodies, which Astro compiles to components, are
 * confined by the MDX tree check (lib/source/mdx-check.ts) and by this plugin.
 */
import type { HastPluginEntry } from 'satteri';
import { COVER_SIZES } from '../lib/images/policy.ts';
import { elementVerdict, sanitizeHtml } from '../lib/markdown/sanitize.ts';
import { MDX_COMPONENTS } from '../lib/source/mdx-check.ts';

type Ctx = {
  removeNode(node: unknown): void;
  replaceNode(node: unknown, next: unknown): void;
  setProperty(node: unknown, key: string, value: unknown): void;
};

type El = { type: string; tagName: string; properties?: Record<string, unknown>; children?: El[]; value?: string };
type Jsx = {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
};

/** A paragraph holding only an image with a title: `![alt](./a.jpg "caption")` → <figure> with <figcaption>. */
function figureOf(node: El): El | undefined {
  const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
  const img = kids[0];
  if (kids.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return undefined;
  const title = img.properties?.title;
  if (typeof title !== 'string' || !title.trim()) return undefined;
  const { title: _drop, ...properties } = img.properties ?? {};
  if (properties.sizes === undefined) properties.sizes = COVER_SIZES;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      { ...img, properties },
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', tagName: '', value: title.normalize('NFC') }],
      },
    ],
  };
}

/** Site-root links an editor writes (`/tin-tuc/bai-khac/`) get the deployment's sub-path. */
function withBasePath(url: string, base: string): string {
  return base !== '/' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)
    ? base + url.slice(1)
    : url;
}

/** MDX JSX: the guide's components pass (mdx-check.ts vetted their props); a plain HTML element must pass the allowlist whole. */
function jsxVisit(node: Jsx, ctx: Ctx) {
  const name = node.name;
  if (!name || Object.hasOwn(MDX_COMPONENTS, name)) return;
  const props: Record<string, unknown> = Object.create(null);
  for (const a of node.attributes ?? []) {
    if (
      a.type !== 'mdxJsxAttribute' ||
      typeof a.name !== 'string' ||
      (a.value !== null && typeof a.value !== 'string')
    ) {
      ctx.removeNode(node);
      return;
    }
    props[a.name === 'class' ? 'className' : a.name] = a.value ?? true;
  }
  const verdict = elementVerdict(name, props);
  if (verdict.drop || verdict.properties.length) ctx.removeNode(node);
}

/** Typed loosely against the hast shapes it touches; checked against Sätteri's own type at the end. */
const plugin = (base: string) => ({
  name: 'bang-vang-article',
  element: [
    {
      filter: [] as string[],
      visit(node: El, ctx: Ctx) {
        // Astro's own image marker on a markdown image is checked by the loader's sanitiser.
        const { __ASTRO_IMAGE_: _marker, ...properties } = node.properties ?? {};
        const verdict = elementVerdict(node.tagName.toLowerCase(), properties);
        if (verdict.drop === 'strip') {
          ctx.removeNode(node);
          return;
        }
        if (verdict.drop === 'unwrap') {
          ctx.replaceNode(node, node.children ?? []);
          return;
        }
        for (const key of verdict.properties) ctx.setProperty(node, key, null);
        for (const key of ['href', 'src'] as const) {
          const url = node.properties?.[key];
          if (typeof url === 'string' && withBasePath(url, base) !== url)
            ctx.setProperty(node, key, withBasePath(url, base));
        }
        // Images sit in the article column, not the whole viewport.
        if (node.tagName === 'img' && node.properties?.sizes === undefined) ctx.setProperty(node, 'sizes', COVER_SIZES);
      },
    },
    {
      filter: ['p'],
      visit(node: El, ctx: Ctx) {
        const figure = figureOf(node);
        if (figure) ctx.replaceNode(node, figure);
      },
    },
  ],
  mdxJsxFlowElement: { filter: [] as string[], visit: jsxVisit },
  mdxJsxTextElement: { filter: [] as string[], visit: jsxVisit },
  text(node: { value: string }, ctx: Ctx) {
    const nfc = node.value.normalize('NFC');
    if (nfc !== node.value) ctx.replaceNode(node, { type: 'text', value: nfc });
  },
  raw(node: { value: string }, ctx: Ctx) {
    const clean = sanitizeHtml(node.value.normalize('NFC'));
    if (clean !== node.value) ctx.replaceNode(node, { type: 'raw', value: clean });
  },
});

/** The plugin for a deployment under `base` ("/" or "/tdkt/"). */
export const articleHastPlugin = (base: string): HastPluginEntry => plugin(base) as unknown as HastPluginEntry;
