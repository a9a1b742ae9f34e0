/**
 * The one allowlist for every piece of HTML made from content (markdown and
 * MDX bodies, bloc descriptions): hast-util-sanitize with a schema that holds
 * only what the portal needs (text, links, lists, tables, figures with
 * captions, responsive images from the build, footnotes). Everything else is
 * dropped: scripts, styles, frames, forms, SVG and MathML, event handlers,
 * `style`, URLs other than http(s), mailto, tel and site-relative, and any
 * media that is not on this site.
 *
 * `sanitizeHtml` cleans rendered HTML; `explainRemovals` walks a tree the same
 * way and says, per element, what the sanitiser will remove (for the editor's
 * warnings, with the line when the tree has positions).
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Links: these schemes, or a URL on this site (relative, `/…`, `#…`). */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/** Elements dropped together with everything inside them (the rest keep their text when dropped). */
const STRIP = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'video',
  'audio',
  'track',
  'canvas',
  'map',
  'head',
  'meta',
  'link',
  'base',
];

/** The only `style` kept anywhere: a markdown table's column alignment. */
const TABLE_ALIGN = /^text-align: ?(?:left|right|center);?$/;

const ARIA = ['ariaLabel', 'ariaDescribedBy', 'ariaLabelledBy', 'ariaHidden'];

export const SCHEMA: Schema = {
  strip: STRIP,
  allowComments: false,
  allowDoctypes: false,
  // Heading ids and footnote anchors are made by the build and linked to by `#…`: kept as they are.
  clobberPrefix: '',
  clobber: [],
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    caption: ['table'],
    col: ['table'],
    colgroup: ['table'],
    source: ['picture'],
    figcaption: ['figure'],
    input: ['li'],
  },
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'picture',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'source',
    'span',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'var',
    'wbr',
  ],
  attributes: {
    '*': ['id', 'title', 'lang', 'dir', ...ARIA],
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    code: [['className', /^language-[\w-]+$/]],
    pre: [['className', /^language-[\w-]+$/]],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height', 'srcSet', 'sizes', 'loading', 'decoding', '__ASTRO_IMAGE_'],
    source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: ['value', ['className', 'task-list-item']],
    ol: ['start', 'reversed', 'type', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Column alignment of a markdown table (`|---:|`), which the renderer writes as this one style: nothing else.
    td: ['colSpan', 'rowSpan', 'headers', 'align', ['style', TABLE_ALIGN]],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr', 'align', ['style', TABLE_ALIGN]],
    col: ['span'],
    colgroup: ['span'],
    details: ['open'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: {
    href: [...LINK_PROTOCOLS],
    cite: ['http', 'https'],
    // Media only from this site: no scheme at all (see localMedia below for `//host` and `\\host`).
    src: [],
    longDesc: [],
  },
};

/** Whitespace and control characters, which browsers skip inside a URL's scheme. */
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]+/g;

/** The scheme of a URL as a browser would read it (control characters and whitespace ignored), or undefined. */
export function schemeOf(url: string): string | undefined {
  const compact = url.replace(IGNORED_IN_URL, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return m ? m[1] : undefined;
}

/** A link a reader may follow: http(s), mailto, tel or a URL on this site. */
export function isSafeLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || (LINK_PROTOCOLS as readonly string[]).includes(scheme);
}

/** A media URL on this site: no scheme, no other host (`//host`, `\\host`, `/\host` all leave the site). */
export function isLocalMedia(url: string): boolean {
  const compact = url.replace(IGNORED_IN_URL, '').replace(/\\/g, '/');
  if (schemeOf(compact) !== undefined) return false;
  return !compact.startsWith('//');
}

/** The URLs of a srcset value. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function propValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === false ? [] : [String(value)];
}

/** Media attributes that must point at this site, per element. */
const MEDIA: Record<string, readonly string[]> = { img: ['src', 'srcSet'], source: ['srcSet'] };

/** `table[key]` only when it is the table's own entry: tag and attribute names come from content (`<constructor>`). */
function own<T>(table: Record<string, T> | null | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** After hast-util-sanitize: drop media attributes that would load anything from another host. */
function localMedia(tree: Nodes): void {
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      // A class list emptied by the allowlist is dropped, not written as class="".
      const cls = node.properties.className;
      if (Array.isArray(cls) && cls.length === 0) delete node.properties.className;
      for (const key of own(MEDIA, node.tagName) ?? []) {
        const value = node.properties[key];
        if (value === undefined) continue;
        const urls = key === 'srcSet' ? propValues(value).flatMap(srcsetUrls) : propValues(value);
        if (urls.some((u) => !isLocalMedia(u))) delete node.properties[key];
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
}

/** Keys Astro's image marker writes into `__ASTRO_IMAGE_` (the JSON Astro later turns into <img> attributes). */
const IMAGE_MARKER_KEYS = new Set(['src', 'index', 'alt', 'sizes', 'width', 'height', 'loading', 'decoding']);

/**
 * Astro's placeholder for a markdown image, `__ASTRO_IMAGE_="{json}"`, becomes
 * the attributes of the published <img>: only its own keys, with plain values,
 * and a source on this site are kept; anything else drops the placeholder.
 */
function cleanImageMarkers(tree: Nodes): void {
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'img') {
      const props = node.properties;
      const raw = props.__astro_image_ ?? props.__ASTRO_IMAGE_;
      delete props.__astro_image_;
      delete props.__ASTRO_IMAGE_;
      if (typeof raw === 'string') {
        let data: unknown;
        try {
          data = JSON.parse(raw);
        } catch {
          data = undefined;
        }
        if (data && typeof data === 'object' && !Array.isArray(data)) {
          const clean: Record<string, string | number> = Object.create(null);
          for (const [key, value] of Object.entries(data)) {
            if (!IMAGE_MARKER_KEYS.has(key)) continue;
            if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) clean[key] = value;
          }
          if (typeof clean.src === 'string' && isLocalMedia(clean.src)) props.__ASTRO_IMAGE_ = JSON.stringify(clean);
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
}

/** Clean a hast tree (returns a new tree). */
export function sanitizeTree(tree: Root): Root {
  cleanImageMarkers(tree);
  const clean = sanitize(tree, SCHEMA) as Root;
  localMedia(clean);
  return clean;
}

/** Clean an HTML fragment. */
export function sanitizeHtml(html: string): string {
  // Named references (&amp; rather than &#x26;), as the markdown renderer writes them.
  return toHtml(sanitizeTree(fromHtml(html, { fragment: true })), {
    characterReferences: { useNamedReferences: true },
  });
}

/** One thing the sanitiser will remove, in the words an editor reads. */
export interface Removal {
  line?: number;
  what: string;
}

const STRIP_SET = new Set(STRIP);
const TAGS = new Set(SCHEMA.tagNames);

type Allowed = string | [string, ...(string | number | boolean | RegExp | null | undefined)[]];

function allowedEntry(tag: string, prop: string): Allowed | undefined {
  const list = [
    ...((own(SCHEMA.attributes, tag) ?? []) as Allowed[]),
    ...((own(SCHEMA.attributes, '*') ?? []) as Allowed[]),
  ];
  return list.find((a) => (typeof a === 'string' ? a : a[0]) === prop);
}

function valueAllowed(entry: Allowed, value: unknown): boolean {
  if (typeof entry === 'string') return true;
  const [, ...values] = entry;
  return propValues(value).every((v) =>
    values.some((allowed) => (allowed instanceof RegExp ? allowed.test(v) : String(allowed) === v)),
  );
}

/** HTML attribute name of a hast property, for messages (`className` → class, `onClick` → onclick). */
function attrName(prop: string): string {
  if (prop === 'className') return 'class';
  if (prop === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(prop)) return `data-${prop.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return prop.toLowerCase();
}

function urlAllowed(tag: string, prop: string, value: unknown): boolean {
  const values = prop === 'srcSet' ? propValues(value).flatMap(srcsetUrls) : propValues(value);
  const protocols = own(SCHEMA.protocols, prop);
  if (own(MEDIA, tag)?.includes(prop) && values.some((v) => !isLocalMedia(v))) return false;
  if (!protocols) return true;
  return values.every((v) => {
    const scheme = schemeOf(v);
    return scheme === undefined || protocols.includes(scheme);
  });
}

/**
 * The sanitiser's verdict on one element, for tree visitors that cannot hand
 * the whole tree over (the MDX pipeline's hast plugin): drop it with its
 * content, unwrap it (keep the children), or keep it without `properties`.
 */
export function elementVerdict(
  tag: string,
  properties: Record<string, unknown>,
): { drop: 'strip' | 'unwrap' | undefined; properties: string[] } {
  if (STRIP_SET.has(tag)) return { drop: 'strip', properties: [] };
  if (!TAGS.has(tag)) return { drop: 'unwrap', properties: [] };
  const bad: string[] = [];
  for (const [prop, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const entry = allowedEntry(tag, prop);
    if (!entry || !valueAllowed(entry, value) || !urlAllowed(tag, prop, value)) bad.push(prop);
  }
  return { drop: undefined, properties: bad };
}

/**
 * What the sanitiser removes from `tree`, one entry per removed element or
 * attribute, in document order. The texts say what happens on the page.
 */
export function explainRemovals(tree: Nodes): Removal[] {
  const out: Removal[] = [];
  const walk = (node: Nodes, ancestors: string[]) => {
    if (node.type === 'comment') {
      // Comments are dropped silently on purpose: nothing an editor wrote for readers is in them.
      return;
    }
    if (node.type === 'element') {
      const tag = node.tagName;
      const line = node.position?.start.line;
      if (STRIP_SET.has(tag) || !TAGS.has(tag)) {
        const inside = STRIP_SET.has(tag) ? 'cả thẻ lẫn nội dung bên trong' : 'thẻ bị bỏ, chữ bên trong vẫn được giữ';
        out.push({ line, what: `thẻ <${tag}> không được phép — khi đăng sẽ bị xoá (${inside})` });
        if (STRIP_SET.has(tag)) return;
      } else {
        const needs = own(SCHEMA.ancestors, tag);
        if (needs && !needs.some((a) => ancestors.includes(a)))
          out.push({
            line,
            what: `thẻ <${tag}> chỉ dùng được trong <${needs.join('>, <')}> — khi đăng thẻ sẽ bị bỏ, chữ bên trong vẫn được giữ`,
          });
        for (const [prop, value] of Object.entries(node.properties ?? {})) {
          if (value === undefined || value === null || value === false) continue;
          const entry = allowedEntry(tag, prop);
          const name = attrName(prop);
          if (!entry || !valueAllowed(entry, value)) {
            out.push({
              line,
              what: `thuộc tính ${name}="${propValues(value).join(' ').slice(0, 60)}" của thẻ <${tag}> không được phép — khi đăng thuộc tính này sẽ bị xoá`,
            });
          } else if (!urlAllowed(tag, prop, value)) {
            const media = own(MEDIA, tag)?.includes(prop);
            out.push({
              line,
              what: media
                ? `ảnh ${name}="${propValues(value).join(' ').slice(0, 60)}" không nằm trên cổng — khi đăng thuộc tính này sẽ bị xoá (cổng không tải gì từ nơi khác; đặt ảnh cạnh bài)`
                : `đường dẫn ${name}="${propValues(value).join(' ').slice(0, 60)}" của thẻ <${tag}> không được phép — khi đăng đường dẫn này sẽ bị xoá (chỉ dùng http, https, mailto, tel hay đường dẫn trong cổng)`,
            });
          }
        }
      }
      for (const child of node.children) walk(child as Nodes, [...ancestors, tag]);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, ancestors);
  };
  walk(tree, []);
  return out;
}
