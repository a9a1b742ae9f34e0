/** Internal links, images and feeds of a built site: every one must resolve to a file in dist/. */
import fs from 'node:fs';
import path from 'node:path';

const ATTR = /\s(?:href|src|srcset|content)="([^"]*)"/g;

/** Attribute URLs of an HTML page that point inside the site (relative to `base`). */
export function internalRefs(html: string, base: string, origin: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    for (const part of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
      let url = part.replace(/&amp;/g, '&');
      if (url.startsWith(origin)) url = url.slice(origin.length);
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      out.push(url.split('#')[0]!.split('?')[0]!);
    }
  }
  return out;
}

/** The dist file a URL maps to, or undefined when it is outside the base. */
export function fileFor(dist: string, url: string, base: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const rel = decodeURIComponent(url.slice(base.length));
  const file = path.join(dist, rel);
  return rel === '' || rel.endsWith('/') ? path.join(file, 'index.html') : file;
}

/** Broken internal references: [page, url] pairs. */
export function brokenLinks(dist: string, base: string, origin: string): [string, string][] {
  const broken: [string, string][] = [];
  const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((p) => p.endsWith('.html'));
  for (const page of pages) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    for (const url of internalRefs(html, base, origin)) {
      const file = fileFor(dist, url, base);
      if (!file || !fs.existsSync(file)) broken.push([page, url]);
    }
  }
  return broken;
}
