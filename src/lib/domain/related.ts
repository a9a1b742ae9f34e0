/** "Other news" and previous/next for an article page. */
import type { Portal } from './portal.ts';
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
  /** By the article's position in `portal.articles` (newest first). */
  blocsOf: Set<string>[];
  placesOf: Set<string>[];
  awardsOf: Set<string>[];
  /** Positions of the articles of a bloc, a place, an award type, ascending (newest first). */
  byBloc: Map<string, number[]>;
  byPlace: Map<string, number[]>;
  byAward: Map<string, number[]>;
}

const push = (map: Map<string, number[]>, key: string, i: number) => {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
};

const indexes = new WeakMap<Portal, RelatedIndex>();

/** Blocs, places and award types of every article, computed once per portal. */
function indexOf(portal: Portal): RelatedIndex {
  let ix = indexes.get(portal);
  if (ix) return ix;
  const located = portal.articles.map((a) => placeOf(a.location));
  const known = new Set(located.filter((p): p is string => p !== undefined));
  ix = { blocsOf: [], placesOf: [], awardsOf: [], byBloc: new Map(), byPlace: new Map(), byAward: new Map() };
  portal.articles.forEach((a, i) => {
    // A tag that names a known place counts as the article's place too ("Bình Phước").
    const places = new Set<string>();
    const own = located[i];
    if (own) places.add(own);
    for (const tag of a.tags ?? []) if (known.has(tag.toLocaleLowerCase('vi'))) places.add(tag.toLocaleLowerCase('vi'));
    const blocs = new Set(a.blocs ?? []);
    const awards = new Set((a.awards ?? []).map((e) => e.award));
    ix!.blocsOf.push(blocs);
    ix!.placesOf.push(places);
    ix!.awardsOf.push(awards);
    for (const b of blocs) push(ix!.byBloc, b, i);
    for (const p of places) push(ix!.byPlace, p, i);
    for (const w of awards) push(ix!.byAward, w, i);
  });
  indexes.set(portal, ix);
  return ix;
}

/**
 * Up to `limit` other articles: first those related to this one — sharing a
 * bloc (4 each), its province (3 each) or an award type (2, however many) —
 * most related first, then newest; then other articles of the same kind, then
 * the newest of the rest. Never the article itself.
 *
 * Not a pass over every article (issue 16: that pass was 15 % of the build's
 * CPU at N = 10,000), nor over every article of its blocs (a bloc's articles
 * grow with the portal: 0.7 s for all pages at N = 10,000, 8 s at 30,000):
 * the lists of its blocs, then those of its places and award types — each
 * newest first — are walked together until no article not yet reached could
 * still enter the top `limit`.
 */
export function otherNews(portal: Portal, article: Article, limit: number): Article[] {
  const ix = indexOf(portal);
  const self = portal.articleIndex.get(article.slug) ?? -1;
  const blocs = new Set(article.blocs ?? []);
  const places = self >= 0 ? ix.placesOf[self]! : new Set<string>();
  const awards = new Set((article.awards ?? []).map((e) => e.award));
  const scoreOf = (i: number): number => {
    let s = 0;
    for (const b of ix.blocsOf[i]!) if (blocs.has(b)) s += 4;
    for (const p of ix.placesOf[i]!) if (places.has(p)) s += 3;
    for (const w of ix.awardsOf[i]!)
      if (awards.has(w)) {
        s += 2;
        break;
      }
    return s;
  };
  // The best `limit` so far: by score, then newest (lower position).
  const top: { i: number; s: number }[] = [];
  const consider = (i: number) => {
    const s = scoreOf(i);
    let at = top.length;
    while (at > 0 && (top[at - 1]!.s < s || (top[at - 1]!.s === s && top[at - 1]!.i > i))) at--;
    if (at >= limit) return;
    top.splice(at, 0, { i, s });
    if (top.length > limit) top.pop();
  };
  const seen = new Set<number>([self]);
  type List = { items: number[]; weight: number; award: boolean; at: number };
  const listsOf = (keys: Iterable<string>, by: Map<string, number[]>, weight: number, award: boolean): List[] =>
    [...keys].map((k) => ({ items: by.get(k) ?? [], weight, award, at: 0 }));
  // Lists newest first, walked together until no article not yet reached could still enter the top:
  // such an article is in none of the lists already walked past it, so it scores at most the weights
  // of the lists still ahead (an award list's 2 once), plus `outside` for the lists not walked.
  const walk = (lists: List[], outside: number) => {
    for (;;) {
      let next = Infinity;
      let bound = outside;
      let award = false;
      for (const l of lists) {
        while (l.at < l.items.length && seen.has(l.items[l.at]!)) l.at++;
        if (l.at >= l.items.length) continue;
        next = Math.min(next, l.items[l.at]!);
        if (l.award) award = true;
        else bound += l.weight;
      }
      if (next === Infinity) return;
      bound += award ? 2 : 0;
      const last = top[limit - 1];
      if (last && (last.s > bound || (last.s === bound && last.i < next))) return;
      seen.add(next);
      consider(next);
    }
  };
  // First the articles of its blocs (4 each), which the closest share; an article of a bloc list not
  // reached may also share its places and an award type. Then, for articles of no bloc of its,
  // the place (3 each) and award-type (2) lists: those left of the bloc lists cannot enter any more.
  walk(listsOf(blocs, ix.byBloc, 4, false), 3 * places.size + (awards.size ? 2 : 0));
  walk([...listsOf(places, ix.byPlace, 3, false), ...listsOf(awards, ix.byAward, 2, true)], 0);
  const out = top.map((e) => portal.articles[e.i]!);
  const taken = new Set([article.slug, ...out.map((a) => a.slug)]);
  const take = (list: readonly Article[]) => {
    for (const a of list) {
      if (out.length >= limit) return;
      if (!taken.has(a.slug)) {
        taken.add(a.slug);
        out.push(a);
      }
    }
  };
  take(portal.byKind.get(article.kind) ?? []);
  take(portal.articles);
  return out;
}

/** The next newer and next older published article. */
export function neighbours(portal: Portal, article: Article): { newer?: Article; older?: Article } {
  const i = portal.articleIndex.get(article.slug) ?? -1;
  return { newer: i > 0 ? portal.articles[i - 1] : undefined, older: i >= 0 ? portal.articles[i + 1] : undefined };
}
