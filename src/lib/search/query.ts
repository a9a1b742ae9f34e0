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
  /** What to pass to pagefind.search(): the query, or words quoted for a phrase. */
  query: string;
  /** Passed to pagefind.options() before this pass's search. */
  options: { exactDiacritics: boolean; ranking: typeof RANKING };
  /** The pass that holds every result with Pagefind's score. */
  ranked: boolean;
  /**
   * exact-marks: pages found go first; phrase: then pages with all the words
   * together; pair: each pair of neighbouring words found together raises the score.
   */
  promote?: 'exact-marks' | 'phrase' | 'pair';
}

/**
 * Ranking for every pass. Title matches weigh most; the folded title (`tf`)
 * weighs the same; `name` (honorees only: the name folded, with its i/y and
 * abbreviated forms) adds to them, so that a person's or unit's full name
 * puts its own page before the articles naming it; the search words (`k`:
 * twins, abbreviations, variants, awards, recipients) make a page match but
 * add little.
 */
export const RANKING = {
  metaWeights: { title: 5, tf: 5, name: 5, k: 0.5 },
  diacriticSimilarity: 2,
};

/** Pairs of neighbouring words searched as phrases (proximity), at most. */
const MAX_PAIRS = 10;

/**
 * The passes for a query (already normalised): the folded, ranked pass; with
 * marks, an exact-marks pass; with several words, the whole phrase (Pagefind's
 * quoted search) and, from three words, each pair of neighbours. Chunks are
 * fetched once, so the extra passes cost no transfer, only a few ms each.
 */
export function searchPasses(q: string): SearchPass[] {
  const options = { exactDiacritics: false, ranking: RANKING };
  const passes: SearchPass[] = [{ query: q, ranked: true, options }];
  if (hasDiacritics(q))
    passes.push({ query: q, ranked: false, promote: 'exact-marks', options: { ...options, exactDiacritics: true } });
  const words = q.split(' ');
  if (words.length > 1) passes.push({ query: `"${q}"`, ranked: false, promote: 'phrase', options });
  if (words.length > 2)
    for (let i = 0; i + 1 < words.length && i < MAX_PAIRS; i++)
      passes.push({ query: `"${words[i]} ${words[i + 1]}"`, ranked: false, promote: 'pair', options });
  return passes;
}

/**
 * Results of one or more indexes (bundles) in one list. Each result's tier:
 * +2 when the query has marks and the page does not match them as typed, +1
 * when its words do not stand together; within a tier, by Pagefind's score
 * raised by the share of neighbouring pairs found together.
 */
export function rankAcross<T extends { id: string; score: number }>(
  groups: { passes: SearchPass[]; lists: T[][] }[],
): { group: number; result: T }[] {
  const all: { group: number; result: T; tier: number; score: number }[] = [];
  groups.forEach(({ passes, lists }, group) => {
    const sets = passes.map((p, i) => (p.promote ? new Set(lists[i]!.map((r) => r.id)) : null));
    // With marks, the exact-marks pass scores as the reader meant ("Nam" is not "năm").
    const exactAt = passes.findIndex((p) => p.promote === 'exact-marks');
    // …and its result objects carry excerpts marking only the words as typed.
    const exact = new Map((exactAt >= 0 ? lists[exactAt]! : []).map((r) => [r.id, r]));
    const pairs = passes.filter((p) => p.promote === 'pair').length;
    const ranked = lists[passes.findIndex((p) => p.ranked)] ?? [];
    for (const result of ranked) {
      let tier = 0;
      let together = 0;
      passes.forEach((p, i) => {
        const found = sets[i]?.has(result.id);
        if (p.promote === 'exact-marks' && !found) tier += 2;
        if (p.promote === 'phrase' && !found) tier += 1;
        if (p.promote === 'pair' && found) together++;
      });
      const shown = exact.get(result.id) ?? result;
      all.push({ group, result: shown, tier, score: shown.score * (1 + (pairs ? together / pairs : 0)) });
    }
  });
  return all.sort((a, b) => a.tier - b.tier || b.score - a.score).map(({ group, result }) => ({ group, result }));
}
