/**
 * What a client does with a reader's query before asking Pagefind, and how
 * it ranks. Exported for any client of the index (contract, Search):
 *
 *   const q = normaliseQuery(input);
 *   const passes = searchPasses(q);   // one or two Pagefind searches, in order
 *   for each pass: await pagefind.options(pass.options); results of pagefind.search(q) …
 *   keep the first occurrence of each page across the passes (mergeResults).
 *
 * A query typed with marks ("Trần Quốc Nam") first asks for exact-mark matches
 * (Pagefind's exactDiacritics), then everything folded after them, so that
 * "trận" does not outrank "trần"; a query without marks is folded only.
 */
import { hasDiacritics } from '../text/fold.ts';

/**
 * NFC, decision numbers split into words Pagefind keeps ("512/QĐ-UBND" →
 * "512 QĐ UBND"), "&" inside abbreviations kept joined ("GD&ĐT" → "GDĐT"),
 * other punctuation → spaces, spaces collapsed.
 */
export function normaliseQuery(q: string): string {
  return q
    .normalize('NFC')
    .replace(/([\p{L}])&([\p{L}])/gu, '$1$2')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export interface SearchPass {
  /** What to pass to pagefind.search(): the query, or the query quoted for a phrase. */
  query: string;
  /** Passed to pagefind.options() before this pass's search. */
  options: { exactDiacritics: boolean; ranking: typeof RANKING };
  /** The pass that holds every result in relevance order. */
  ranked: boolean;
  /** Pages found by this pass go before those that are not. */
  promote?: 'exact-marks' | 'phrase';
}

/**
 * Ranking for every pass. Title matches weigh most; the folded title (`tf`)
 * weighs the same; `name` (honorees only: the name folded, with its
 * abbreviation and spelling forms) adds to them, so that a person's or unit's
 * full name puts its own page before the articles naming it; the search words
 * (`k`: twins, abbreviations, variants, awards, recipients) make a page match
 * but add little.
 */
export const RANKING = {
  metaWeights: { title: 5, tf: 5, name: 5, k: 0.5 },
  diacriticSimilarity: 2,
};

/**
 * The passes for a query (already normalised): the folded, ranked pass; with
 * marks, an exact-marks pass; with several words, a phrase pass (Pagefind's
 * quoted search: the words standing together). Chunks are fetched once, so
 * the extra passes cost no transfer.
 */
export function searchPasses(q: string): SearchPass[] {
  const passes: SearchPass[] = [{ query: q, ranked: true, options: { exactDiacritics: false, ranking: RANKING } }];
  if (hasDiacritics(q))
    passes.push({
      query: q,
      ranked: false,
      promote: 'exact-marks',
      options: { exactDiacritics: true, ranking: RANKING },
    });
  if (q.split(' ').length > 1)
    passes.push({
      query: `"${q}"`,
      ranked: false,
      promote: 'phrase',
      options: { exactDiacritics: false, ranking: RANKING },
    });
  return passes;
}

/**
 * One list from the passes' results: the ranked pass's order, with pages
 * matching the marks as typed first, then, within each, pages where the
 * words stand together first (stable).
 */
export function combineResults<T extends { id: string }>(passes: SearchPass[], lists: T[][]): T[] {
  const ranked = lists[passes.findIndex((p) => p.ranked)] ?? [];
  const sets = passes.map((p, i) =>
    p.promote ? { promote: p.promote, ids: new Set(lists[i]!.map((r) => r.id)) } : null,
  );
  const tier = (id: string) => {
    let t = 0;
    for (const s of sets) {
      if (!s || s.ids.has(id)) continue;
      t += s.promote === 'exact-marks' ? 2 : 1;
    }
    return t;
  };
  return ranked
    .map((r, i) => ({ r, i, t: tier(r.id) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}
