/**
 * What an .mdx article may do beyond markdown, checked on the tree of the MDX
 * parser the build itself compiles with (Sätteri's, which @astrojs/mdx uses),
 * never with regular expressions over the text:
 *
 * - no ESM: the components of the editor's guide are given to every MDX body
 *   by the page (`<Content components={…} />`). For articles written before
 *   that, the one statement `import Callout from '@components/Callout.astro'`
 *   (exactly, one per line, once) is still accepted, checked on its text and
 *   then on the estree the compiler itself makes of it; nothing else, no `export`;
 * - JSX elements: only the guide's components and the plain HTML elements of
 *   the sanitiser's allowlist, with the attributes it allows;
 * - attribute values: plain string, number or boolean literals only (no
 *   expression, no JSX, no spread); URL attributes checked after the literal
 *   is evaluated the way JSX, JavaScript and HTML could read it;
 * - no `{…}` expressions in the text except comments `{/* … *\/}`;
 * - links and images: http(s), mailto, tel or on this site.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { fromHtml } from 'hast-util-from-html';
import { isSafeLink, SCHEMA } from '../markdown/sanitize.ts';

export interface MdxFinding {
  line: number;
  message: string;
}

/**
 * The components an MDX article may use, with the props each takes: those the
 * editor's guide lists (docs/huong-dan-bien-tap.md), provided to every MDX body
 * by the article page (`<Content components={{ Callout }} />` in src/components/ArticlePage.astro).
 * The rest of src/components/ builds pages and is not for articles.
 */
export const MDX_COMPONENTS: Record<string, readonly string[]> = { Callout: ['title'] };

/** The only ESM still accepted, for articles written before components were provided by the page. */
const LEGACY_IMPORT = /^import\s+(Callout)\s+from\s+(['"])@components\/Callout\.astro\2\s*;?$/;

/** Plain HTML elements an MDX body may write (images go through markdown's `![…](…)`, which the build optimises). */
const HTML_ELEMENTS = new Set(
  (SCHEMA.tagNames ?? []).filter((t) => !['img', 'input', 'source', 'picture'].includes(t)),
);

/** HTML attribute names the sanitiser keeps on `tag` (its schema speaks hast property names). */
function allowedAttributes(tag: string): Set<string> {
  const names = new Set<string>();
  for (const entry of [...(SCHEMA.attributes?.[tag] ?? []), ...(SCHEMA.attributes?.['*'] ?? [])]) {
    const prop = typeof entry === 'string' ? entry : entry[0];
    // Classes, data-* and table alignment styles are the build's own, never written by hand.
    if (prop === 'className' || prop === 'style' || prop.startsWith('data')) continue;
    names.add(
      prop === 'htmlFor' ? 'for' : prop.startsWith('aria') ? `aria-${prop.slice(4).toLowerCase()}` : prop.toLowerCase(),
    );
  }
  return names;
}

/** Attributes whose value is a URL (lower case). */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'cite',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'xlink:href',
  'ping',
  'longdesc',
  'codebase',
  'manifest',
  'to',
  'from',
  'values',
]);

/** Identifiers named in the messages of expressions that reach for the build's environment. */
const FORBIDDEN = [
  { re: /\bprocess\b/, what: 'process (biến môi trường của máy dựng)' },
  { re: /\bimport\s*\.\s*meta\b/, what: 'import.meta (biến môi trường của máy dựng)' },
  { re: /\bimport\s*\(/, what: 'import() động' },
  { re: /\b(?:globalThis|global|window|self)\b/, what: 'đối tượng toàn cục' },
  { re: /\brequire\s*\(/, what: 'require()' },
  { re: /\b(?:eval|Function)\b/, what: 'eval/Function' },
  { re: /\bconstructor\b/, what: 'constructor' },
];

/** `{/* … *\/}` and nothing else: a comment, which compiles to nothing. */
const COMMENT_ONLY = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;

/** An attribute value written `{…}` that is a plain literal: a number, true/false, or a string without escapes. */
const LITERAL = /^\s*(?:true|false|-?\d+(?:\.\d+)?|"[^"\\\n]*"|'[^'\\\n]*')\s*$/;

/** Every reading of a literal a browser could end up with: as written, with JS escapes, with HTML character references. */
export function readings(value: string): string[] {
  const js = decodeJsEscapes(value);
  return [...new Set([value, js, decodeHtml(value), decodeHtml(js), decodeJsEscapes(decodeHtml(value))])];
}

/** JavaScript string escapes (`\u0073`, `\u{73}`, `\x73`, `\163`, `\t`…) as a JS engine reads them. */
export function decodeJsEscapes(value: string): string {
  return value.replace(
    /\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-7]{1,3})|([\s\S]))/g,
    (_m, _all, brace?: string, u4?: string, x2?: string, oct?: string, ch?: string) => {
      const hex = brace ?? u4 ?? x2;
      if (hex !== undefined) {
        const cp = Number.parseInt(hex, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
      if (oct !== undefined) return String.fromCharCode(Number.parseInt(oct, 8));
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '\n': '' };
      return Object.hasOwn(simple, ch!) ? simple[ch!]! : ch!;
    },
  );
}

/** HTML character references, decoded by the HTML parser itself (every named reference). */
export function decodeHtml(value: string): string {
  if (!value.includes('&')) return value;
  const tree = fromHtml(`<a title="${value.replace(/"/g, '&quot;')}"></a>`, { fragment: true });
  const a = tree.children[0];
  return a?.type === 'element' && typeof a.properties.title === 'string' ? a.properties.title : value;
}

/** Whether a URL attribute's value is safe under every reading of it. */
export function isSafeUrlLiteral(value: string): boolean {
  return readings(value).every((v) => isSafeLink(v) && !/^[^/?#]*\\/.test(v));
}

type Attr = {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
};

type MdNode = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attr[];
  children?: MdNode[];
  position?: { start: { line: number } };
};

function esmFindings(value: string, line: number): MdxFinding[] {
  const out: MdxFinding[] = [];
  value.split('\n').forEach((text, i) => {
    const trimmed = text.trim();
    if (!trimmed || LEGACY_IMPORT.test(trimmed)) return;
    const at = line + i;
    if (/^export\b/.test(trimmed)) {
      out.push({
        line: at,
        message: 'bài MDX không được dùng export — bài chỉ chứa nội dung; thành phần Callout có sẵn, không cần import',
      });
      return;
    }
    const spec = /\bfrom\s*(['"])([^'"]*)\1/.exec(trimmed)?.[2] ?? /^import\s*(['"])([^'"]*)\1/.exec(trimmed)?.[2];
    out.push({
      line: at,
      message:
        spec !== undefined
          ? `không được import "${spec}" — bài MDX chỉ được dùng các thành phần trong hướng dẫn biên tập: "@components/Callout.astro" (có sẵn trong mọi bài MDX, không cần import)`
          : `câu lệnh import không đúng dạng — bài MDX không cần import: các thành phần ${Object.keys(MDX_COMPONENTS).join(', ')} có sẵn (bài cũ viết được đúng một dòng: import Callout from '@components/Callout.astro')`,
    });
  });
  return out;
}

function forbiddenFinding(what: string, line: number): MdxFinding {
  return {
    line,
    message: `biểu thức {…} không được dùng ${what} — bài viết không được đọc cấu hình hay bí mật của máy dựng`,
  };
}

function expressionFinding(value: string, line: number): MdxFinding | undefined {
  if (COMMENT_ONLY.test(value)) return undefined;
  const named = FORBIDDEN.find((f) => f.re.test(value));
  if (named) return forbiddenFinding(named.what, line);
  return {
    line,
    message:
      'biểu thức {…} không được dùng trong bài MDX — viết chữ thẳng (chỉ chú thích {/* … */} được phép; dấu { } là chữ thì viết \\{ \\})',
  };
}

function elementFindings(node: MdNode, line: number): MdxFinding[] {
  const out: MdxFinding[] = [];
  const name = node.name;
  const components = Object.keys(MDX_COMPONENTS);
  const allowedTags = `các thành phần ${components.join(', ')} và thẻ HTML thông thường (p, a, strong, em, ul, ol, li, table, figure…)`;
  if (name === null || name === undefined) {
    // A fragment <>…</> renders nothing of its own; its attributes are impossible.
  } else if (!Object.hasOwn(MDX_COMPONENTS, name) && !HTML_ELEMENTS.has(name)) {
    out.push({ line, message: `thẻ <${name}> không được dùng trong bài MDX — chỉ dùng được ${allowedTags}` });
    for (const attr of node.attributes ?? []) {
      const expr =
        typeof attr.value === 'object' && attr.value
          ? attr.value.value
          : attr.type !== 'mdxJsxAttribute'
            ? String(attr.value ?? '')
            : '';
      const named = FORBIDDEN.find((f) => f.re.test(expr));
      if (named) out.push(forbiddenFinding(named.what, line));
    }
    return out;
  }
  const allowed = name
    ? Object.hasOwn(MDX_COMPONENTS, name)
      ? new Set(MDX_COMPONENTS[name])
      : allowedAttributes(name)
    : new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.name !== 'string') {
      const named = FORBIDDEN.find((f) => f.re.test(String(attr.value ?? '')));
      if (named) out.push(forbiddenFinding(named.what, line));
      out.push({
        line,
        message: `thuộc tính {…} (trải đối tượng) không được dùng trong <${name ?? ''}> — chỉ viết tên="giá trị"`,
      });
      continue;
    }
    const attrName = attr.name;
    if (!allowed.has(attrName)) {
      out.push({
        line,
        message: `thuộc tính ${attrName} không được dùng trong <${name}> — chỉ dùng được: ${[...allowed].join(', ') || 'không thuộc tính nào'}`,
      });
      continue;
    }
    let literal: string | undefined;
    if (typeof attr.value === 'string') literal = attr.value;
    else if (attr.value && typeof attr.value === 'object') {
      const expr = attr.value.value;
      const named = FORBIDDEN.find((f) => f.re.test(expr));
      if (named) {
        out.push(forbiddenFinding(named.what, line));
        continue;
      }
      if (!LITERAL.test(expr)) {
        out.push({
          line,
          message: `thuộc tính ${attrName}={…} của <${name}> chỉ được là chữ trong ngoặc kép, số hoặc true/false — không dùng biểu thức, biến hay thẻ`,
        });
        continue;
      }
      const t = expr.trim();
      literal = /^["']/.test(t) ? t.slice(1, -1) : t;
    }
    if (literal !== undefined && URL_ATTRIBUTES.has(attrName.toLowerCase()) && !isSafeUrlLiteral(literal)) {
      out.push({
        line,
        message: `đường dẫn ${attrName}="${literal.slice(0, 60)}" của <${name}> không được phép — chỉ dùng http, https, mailto, tel hay đường dẫn trong cổng (không mã thoát \\…, không javascript:)`,
      });
    }
  }
  return out;
}

type Estree = {
  type: string;
  body?: Estree[];
  specifiers?: { type: string; local?: { name?: string } }[];
  source?: { value?: unknown };
  attributes?: unknown[];
  phase?: unknown;
};

/**
 * The ESM of a body as the compiler reads it (its estree, from the same
 * compile the build runs, never evaluated): true when every statement is
 * `import <Name> from '@components/<Name>.astro'` for a listed component.
 */
function esmIsLegacyImportsOnly(body: string): boolean {
  const programs: (Estree | null)[] = [];
  try {
    mdxToJs(body, {
      features: { gfm: true, rawHtml: true },
      hastPlugins: [
        {
          name: 'bang-vang-esm-check',
          mdxjsEsm(node: { parseExpression(): unknown }) {
            programs.push(node.parseExpression() as Estree | null);
          },
        },
      ] as never,
    });
  } catch {
    return false;
  }
  const seen = new Set<string>();
  return programs.every(
    (program) =>
      program?.type === 'Program' &&
      (program.body ?? []).every((statement) => {
        const spec = statement.specifiers?.[0];
        const name = spec?.local?.name;
        // Each component imported once: a second declaration would stop the build.
        if (typeof name === 'string' && seen.has(name)) return false;
        if (typeof name === 'string') seen.add(name);
        return (
          statement.type === 'ImportDeclaration' &&
          statement.specifiers?.length === 1 &&
          spec?.type === 'ImportDefaultSpecifier' &&
          typeof name === 'string' &&
          Object.hasOwn(MDX_COMPONENTS, name) &&
          statement.source?.value === `@components/${name}.astro` &&
          (statement.attributes ?? []).length === 0 &&
          (statement.phase ?? null) === null
        );
      }),
  );
}

/** Check an MDX body (the text below the front matter); lines are counted in the body. */
export function checkMdx(body: string): MdxFinding[] {
  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, rawHtml: true } }) as unknown as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/(\d+):\d+/.exec(message)?.[1] ?? 1);
    return [{ line, message: `bài MDX không đọc được (${message.split('\n')[0]}) — kiểm tra các thẻ < > và dấu { }` }];
  }
  const out: MdxFinding[] = [];
  const walk = (node: MdNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        out.push(...esmFindings(node.value ?? '', line));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const f = expressionFinding(node.value ?? '', line);
        if (f) out.push(f);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        out.push(...elementFindings(node, line));
        break;
      case 'link':
      case 'definition':
        if (typeof node.url === 'string' && !isSafeUrlLiteral(node.url))
          out.push({
            line,
            message: `đường dẫn "${node.url.slice(0, 60)}" không được phép — chỉ dùng http, https, mailto, tel hay đường dẫn trong cổng`,
          });
        break;
      case 'html':
        out.push({ line, message: 'mã HTML không dùng được trong bài MDX — dùng cú pháp markdown' });
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  // The accepted legacy import passed the line check: confirm it on the compiler's own estree.
  const esm = (tree.children ?? []).find((n) => n.type === 'mdxjsEsm');
  if (esm && !out.some((f) => /import|export/.test(f.message)) && !esmIsLegacyImportsOnly(body))
    out.push({
      line: esm.position?.start.line ?? 1,
      message: `câu lệnh import không đúng dạng — bài MDX không cần import: các thành phần ${Object.keys(MDX_COMPONENTS).join(', ')} có sẵn (bài cũ viết được đúng một dòng: import Callout from '@components/Callout.astro')`,
    });
  return out.sort((a, b) => a.line - b.line);
}
