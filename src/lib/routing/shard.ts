/**
 * Sharded builds (docs/scale.md, "Beyond one machine"): BANG_VANG_SHARD=i/n
 * makes a build render only its share of the two large page families —
 * one page per article (/tin-tuc/<slug>/) and per honoree (/vinh-danh/<id>/),
 * ~98% of the pages — chosen by a stable hash of the slug or id, so the same
 * page always lands in the same shard whatever else changes. Every other page
 * (home, listings, blocs, years, award types, feeds, sitemaps, open data)
 * belongs to shard 1; the other shards render those too (they are few) and
 * `npm run merge-shards` keeps shard 1's copies, checking they are identical.
 * The search index is built from the content, not the pages, so shard 1
 * writes all of it. Without the variable every page is in the build.
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; undefined or "" → null (no sharding); anything else throws. */
export function parseShard(value: string | undefined): Shard | null {
  if (value === undefined || value.trim() === '') return null;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`BANG_VANG_SHARD="${value}": cần dạng i/n với 1 ≤ i ≤ n (ví dụ 1/2)`);
  return { index, count };
}

/** FNV-1a, 32 bits: small, stable across machines and Node versions. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const FAMILY = /^\/(tin-tuc|vinh-danh)\/([^/]+)\/$/;

/** The shard (1-based) a site path (no base) belongs to, among `count`. */
export function shardOfPath(path: string, count: number): number {
  if (count <= 1) return 1;
  const m = FAMILY.exec(path);
  // Listing pages /tin-tuc/2/ are shared: slugs are never all digits.
  if (!m || /^\d+$/.test(m[2]!)) return 1;
  return (fnv1a(`${m[1]}/${m[2]}`) % count) + 1;
}

/** Whether `shard` renders the page at `path` (always, without sharding). */
export function ownsPath(path: string, shard: Shard | null): boolean {
  return !shard || shardOfPath(path, shard.count) === shard.index;
}

let current: Shard | null | undefined;

/** This build's shard, from BANG_VANG_SHARD (read once: the only place it is read). */
export function buildShard(): Shard | null {
  if (current === undefined) current = parseShard(process.env.BANG_VANG_SHARD);
  return current;
}

/** Whether this build renders the page at `path`. */
export const inThisBuild = (path: string): boolean => ownsPath(path, buildShard());
