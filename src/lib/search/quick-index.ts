/**
 * The first stage of the search page (issue 14): a small index of titles of
 * our own, so that the first results are on screen after a few KB instead of
 * Pagefind's library, WASM and metadata (~600 KB at N = 10,000). Pagefind is
 * loaded right after and its ranked results replace these (docs/search.md,
 * "First stage: the quick index"). Pure: `buildQuickIndex` returns the files,
 * the build writes them to `<base>pagefind/nhanh/`.
 *
 * What it holds, from the same search records as Pagefind:
 * - `d/<n>.json`: the documents, BLOCK per file, newest first (doc id = row
 *   order, so equal scores show the newest first): [url, title, kind, date,
 *   summary, awards], trailing empty fields dropped.
 * - `t/<n>.json`: the terms whose hash is n (SHARDS files): { s: SHARDS,
 *   b: BLOCK, n: documents, a: average title length, t: { term: { form:
 *   postings } } }. A term is a
 *   folded word of a title ("tran"), with every word that folds to it as its
 *   forms ("trần", "trận": an accented query prefers its own marks). Terms
 *   come from the title's words, their i/y spelling variant, the other form
 *   of every abbreviation it uses (expand.ts, abbreviations.ts, both ways),
 *   decision numbers joined ("512qdubnd") — the same folding as the records.
 * - postings: doc ids ascending, each as base-36 delta from the previous,
 *   then one base-36 digit for the word's position in the title and one for
 *   the title's length (both capped at 35), comma separated.
 */
import { foldVi } from '../text/fold.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { foldedWords, iyVariant, tonePlacementVariant } from './expand.ts';
import { normaliseQuery } from './query.ts';
import type { SearchRecord } from './records.ts';

/** Where the files go, under `<base>pagefind/`. */
export const QUICK_DIR = 'nhanh/';
/** Documents per `d/<n>.json` file. */
export const BLOCK = 16;
/** Number of `t/<n>.json` files. */
export const SHARDS = 512;
/** Positions and lengths are one base-36 digit. */
const CAP = 35;

/** FNV-1a, 32 bits, of a term: its shard. */
export function shardOf(term: string, shards = SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Words already folded (a portal's titles use a few thousand words, 90,000 titles at N = 10,000). */
const TERMS = new Map<string, string>();
const FORMS = new Map<string, string>();
const MEMO_MAX = 200_000;
function memo(cache: Map<string, string>, key: string, f: (k: string) => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    v = f(key);
    if (cache.size < MEMO_MAX) cache.set(key, v);
  }
  return v;
}

/** A word's folded key: no marks, đ → d, lower case. */
export const termOf = (word: string): string => memo(TERMS, word, (w) => foldVi(w.normalize('NFC')).toLowerCase());

/**
 * A word's form as the reader typed it, with its spelling variants made one:
 * sĩ = sỹ, hoà = hòa (whichever sorts first), lower case.
 */
export function formOf(word: string): string {
  return memo(FORMS, word, (x) => {
    const w = x.normalize('NFC').toLowerCase();
    const other = iyVariant(w) ?? tonePlacementVariant(w);
    return other && other < w ? other : w;
  });
}

export interface Token {
  term: string;
  form: string;
  pos: number;
}

const VARIANTS = new Map<string, string>();
const NUMBER_LIKE = /\d+(?:\/[\p{L}\p{N}]+)+(?:-[\p{L}\p{N}]+)*/gu;
const WORD = /[\p{L}\p{N}]+/gu;

interface Abbr {
  /** The full form's folded words. */
  full: string[];
  /** Its words as written (forms). */
  fullWords: string[];
  /** The abbreviation's printed forms, joined ("gd&đt" → "gdđt"). */
  forms: string[];
  foldedForms: string[];
}
const ABBRS: Abbr[] = ABBREVIATIONS.map((a) => ({
  full: foldedWords(a.full).trim().split(' '),
  fullWords: a.full.normalize('NFC').match(WORD) ?? [],
  forms: [a.abbr, ...(a.also ?? [])].map((f) => (f.normalize('NFC').match(WORD) ?? []).join('')),
  foldedForms: [a.abbr, ...(a.also ?? [])].map((f) => termOf((f.normalize('NFC').match(WORD) ?? []).join(''))),
}));
const BY_FIRST_WORD = new Map<string, Abbr[]>();
const BY_FORM = new Map<string, Abbr[]>();
const push = (m: Map<string, Abbr[]>, k: string, a: Abbr) => m.set(k, [...(m.get(k) ?? []), a]);
for (const a of ABBRS) {
  push(BY_FIRST_WORD, a.full[0]!, a);
  for (const f of new Set(a.foldedForms)) push(BY_FORM, f, a);
}

/**
 * The terms of a title with their positions: its words (as the query
 * normaliser splits them), each word's i/y variant, both forms of every
 * abbreviation (an abbreviation at the position of the last word it stands
 * for, the spelled-out words at the abbreviation's), decision numbers joined.
 * `length` is the number of words.
 */
export function titleTokens(title: string): { tokens: Token[]; length: number } {
  const words = normaliseQuery(title).split(' ').filter(Boolean);
  const tokens: Token[] = [];
  const add = (word: string, pos: number) => {
    const term = termOf(word);
    if (term) tokens.push({ term, form: formOf(word), pos: Math.min(pos, CAP) });
  };
  words.forEach((w, i) => {
    add(w, i);
    const iy = memo(VARIANTS, w, (x) => iyVariant(x) ?? '');
    if (iy) add(iy, i);
  });
  // "GD&ĐT" is one word for the normaliser ("GDĐT"); "GD ĐT" also finds it.
  for (const m of title.normalize('NFC').matchAll(/[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)+/gu)) {
    const pieces = m[0].split('&');
    const at = words.indexOf(pieces.join(''));
    for (const p of pieces) add(p, Math.max(at, 0));
  }
  const folded = words.map(termOf);
  folded.forEach((f, i) => {
    // Spelled out here: the abbreviation at the last of its words.
    for (const a of BY_FIRST_WORD.get(f) ?? [])
      if (a.full.every((w, k) => folded[i + k] === w)) for (const form of a.forms) add(form, i + a.full.length - 1);
    // Abbreviated here (as one word, or two: "GD ĐT"): the words it stands for, at its position.
    for (const a of BY_FORM.get(f) ?? []) for (const w of a.fullWords) add(w, i);
    if (i + 1 < folded.length)
      for (const a of BY_FORM.get(f + folded[i + 1]) ?? []) for (const w of a.fullWords) add(w, i + 1);
  });
  for (const m of title.normalize('NFC').matchAll(NUMBER_LIKE)) {
    const parts = m[0].match(WORD) ?? [];
    const at = words.indexOf(parts[0]!);
    add(parts.join(''), Math.max(at, 0));
  }
  return { tokens, length: words.length };
}

/** A document row: [url, title, kind, date, summary, awards], trailing empty fields dropped. */
export type QuickRow = string[];

export function docRow(r: SearchRecord): QuickRow {
  const row = [
    r.url,
    r.meta.title ?? r.url,
    r.meta.kind ?? '',
    r.meta.date ?? '',
    r.meta.summary ?? '',
    r.meta.awards ?? '',
  ];
  while (row.length > 2 && !row.at(-1)) row.pop();
  return row;
}

const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const b36 = (n: number) => n.toString(36);

/** Postings (doc ids ascending) with each doc's position and title length, encoded. */
export function encodePostings(postings: { doc: number; pos: number; len: number }[]): string {
  let prev = 0;
  return postings
    .map((p, i) => {
      const s = `${b36(i ? p.doc - prev : p.doc)}${b36(Math.min(p.pos, CAP))}${b36(Math.min(p.len, CAP))}`;
      prev = p.doc;
      return s;
    })
    .join(',');
}

export function decodePostings(s: string): { doc: number; pos: number; len: number }[] {
  if (!s) return [];
  let doc = 0;
  return s.split(',').map((tok, i) => {
    const delta = Number.parseInt(tok.slice(0, -2), 36);
    doc = i ? doc + delta : delta;
    return { doc, pos: Number.parseInt(tok.at(-2)!, 36), len: Number.parseInt(tok.at(-1)!, 36) };
  });
}

export interface QuickShard {
  /** Shards and documents per block it was built with: a client built with others does not use it. */
  s: number;
  b: number;
  /** Number of documents. */
  n: number;
  /** Average title length (words). */
  a: number;
  /** term → form → postings. */
  t: Record<string, Record<string, string>>;
}

/**
 * The files of the quick index (path under QUICK_DIR → JSON text) for the
 * search records; documents newest first (`sort.date`), then by url.
 */
export function buildQuickIndex(
  records: SearchRecord[],
  o: { block?: number; shards?: number } = {},
): Map<string, string> {
  const block = o.block ?? BLOCK;
  const shards = o.shards ?? SHARDS;
  const docs = [...records].sort((a, b) => order(b.sort.date ?? '', a.sort.date ?? '') || order(a.url, b.url));
  const terms = new Map<string, Map<string, { doc: number; pos: number; len: number }[]>>();
  let totalLength = 0;
  docs.forEach((r, doc) => {
    const { tokens, length } = titleTokens(r.meta.title ?? '');
    totalLength += length;
    const seen = new Set<string>();
    for (const t of tokens) {
      const key = `${t.term}\u0000${t.form}`;
      if (seen.has(key)) continue; // the first position of a word in the title
      seen.add(key);
      let forms = terms.get(t.term);
      if (!forms) terms.set(t.term, (forms = new Map()));
      let list = forms.get(t.form);
      if (!list) forms.set(t.form, (list = []));
      list.push({ doc, pos: t.pos, len: length });
    }
  });
  const files = new Map<string, string>();
  for (let i = 0; i * block < docs.length; i++)
    files.set(`d/${i}.json`, JSON.stringify(docs.slice(i * block, (i + 1) * block).map(docRow)));
  const byShard: Record<string, Record<string, string>>[] = Array.from({ length: shards }, () => ({}));
  for (const [term, forms] of [...terms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const out: Record<string, string> = {};
    for (const [form, list] of forms) out[form] = encodePostings(list);
    byShard[shardOf(term, shards)]![term] = out;
  }
  const avg = docs.length ? Math.round((totalLength / docs.length) * 100) / 100 : 0;
  byShard.forEach((t, i) => {
    files.set(`t/${i}.json`, JSON.stringify({ s: shards, b: block, n: docs.length, a: avg, t } satisfies QuickShard));
  });
  return files;
}
