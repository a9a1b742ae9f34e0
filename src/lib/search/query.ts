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
  /** Passed to pagefind.options() before this pass's search. */
  options: { exactDiacritics: boolean; ranking: Record<string, unknown> };
}

/**
 * Ranking for every pass. Title matches weigh most (a person's or unit's full
 * name puts its own page first); the folded title (`tf`, only when the title
 * has đ) weighs the same; the search words (`k`: twins, abbreviations,
 * variants, awards, recipients) make a page match but add little.
 */
export const RANKING = {
  metaWeights: { title: 5, tf: 5, k: 0.5 },
  diacriticSimilarity: 2,
};

export function searchPasses(q: string): SearchPass[] {
  const folded: SearchPass = { options: { exactDiacritics: false, ranking: RANKING } };
  return hasDiacritics(q) ? [{ options: { exactDiacritics: true, ranking: RANKING } }, folded] : [folded];
}

/** The passes' results in order, each page once (by id). */
export function mergeResults<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists)
    for (const r of list)
      if (!seen.has(r.id)) {
        seen.add(r.id);
        out.push(r);
      }
  return out;
}
