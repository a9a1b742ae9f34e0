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
