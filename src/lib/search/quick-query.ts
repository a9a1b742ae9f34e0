/**
 * Searching the quick index (quick-index.ts): the search page's first
 * results, shown until Pagefind's ranked list replaces them. Pure; the
 * function that fetches a file of the index (path under QUICK_DIR → parsed
 * JSON) is passed in.
 *
 * Every query word must match a word of the title (folded, so "tran" finds
 * "Trần"; its spelling variant and abbreviation forms count). Ranking, best
 * first:
 * 1. with marks in the query, titles matching every word as typed (a reader
 *    who types "Trần" means trần, not trận — as query.ts does with Pagefind);
 * 2. from two words, titles where the words stand together in order;
 * 3. within those, BM25 on the title: every candidate has every word, so
 *    the shorter title first — a title that is exactly the query (a person's
 *    or unit's full name) before the titles naming it; equal scores newest
 *    first.
 */
import { hasDiacritics } from '../text/fold.ts';
import {
  BLOCK,
  decodePostings,
  formOf,
  type QuickRow,
  type QuickShard,
  SHARDS,
  shardOf,
  termOf,
} from './quick-index.ts';
import { normaliseQuery } from './query.ts';

export type FetchQuick = (file: string) => Promise<unknown>;

export interface QuickResult {
  doc: number;
  url: string;
  title: string;
  kind?: string;
  date?: string;
  summary?: string;
  awards?: string;
  score: number;
}

interface Hit {
  pos: number;
  len: number;
  exact: boolean;
}

const K1 = 1.2;
const B = 0.75;
/** Neighbouring query words count as together when the second is 0–2 words after the first. */
const NEAR = 2;

/** The top `limit` title matches for a query, with their rows; `total`: how many titles match. */
export async function quickSearch(
  input: string,
  fetchFile: FetchQuick,
  o: { limit?: number; shards?: number; block?: number } = {},
): Promise<{ results: QuickResult[]; total: number }> {
  const limit = o.limit ?? 10;
  const shards = o.shards ?? SHARDS;
  const block = o.block ?? BLOCK;
  const q = normaliseQuery(input);
  const words = q ? q.split(' ') : [];
  if (!words.length) return { results: [], total: 0 };
  const marks = hasDiacritics(q);
  const terms = words.map(termOf);
  const files = [...new Set(terms.map((t) => shardOf(t, shards)))];
  const loaded = new Map<number, QuickShard>();
  await Promise.all(
    files.map(async (n) => {
      loaded.set(n, (await fetchFile(`t/${n}.json`)) as QuickShard);
    }),
  );
  const first = loaded.get(files[0]!)!;
  // An index built with other settings (a page and an index from different builds): not ours to read.
  if (first.s !== shards || first.b !== block) throw new Error('quick index: other shards or block size');
  const N = first.n;
  const avg = first.a || 1;

  // Each query word: doc → its best hit, and the word's weight.
  const perWord: { hits: Map<number, Hit>; idf: number }[] = words.map((w, i) => {
    const forms = loaded.get(shardOf(terms[i]!, shards))?.t[terms[i]!] ?? {};
    const exactForm = formOf(w);
    const hits = new Map<number, Hit>();
    for (const [form, postings] of Object.entries(forms)) {
      const exact = form === exactForm;
      for (const p of decodePostings(postings)) {
        const had = hits.get(p.doc);
        if (!had) hits.set(p.doc, { pos: p.pos, len: p.len, exact });
        else if (exact && !had.exact) hits.set(p.doc, { pos: had.pos, len: p.len, exact: true });
      }
    }
    const df = hits.size;
    return { hits, idf: Math.log(1 + (N - df + 0.5) / (df + 0.5)) };
  });

  // AND: the rarest word's documents, kept when every other word is in the title too.
  const order = [...perWord].sort((a, b) => a.hits.size - b.hits.size);
  const candidates = [...order[0]!.hits.keys()].filter((d) => order.every((w) => w.hits.has(d)));

  const ranked = candidates.map((doc) => {
    const hits = perWord.map((w) => w.hits.get(doc)!);
    const len = hits[0]!.len;
    let score = 0;
    for (let i = 0; i < hits.length; i++) score += (perWord[i]!.idf * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / avg));
    let together = true;
    for (let i = 0; i + 1 < hits.length; i++) {
      const d = hits[i + 1]!.pos - hits[i]!.pos;
      if (d < 0 || d > NEAR) together = false;
    }
    const exact = !marks || hits.every((h) => h.exact);
    const tier = (exact ? 0 : 2) + (together || words.length < 2 ? 0 : 1);
    return { doc, tier, score };
  });
  ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || a.doc - b.doc);
  const top = ranked.slice(0, limit);

  const blocks = new Map<number, QuickRow[]>();
  await Promise.all(
    [...new Set(top.map((r) => Math.floor(r.doc / block)))].map(async (n) => {
      blocks.set(n, (await fetchFile(`d/${n}.json`)) as QuickRow[]);
    }),
  );
  const results = top.map(({ doc, score }) => {
    const [url, title, kind, date, summary, awards] = blocks.get(Math.floor(doc / block))![doc % block]!;
    return {
      doc,
      url: url!,
      title: title!,
      score,
      ...(kind ? { kind } : {}),
      ...(date ? { date } : {}),
      ...(summary ? { summary } : {}),
      ...(awards ? { awards } : {}),
    };
  });
  return { results, total: candidates.length };
}
