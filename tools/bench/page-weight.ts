/**
 * What a built page makes the browser fetch, for the bench's page-weight
 * figure: its stylesheets, and its JavaScript (external scripts, module
 * preloads, inline scripts). JSON-LD blocks are data, not scripts. Pure.
 */

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  /** Bytes (UTF-8) of inline executable scripts. */
  inlineScriptBytes: number;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** Script types a browser runs. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScriptBytes = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.push(href);
    if (rel.includes('modulepreload') || (rel.includes('preload') && attr(m[0], 'as') === 'script')) scripts.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (!EXECUTABLE.has(type)) continue;
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
    else inlineScriptBytes += Buffer.byteLength(m[2]!, 'utf8');
  }
  return { stylesheets, scripts, inlineScriptBytes };
}

/** Median of a list (the lower middle for an even count); NaN when empty. */
export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** One @font-face rule: its family, the URL of its first source, the code points it covers. */
export interface FontFaceRule {
  family: string;
  src: string;
  /** [from, to] code point ranges; the whole of Unicode when the rule has no unicode-range. */
  ranges: [number, number][];
}

/** The @font-face rules of a stylesheet (first `url()` of each `src`). */
export function fontFaces(css: string): FontFaceRule[] {
  const out: FontFaceRule[] = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const body = m[1]!;
    const family = /font-family\s*:\s*["']?([^;"']+)/i.exec(body)?.[1]?.trim() ?? '';
    const src = /src\s*:[^;]*?url\(\s*["']?([^)"']+)/i.exec(body)?.[1];
    if (!src) continue;
    const range = /unicode-range\s*:\s*([^;]+)/i.exec(body)?.[1];
    const ranges: [number, number][] = range
      ? range.split(',').map((part) => {
          const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
          const from = Number.parseInt(a!.replace(/\?/g, '0'), 16);
          const to = b ? Number.parseInt(b, 16) : Number.parseInt(a!.replace(/\?/g, 'F'), 16);
          return [from, to];
        })
      : [[0, 0x10ffff]];
    out.push({ family, src, ranges });
  }
  return out;
}

/** The text a page shows: tags, scripts, styles and comments removed, common entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The font files a browser fetches for a page: those of the stylesheet's
 * @font-face rules whose unicode-range covers a character of its text (every
 * family the rules name is assumed used — the site uses one). Text is
 * NFD-decomposed too, since a browser may fall back on combining marks.
 */
export function fontsForText(faces: readonly FontFaceRule[], text: string): string[] {
  const points = new Set<number>();
  for (const ch of text) points.add(ch.codePointAt(0)!);
  const sorted = [...points].sort((a, b) => a - b);
  const used = faces.filter((f) => f.ranges.some(([a, b]) => sorted.some((p) => p >= a && p <= b)));
  return [...new Set(used.map((f) => f.src))];
}
