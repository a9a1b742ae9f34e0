/**
 * Award decisions as citizens look them up. A decision is identified by its
 * number and the year of its date: award entries naming the same number in
 * the same year, in any article, are one decision. An entry with a number but
 * no date is grouped by its article's year (and the page says so). A record
 * (content/decisions/) adds issuer, signer, title and document. A revocation
 * names its decision and date, so the revoking decision has a page too.
 */
import { memoByString } from '../text/memo.ts';
import { slugify } from '../text/slug.ts';
import type { Article, AwardEntry, DecisionRecord } from './types.ts';

/**
 * "512/QĐ-UBND" → "512-qd-ubnd": the URL segment of a decision (tones stripped, đ → d). Many award
 * entries name the same decision: each number is slugified once.
 */
export const decisionSlug: (number: string) => string = memoByString(slugify, 100_000);

/** The key of a decision: `<year>/<number-slug>`. */
export const decisionKey = (year: number | string, slug: string) => `${year}/${slug}`;

/** One award entry of one article that a decision grants (or revokes). */
export interface DecisionEntry {
  article: string;
  articleDate: string;
  /** Repo-relative file of the article, for messages. */
  file: string;
  /** Index of the entry in the article's `awards`. */
  index: number;
  entry: AwardEntry;
  /** The entry named the number without a date: its year is the article's. */
  undated: boolean;
}

export interface Decision {
  key: string;
  year: number;
  slug: string;
  /** As first written (the record's spelling when there is one). */
  number: string;
  /** From the record, or the entries; absent when nobody gave one. */
  date?: string;
  record?: DecisionRecord;
  /** Award entries it grants, newest article first. */
  grants: DecisionEntry[];
  /** Award entries it revokes. */
  revokes: DecisionEntry[];
  /** Slugs of the articles that announced it (grants or revocations), newest first. */
  articles: string[];
}

/** Where an award entry's decision lives, or undefined when the entry names no number. */
export function entryDecisionKey(entry: Pick<AwardEntry, 'decision' | 'decision_date'>, articleDate: string) {
  if (entry.decision === undefined) return undefined;
  const slug = decisionSlug(entry.decision);
  if (!slug) return undefined;
  const year = Number((entry.decision_date ?? articleDate).slice(0, 4));
  return { year, slug, key: decisionKey(year, slug) };
}

/** One collator for every comparison: `localeCompare(…, 'vi', …)` builds one per call (issue 16: 2.5 s at N = 10,000). */
const byNumber = new Intl.Collator('vi', { numeric: true });

/** Newest first: by date (undated by year), then by number as people count (2/… before 10/…). */
export function compareDecisions(a: Decision, b: Decision): number {
  const da = a.date ?? `${a.year}-00-00`;
  const db = b.date ?? `${b.year}-00-00`;
  if (da !== db) return da < db ? 1 : -1;
  // Numbers that begin with different counts compare as those counts (what the collator would say, without it).
  const na = leadingCount(a.number);
  const nb = leadingCount(b.number);
  if (na !== nb && na >= 0 && nb >= 0) return na - nb;
  return byNumber.compare(a.number, b.number);
}

/** The number a decision number begins with ("125/QĐ-UBND" → 125), or -1 (none, or too long to be exact). */
function leadingCount(number: string): number {
  let n = 0;
  let i = 0;
  for (; i < number.length && i < 15; i++) {
    const c = number.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === 0 || i === 15 ? -1 : n;
}

/**
 * Every decision of the given (published) articles and records. Articles are
 * taken in the order given; conflicts (two dates for one key, two spellings
 * for one slug) are reported by checks.ts, here the first one stands.
 */
export function groupDecisions(articles: readonly Article[], records: readonly DecisionRecord[] = []): Decision[] {
  const byKey = new Map<string, Decision>();
  const get = (year: number, slug: string, number: string): Decision => {
    const key = decisionKey(year, slug);
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { key, year, slug, number, grants: [], revokes: [], articles: [] }));
    return d;
  };
  for (const r of records) {
    const slug = decisionSlug(r.number);
    if (!slug) continue;
    const d = get(Number(r.date.slice(0, 4)), slug, r.number);
    if (!d.record) {
      d.record = r;
      d.date = r.date;
      d.number = r.number;
    }
  }
  for (const a of articles) {
    (a.awards ?? []).forEach((entry, index) => {
      const at = entryDecisionKey(entry, a.date);
      if (at) {
        const d = get(at.year, at.slug, entry.decision!);
        d.date ??= entry.decision_date;
        d.grants.push({
          article: a.slug,
          articleDate: a.date,
          file: a.file,
          index,
          entry,
          undated: entry.decision_date === undefined,
        });
        if (!d.articles.includes(a.slug)) d.articles.push(a.slug);
      }
      if (entry.revoked) {
        const slug = decisionSlug(entry.revoked.decision);
        if (!slug) return;
        const d = get(Number(entry.revoked.date.slice(0, 4)), slug, entry.revoked.decision);
        d.date ??= entry.revoked.date;
        d.revokes.push({ article: a.slug, articleDate: a.date, file: a.file, index, entry, undated: false });
        if (!d.articles.includes(a.slug)) d.articles.push(a.slug);
      }
    });
  }
  return [...byKey.values()].sort(compareDecisions);
}

/** Decisions by year, newest year first (each year's list keeps the given order). */
export function decisionsByYear(decisions: readonly Decision[]): { year: number; decisions: Decision[] }[] {
  const map = new Map<number, Decision[]>();
  for (const d of decisions) {
    const list = map.get(d.year);
    if (list) list.push(d);
    else map.set(d.year, [d]);
  }
  return [...map.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, decisions: list }));
}

/** The forms people type for a decision number, for the search index: "512/QĐ-UBND" → "512 QĐ UBND", "512 qd ubnd", "512/qd-ubnd", "quyết định 512"… */
export function decisionNumberForms(number: string): string[] {
  const spaced = number.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const slug = decisionSlug(number);
  const lead = /^\p{N}+/u.exec(spaced)?.[0];
  const forms = [
    number,
    spaced,
    slug.replace(/-/g, ' '),
    slug,
    number.toLowerCase(),
    slugify(number).replace(/-/g, ''),
    ...(lead ? [`quyết định ${lead}`, `quyet dinh ${lead}`, `QĐ ${lead}`, `qd ${lead}`, `quyết định số ${lead}`] : []),
  ];
  return [...new Set(forms)];
}
