/** "Other news" and previous/next for an article page. */
import { compareArticles, type Portal } from './portal.ts';
import type { Article } from './types.ts';

/**
 * The province (or city) an article's `location` names: the last comma-separated
 * part, without a note in brackets or the word "tỉnh"/"thành phố".
 * "Ban Quản lý Vườn quốc gia Bù Gia Mập, tỉnh Bình Phước" → "bình phước".
 */
export function placeOf(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const last = location
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .at(-1)!
    .trim();
  const name = last
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '')
    .trim()
    .toLocaleLowerCase('vi');
  return name || undefined;
}

interface RelatedIndex {
  places: Map<string, Set<string>>;
  byPlace: Map<string, Article[]>;
  awardsOf: Map<string, Set<string>>;
  byAward: Map<string, Article[]>;
}

const push = (map: Map<string, Article[]>, key: string, a: Article) => {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
};

const indexes = new WeakMap<Portal, RelatedIndex>();

/** Places and award types of every article, computed once per portal. */
function indexOf(portal: Portal): RelatedIndex {
  let ix = indexes.get(portal);
  if (ix) return ix;
  const located = new Map(portal.articles.map((a) => [a.slug, placeOf(a.location)]));
  const known = new Set([...located.values()].filter((p): p is string => p !== undefined));
  ix = { places: new Map(), byPlace: new Map(), awardsOf: new Map(), byAward: new Map() };
  for (const a of portal.articles) {
    // A tag that names a known place counts as the article's place too ("Bình Phước").
    const places = new Set<string>();
    const own = located.get(a.slug);
    if (own) places.add(own);
    for (const tag of a.tags ?? []) if (known.has(tag.toLocaleLowerCase('vi'))) places.add(tag.toLocaleLowerCase('vi'));
    ix.places.set(a.slug, places);
    for (const p of places) push(ix.byPlace, p, a);
    const awards = new Set((a.awards ?? []).map((e) => e.award));
    ix.awardsOf.set(a.slug, awards);
    for (const w of awards) push(ix.byAward, w, a);
  }
  indexes.set(portal, ix);
  return ix;
}

/**
 * Up to `limit` other articles: first those related to this one — sharing a
 * bloc (weighs most), its province, or an award type — most related first, then
 * newest; then other articles of the same kind, then the newest of the rest.
 * Never the article itself.
 */
export function otherNews(portal: Portal, article: Article, limit: number): Article[] {
  const ix = indexOf(portal);
  const score = new Map<string, { a: Article; s: number }>();
  const add = (list: readonly Article[] | undefined, weight: number) => {
    for (const a of list ?? []) {
      if (a.slug === article.slug) continue;
      const e = score.get(a.slug);
      if (e) e.s += weight;
      else score.set(a.slug, { a, s: weight });
    }
  };
  for (const b of article.blocs ?? []) add(portal.articlesByBloc.get(b), 4);
  for (const p of ix.places.get(article.slug) ?? []) add(ix.byPlace.get(p), 3);
  // Sharing an award type counts once, however many: the province outweighs it.
  const byAward = new Set<Article>();
  for (const w of ix.awardsOf.get(article.slug) ?? []) for (const a of ix.byAward.get(w) ?? []) byAward.add(a);
  add([...byAward], 2);
  const related = [...score.values()].sort((x, y) => y.s - x.s || compareArticles(x.a, y.a)).map((e) => e.a);
  const out: Article[] = [];
  const seen = new Set([article.slug]);
  const take = (list: readonly Article[]) => {
    for (const a of list) {
      if (out.length >= limit) return;
      if (!seen.has(a.slug)) {
        seen.add(a.slug);
        out.push(a);
      }
    }
  };
  take(related);
  take(portal.byKind.get(article.kind) ?? []);
  take(portal.articles);
  return out;
}

/** The next newer and next older published article. */
export function neighbours(portal: Portal, article: Article): { newer?: Article; older?: Article } {
  const i = portal.articleIndex.get(article.slug) ?? -1;
  return { newer: i > 0 ? portal.articles[i - 1] : undefined, older: i >= 0 ? portal.articles[i + 1] : undefined };
}
