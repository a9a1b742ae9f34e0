/**
 * A saved portal page (HTML) → the lines of text a reader sees, without the
 * portal around the article: no scripts, menus, navigation, forms, comment
 * boxes, share buttons or link lists. Images become lines of their own
 * (`imageLine`), so the importer treats HTML and text pages alike.
 *
 * Parsed by parse5 (the WHATWG algorithm, as a browser parses the saved page);
 * character references outside a page are decoded by `entities`.
 */
import { decodeHTML } from 'entities';
import * as parse5 from 'parse5';

/** Marks a line that stands for an image: `\uE000src\uE001alt`. Private-use characters never occur in pages. */
const IMAGE_MARK = '\uE000';
const ALT_MARK = '\uE001';

export function imageLine(src: string, alt = ''): string {
  return `${IMAGE_MARK}${src}${ALT_MARK}${alt}`;
}

export function parseImageLine(line: string): { src: string; alt: string } | undefined {
  if (!line.startsWith(IMAGE_MARK)) return undefined;
  const [src = '', alt = ''] = line.slice(1).split(ALT_MARK);
  return { src, alt };
}

export interface HtmlText {
  /** One block of the page per line. */
  text: string;
  /**
   * What the markup says the headline is, best guess first: og:title, the h1
   * elements outside the chrome, the <title> and its parts around " - " or " | ".
   * The importer takes the first that is also a line of the text.
   */
  titleHints: string[];
}

/** True when a file's text is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html\b|<\?xml[^>]*>\s*<html\b)/i.test(text) ||
    /<(?:body|p|div|br|table)\b[^>]*>/i.test(text.slice(0, 20_000))
  );
}

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

/** Elements after which text starts a new line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'body',
  'br',
  'dd',
  'dt',
  'figcaption',
  'li',
  'tr',
  'caption',
  'center',
  'html',
]);

/** Whole elements that are never article text. */
const SKIP_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'select',
  'button',
  'iframe',
  'svg',
  'object',
  'embed',
  'input',
  'textarea',
  'label',
  'menu',
  'dialog',
  'map',
  'video',
  'audio',
]);
/** class/id words of portal chrome. */
const CHROME_CLASS =
  /menu|navbar|(?:^|[\s_-])nav(?:[\s_-]|$)|breadcrumb|share(?!point)|social|comment|rating|vote|related|other-?news|tin-?khac|tinkhac|lien-?quan|lienquan|sidebar|footer|ribbon|login|signin|pager|pagination|toolbar|advert|banner|tags?(?:[\s_-]|$)|print|hidden/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'complementary']);

/**
 * Parse HTML into a tree with parse5, the WHATWG parser: unclosed and stray tags, raw-text elements and
 * every named character reference (HTML5's whole table: `&Dstrok;`, `&abreve;`…) as a browser reads them.
 */
export function parseHtml(html: string): Element {
  return toElement(parse5.parse(html) as unknown as P5Node);
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

function toElement(node: P5Node): Element {
  const children: Node[] = [];
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
    if (child.nodeName === '#text') children.push(child.value ?? '');
    else if (child.tagName) children.push(toElement(child));
  }
  const attrs: Record<string, string> = {};
  for (const a of node.attrs ?? []) attrs[a.name] = a.value;
  return { tag: node.tagName ?? '#root', attrs, children };
}

function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

function find(node: Node, test: (e: Element) => boolean): Element | undefined {
  if (typeof node === 'string') return undefined;
  if (test(node)) return node;
  for (const child of node.children) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function isChrome(el: Element): boolean {
  if (SKIP_TAGS.has(el.tag)) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attrs.style ?? '')) return true;
  if (CHROME_ROLES.has((el.attrs.role ?? '').toLowerCase())) return true;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.trim();
  if (names && CHROME_CLASS.test(names) && !/content|article|body|detail|main/i.test(names)) return true;
  return isLinkList(el);
}

/** A block that is mostly links (a menu, "other news"): at least two links carrying most of its text. */
function isLinkList(el: Element): boolean {
  if (!['ul', 'ol', 'div', 'p', 'td', 'table', 'section', 'dl'].includes(el.tag)) return false;
  const links: Element[] = [];
  const collect = (n: Node) => {
    if (typeof n === 'string') return;
    if (n.tag === 'a') links.push(n);
    else n.children.forEach(collect);
  };
  collect(el);
  if (links.length < 2) return false;
  const total = squeeze(textOf(el)).length;
  const linked = links.reduce((sum, a) => sum + squeeze(textOf(a)).length, 0);
  return total > 0 && linked / total > 0.7;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The lines of text of a page, without its chrome, with image lines. */
export function htmlToText(html: string): HtmlText {
  const root = parseHtml(html);
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = squeeze(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (typeof node === 'string') {
      current += node;
      return;
    }
    if (isChrome(node)) return;
    if (node.tag === 'img') {
      const src = node.attrs.src ?? node.attrs['data-src'] ?? '';
      if (src) {
        flush();
        lines.push(imageLine(src, squeeze(node.attrs.alt ?? node.attrs.title ?? '')));
      }
      return;
    }
    const block = BLOCK.has(node.tag);
    if (block) flush();
    if (node.tag === 'td' || node.tag === 'th') current += ' ';
    node.children.forEach(walk);
    if (block) flush();
  };
  const body = find(root, (e) => e.tag === 'body') ?? root;
  walk(body);
  flush();
  return { text: lines.join('\n'), titleHints: titleHints(root) };
}

function titleHints(root: Element): string[] {
  const hints: string[] = [];
  const og = find(root, (e) => e.tag === 'meta' && (e.attrs.property === 'og:title' || e.attrs.name === 'og:title'));
  if (og?.attrs.content) hints.push(og.attrs.content);
  const headings = (node: Node) => {
    if (typeof node === 'string' || isChrome(node)) return;
    if (node.tag === 'h1' || node.tag === 'h2') hints.push(textOf(node));
    else node.children.forEach(headings);
  };
  headings(find(root, (e) => e.tag === 'body') ?? root);
  const title = find(root, (e) => e.tag === 'title');
  if (title) {
    const text = textOf(title);
    hints.push(text, ...text.split(/\s+[-|–]\s+/));
  }
  return [...new Set(hints.map(squeeze).filter(Boolean))];
}

/** Character references in text outside a parsed page (HTML5's whole table, numeric ones too). */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}
