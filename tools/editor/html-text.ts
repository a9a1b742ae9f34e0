/**
 * A saved portal page (HTML) → the lines of text a reader sees, without the
 * portal around the article: no scripts, menus, navigation, forms, comment
 * boxes, share buttons or link lists. Images become lines of their own
 * (`imageLine`), so the importer treats HTML and text pages alike.
 *
 * A small tolerant parser of our own (tags, a few implied end tags, raw-text
 * elements, entities): enough for saved SharePoint and NukeViet pages, without
 * a dependency.
 */

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

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
/** Elements a <p> cannot contain: opening one closes an open <p>. */
const CLOSES_P = new Set([
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
]);
const BLOCK = new Set([...CLOSES_P, 'body', 'br', 'dd', 'dt', 'figcaption', 'li', 'tr', 'caption', 'center', 'html']);

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

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parse HTML into a tree, forgiving as browsers are about unclosed and stray tags. */
export function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1]!;
  const close = (tag: string) => {
    const at = stack.map((e) => e.tag).lastIndexOf(tag);
    if (at > 0) stack.length = at;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    const [token, endTag, openTag, rawAttrs = '', selfClosing] = m;
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (endTag) {
      close(endTag.toLowerCase());
      continue;
    }
    if (!openTag) {
      top().children.push(decodeEntities(token));
      continue;
    }
    const tag = openTag.toLowerCase();
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    if (CLOSES_P.has(tag) && stack.some((e) => e.tag === 'p')) close('p');
    if (tag === 'li') closeWithin(stack, 'li', ['ul', 'ol']);
    if (tag === 'tr') closeWithin(stack, 'tr', ['table', 'tbody', 'thead']);
    if (tag === 'td' || tag === 'th') {
      closeWithin(stack, 'td', ['tr', 'table']);
      closeWithin(stack, 'th', ['tr', 'table']);
    }
    const el: Element = { tag, attrs, children: [] };
    top().children.push(el);
    if (RAW_TEXT.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, TOKEN.lastIndex);
      const stop = end === -1 ? html.length : end;
      el.children.push(
        tag === 'title' ? decodeEntities(html.slice(TOKEN.lastIndex, stop)) : html.slice(TOKEN.lastIndex, stop),
      );
      TOKEN.lastIndex = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    if (!VOID.has(tag) && !selfClosing) stack.push(el);
  }
  return root;
}

/** Close an open `tag` if it is open inside the nearest of `scopes`. */
function closeWithin(stack: Element[], tag: string, scopes: string[]): void {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i]!.tag === tag) {
      stack.length = i;
      return;
    }
    if (scopes.includes(stack[i]!.tag)) return;
  }
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

/** Named references of HTML 4 (Latin-1, punctuation) and numeric ones. */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  trade: '™',
  euro: '€',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
};
LATIN1_NAMES.forEach((name, i) => {
  ENTITIES[name] = String.fromCharCode(0xa0 + i);
});

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
  });
}
