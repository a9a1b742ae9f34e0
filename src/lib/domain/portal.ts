/**
 * The published portal: drafts removed, every index computed once (honoree →
 * awards, bloc → articles, award type → recipients, statistics). Pages read
 * from here and never scan the content themselves.
 */
import { groupAwards } from './awards.ts';
import { givenNameFirst, indexLetter, sortVi } from '../text/collate.ts';
import type { Article, AwardType, Bloc, ContentSet, Honoree, Revocation, Site } from './types.ts';
import { entryDecisionKey, groupDecisions, type Decision } from './decisions.ts';
import { directPredecessors } from './successors.ts';
import { ARTICLE_KINDS, type ArticleKind } from './vocabulary.ts';

/** One recipient of one award entry of one published article: a row of the open data. */
export interface AwardRow {
  /** The award type's id (the entry's `award` field in the content). */
  awardType: string;
  year: number;
  honoree: string;
  decision?: string;
  decision_date?: string;
  reason?: string;
  article: string;
  articleDate: string;
  /** Index of the entry in the article's `awards`: rows of one entry share it. */
  entry: number;
  /** `<year>/<number-slug>` of its decision's page, when the entry names a number. */
  decisionKey?: string;
  /** Revoked later: shown everywhere, marked, and not counted. */
  revoked?: Revocation;
}

/** A row that counts (in counts, charts and figures): not revoked. */
export const isCounted = (r: AwardRow): boolean => r.revoked === undefined;

export interface Portal {
  site: Site;
  /** Published articles, newest first. */
  articles: Article[];
  articleBySlug: Map<string, Article>;
  /** Position of each published article in `articles` (for previous/next). */
  articleIndex: Map<string, number>;
  byKind: Map<ArticleKind, Article[]>;
  /** Years with published articles, newest first. */
  years: number[];
  byYear: Map<number, Article[]>;
  awardTypes: AwardType[];
  awardTypeById: Map<string, AwardType>;
  honorees: Honoree[];
  honoreeById: Map<string, Honoree>;
  blocs: Bloc[];
  blocById: Map<string, Bloc>;
  /** Every award row of published articles, in article order (newest first). */
  rows: AwardRow[];
  rowsByHonoree: Map<string, AwardRow[]>;
  rowsByAwardType: Map<string, AwardRow[]>;
  rowsByArticle: Map<string, AwardRow[]>;
  articlesByBloc: Map<string, Article[]>;
  /** Units and people whose `parent` is this collective, in Vietnamese order. */
  childrenOf: Map<string, Honoree[]>;
  blocsOfHonoree: Map<string, Bloc[]>;
  /** Every decision (from award entries, revocations and records), newest first. */
  decisions: Decision[];
  decisionByKey: Map<string, Decision>;
  /** Units that merged into (or were renamed as) each unit, directly. */
  predecessorsOf: Map<string, Honoree[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Newest first; same day → by slug, so the order never depends on the file system. */
export function compareArticles(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Newest first on an honoree page: award year, then article date. */
export function compareRowsNewestFirst(a: AwardRow, b: AwardRow): number {
  return b.year - a.year || (a.articleDate < b.articleDate ? 1 : a.articleDate > b.articleDate ? -1 : 0);
}

/** The sort text of an honoree: people by given name first, as official lists are. */
export function honoreeSortText(h: Pick<Honoree, 'name' | 'type'>): string {
  return h.type === 'ca-nhan' ? givenNameFirst(h.name) : h.name;
}

const PORTALS = Symbol.for('bang-vang.portals');

/**
 * The Portal of a content set, built once per set and shared across module graphs (the build's
 * integration and the pages Vite renders load this module separately): the search index and every
 * page read the same object.
 */
export function portalOf(set: ContentSet): Portal {
  const g = globalThis as unknown as Record<symbol, WeakMap<ContentSet, Portal> | undefined>;
  const portals = (g[PORTALS] ??= new WeakMap());
  let portal = portals.get(set);
  if (!portal) portals.set(set, (portal = buildPortal(set)));
  return portal;
}

export function buildPortal(set: ContentSet): Portal {
  if (!set.site) throw new Error('buildPortal: content has no site settings (validate first)');
  const articles = set.articles.filter((a) => !a.draft).sort(compareArticles);
  const byKind = new Map<ArticleKind, Article[]>(ARTICLE_KINDS.map((k) => [k, []]));
  const byYear = new Map<number, Article[]>();
  const articlesByBloc = new Map<string, Article[]>();
  const rows: AwardRow[] = [];
  const rowsByArticle = new Map<string, AwardRow[]>();
  for (const a of articles) {
    byKind.get(a.kind)!.push(a);
    push(byYear, Number(a.date.slice(0, 4)), a);
    for (const b of a.blocs ?? []) push(articlesByBloc, b, a);
    for (const [index, entry] of (a.awards ?? []).entries()) {
      for (const honoree of entry.recipients) {
        const row: AwardRow = {
          awardType: entry.award,
          year: entry.year,
          honoree,
          article: a.slug,
          articleDate: a.date,
          entry: index,
        };
        if (entry.decision !== undefined) row.decision = entry.decision;
        if (entry.decision_date !== undefined) row.decision_date = entry.decision_date;
        if (entry.reason !== undefined) row.reason = entry.reason;
        const at = entryDecisionKey(entry, a.date);
        if (at) row.decisionKey = at.key;
        if (entry.revoked !== undefined) row.revoked = entry.revoked;
        rows.push(row);
        push(rowsByArticle, a.slug, row);
      }
    }
  }
  const rowsByHonoree = new Map<string, AwardRow[]>();
  const rowsByAwardType = new Map<string, AwardRow[]>();
  for (const r of rows) {
    push(rowsByHonoree, r.honoree, r);
    push(rowsByAwardType, r.awardType, r);
  }
  for (const list of rowsByHonoree.values()) list.sort(compareRowsNewestFirst);
  for (const list of rowsByAwardType.values()) list.sort(compareRowsNewestFirst);

  const honorees = sortVi(set.honorees, honoreeSortText);
  const childrenOf = new Map<string, Honoree[]>();
  for (const h of honorees) if (h.parent) push(childrenOf, h.parent, h);

  const blocs = sortVi(set.blocs, (b) => b.name);
  const blocsOfHonoree = new Map<string, Bloc[]>();
  for (const b of blocs) for (const m of b.members) push(blocsOfHonoree, m, b);

  const awardTypes = sortVi(set.awardTypes, (t) => t.name).sort((a, b) => a.rank - b.rank); // stable: by name within a rank
  const decisions = groupDecisions(articles, set.decisions ?? []);
  return {
    site: set.site,
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    articleIndex: new Map(articles.map((a, i) => [a.slug, i])),
    byKind,
    years: [...byYear.keys()].sort((a, b) => b - a),
    byYear,
    awardTypes,
    awardTypeById: new Map(awardTypes.map((t) => [t.id, t])),
    honorees,
    honoreeById: new Map(honorees.map((h) => [h.id, h])),
    blocs,
    blocById: new Map(blocs.map((b) => [b.id, b])),
    rows,
    rowsByHonoree,
    rowsByAwardType,
    rowsByArticle,
    articlesByBloc,
    childrenOf,
    blocsOfHonoree,
    decisions,
    decisionByKey: new Map(decisions.map((d) => [d.key, d])),
    predecessorsOf: directPredecessors(honorees),
  };
}

/** Group a newest-first list of articles by month: [[{year, month}, articles], …]. */
export function groupByMonth(articles: readonly Article[]): { year: number; month: number; articles: Article[] }[] {
  const groups: { year: number; month: number; articles: Article[] }[] = [];
  for (const a of articles) {
    const year = Number(a.date.slice(0, 4));
    const month = Number(a.date.slice(5, 7));
    const last = groups[groups.length - 1];
    if (last && last.year === year && last.month === month) last.articles.push(a);
    else groups.push({ year, month, articles: [a] });
  }
  return groups;
}

/** Group items by a numeric year, newest year first, keeping each group's order. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): { year: number; items: T[] }[] {
  const map = new Map<number, T[]>();
  for (const item of items) push(map, yearOf(item), item);
  return [...map.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, items: list }));
}

/** Count of items (awards, see awards.ts) per year, oldest first; revoked awards do not count. */
export function countByYear(rows: readonly { year: number; revoked?: unknown }[]): { year: number; count: number }[] {
  const map = new Map<number, number>();
  for (const r of rows) if (r.revoked === undefined) map.set(r.year, (map.get(r.year) ?? 0) + 1);
  return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Honorees grouped by index letter, in Vietnamese order (letters follow the alphabet). */
export function groupByLetter(honorees: readonly Honoree[]): { letter: string; honorees: Honoree[] }[] {
  const groups = new Map<string, Honoree[]>();
  for (const h of honorees) push(groups, indexLetter(honoreeSortText(h)), h);
  return [...groups.entries()].map(([letter, list]) => ({ letter, honorees: list }));
}

/** Headline figures: awards (an award announced twice counts once, a revoked one not at all) per award type in one year, most prestigious first. */
export function yearFigures(portal: Portal, year: number): { type: AwardType; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of groupAwards(portal.rows.filter((r) => r.year === year)))
    if (a.revoked === undefined) counts.set(a.awardType, (counts.get(a.awardType) ?? 0) + 1);
  return portal.awardTypes.filter((t) => counts.has(t.id)).map((t) => ({ type: t, count: counts.get(t.id)! }));
}

/** The latest award year with any row, or undefined. */
export function latestAwardYear(portal: Portal): number | undefined {
  let max: number | undefined;
  for (const r of portal.rows) if (isCounted(r) && (max === undefined || r.year > max)) max = r.year;
  return max;
}

/** Number of awards that count (revoked ones excluded). */
export function countedAwards(rows: readonly AwardRow[]): number {
  let n = 0;
  for (const r of rows) if (isCounted(r)) n++;
  return n;
}
