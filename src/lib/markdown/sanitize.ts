/**
 * What raw HTML in an article may carry onto a page. Markdown's own output is
 * always safe; this guards the HTML an editor pastes in: no scripts, frames,
 * event handlers or javascript: URLs ever reach a page.
 */

/** Elements removed with their content. */
export const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'template',
  'noscript',
  'portal',
  'dialog',
]);

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlinkhref',
  'xlink:href',
  'ping',
  'longdesc',
  'codebase',
  'manifest',
]);

/** Schemes a link or image may use; relative URLs and #anchors are always fine. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:".
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!m) return true;
  return SAFE_SCHEMES.has(m[1]!);
}

/** Names of the properties to remove from an element (hast property names or HTML attribute names). */
export function unsafeProperties(properties: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('on') || lower === 'srcdoc' || lower === 'formaction' || lower === 'is') {
      out.push(key);
      continue;
    }
    if (URL_ATTRIBUTES.has(lower)) {
      const values = Array.isArray(value) ? value.map(String) : [String(value ?? '')];
      const urls =
        lower === 'srcset'
          ? values.flatMap((v) => v.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''))
          : values;
      if (urls.some((u) => !isSafeUrl(u))) out.push(key);
    }
  }
  return out;
}

/** Decode the character references a browser would decode in markup (numeric and the few named ones that matter). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(tab|newline|colon|lpar|rpar|sol|quot|apos|lt|gt|amp);/gi,
      (_, name: string) =>
        ({
          tab: '\t',
          newline: '\n',
          colon: ':',
          lpar: '(',
          rpar: ')',
          sol: '/',
          quot: '"',
          apos: "'",
          lt: '<',
          gt: '>',
          amp: '&',
        })[name.toLowerCase()]!,
    );
}

/** Markup that could run code: dangerous elements, event handlers, javascript:/vbscript: URLs, even when encoded. */
export function looksDangerous(html: string): boolean {
  const decoded = decodeEntities(html).replace(/[\u0000-\u0020\u007f-\u009f]+/g, ' ');
  const squeezed = decodeEntities(html).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return (
    new RegExp(`<\\s*/?\\s*(?:${[...DANGEROUS_ELEMENTS].join('|')})\\b`, 'i').test(decoded) ||
    /[\s/"']on[a-z]+\s*=/i.test(decoded) ||
    /(?:java|vb)script:/i.test(squeezed)
  );
}

/**
 * Remove dangerous markup from a raw HTML string (fragments the HTML parser
 * left as raw text). Repeated until nothing changes, so removing one element
 * cannot join the pieces of another; whatever still looks dangerous after that
 * (encoded handlers or URLs) is dropped whole rather than guessed at.
 */
export function sanitizeRawHtml(html: string): string {
  let out = html;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    for (const tag of DANGEROUS_ELEMENTS) {
      out = out.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), '');
      out = out.replace(new RegExp(`</?${tag}\\b[^>]*>`, 'gi'), '');
    }
    out = out.replace(/(\s+|\/)on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, (_, before: string) =>
      before === '/' ? '/' : '',
    );
    out = out.replace(/\s([a-z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, (attr, name: string, value: string) =>
      URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeUrl(decodeEntities(value.replace(/^["']|["']$/g, '')))
        ? ' '
        : attr,
    );
  }
  return looksDangerous(out) ? '' : out;
}
