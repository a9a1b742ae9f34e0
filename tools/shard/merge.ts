/**
 * Merging the dist/ folders of a sharded build (BANG_VANG_SHARD, see
 * src/lib/routing/shard.ts and docs/scale.md) into one site: shard 1's
 * folder whole (it holds the shared pages and the search index), then every
 * other shard's files that shard 1 does not have. A file two shards both
 * wrote (a shared page, a hashed asset) must be byte-identical, else the
 * merge fails naming it: two builds of the same content that disagree are a
 * bug, never resolved silently. Then every page the sitemaps list must exist.
 *
 * One thing a shard writes that the whole build does not: the original of an
 * image in the body of an article another shard renders (Astro's content
 * layer registers the image when it loads the article; the build that renders
 * the page writes the resized variants and drops the original, a build that
 * does not render it keeps the original). So an original `_astro/x.HASH.jpg`
 * is left out when a shard that wrote its variants (`_astro/x.HASH_…`) did
 * not keep it: the whole build would not have published it either.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface MergeResult {
  files: number;
  /** Originals of images left out (see above). */
  unusedOriginals: string[];
  fromOthers: number;
  identical: number;
  conflicts: string[];
  /** Sitemap URLs (site paths) whose page is missing from the merged folder. */
  missing: string[];
}

function walk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(root, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** Site paths listed by the sitemap files (<loc>), without origin and base. */
export function sitemapPaths(xml: string, origin: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const url = m[1]!.replace(/&amp;/g, '&');
    if (!url.startsWith(origin)) continue;
    out.push(decodeURI(url.slice(origin.length)));
  }
  return out;
}

/** The file that serves a site path: /a/ → a/index.html, /a.xml → a.xml. */
export const fileOfPath = (p: string): string => (p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1));

export function mergeDists(out: string, dists: string[]): MergeResult {
  if (dists.length < 1) throw new Error('merge-shards: no shard folder given');
  for (const d of dists) if (!fs.existsSync(d)) throw new Error(`merge-shards: ${d} does not exist`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(dists[0]!, out, { recursive: true });
  const r: MergeResult = { files: 0, unusedOriginals: [], fromOthers: 0, identical: 0, conflicts: [], missing: [] };
  for (const d of dists.slice(1)) {
    for (const rel of walk(d)) {
      const target = path.join(out, rel);
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(d, rel), target);
        r.fromOthers++;
      } else if (fs.readFileSync(target).equals(fs.readFileSync(path.join(d, rel)))) r.identical++;
      else r.conflicts.push(`${rel} (${dists[0]} ≠ ${d})`);
    }
  }
  r.unusedOriginals = unusedOriginals(
    dists.map((d) => (fs.existsSync(path.join(d, '_astro')) ? walk(d, '_astro') : [])),
  );
  for (const f of r.unusedOriginals) fs.rmSync(path.join(out, f));
  const all = walk(out);
  r.files = all.length;
  // Every page the sitemaps list must be in the merged site. The origin is the one the sitemap index names.
  const index = all.find((f) => /(^|\/)sitemap-index\.xml$/.test(f));
  if (index) {
    const xml = fs.readFileSync(path.join(out, index), 'utf8');
    const first = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(xml)?.[1];
    if (first) {
      const u = new URL(first);
      // The sitemaps sit at the site's root: the folder of the first one's URL is origin + base.
      const prefix = `${u.origin}${path.posix.dirname(u.pathname).replace(/\/$/, '')}`;
      for (const f of all.filter((x) => /(^|\/)sitemap-\d+\.xml$/.test(x))) {
        for (const p of sitemapPaths(fs.readFileSync(path.join(out, f), 'utf8'), prefix))
          if (!fs.existsSync(path.join(out, fileOfPath(p)))) r.missing.push(p);
      }
    }
  }
  return r;
}

/**
 * Given each shard's _astro/ files: the originals some shard kept although a
 * shard that wrote their variants did not. Pure.
 */
export function unusedOriginals(shards: string[][]): string[] {
  const sets = shards.map((files) => new Set(files));
  const out = new Set<string>();
  for (const files of shards) {
    for (const f of files) {
      const stem = f.replace(/\.[^./]+$/, '');
      const used = sets.some((set) => !set.has(f) && [...set].some((g) => g.startsWith(`${stem}_`)));
      if (used) out.add(f);
    }
  }
  return [...out].sort();
}
