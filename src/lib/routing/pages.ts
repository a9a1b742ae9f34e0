/**
 * Every page of the portal, computed from the published content. Astro's
 * getStaticPaths, the sitemap, the alias check and the URL-conflict check all
 * read this one list, so they cannot disagree.
 */
import { awardKey } from '../domain/awards.ts';
import { buildPortal, groupByLetter, type Portal, portalOf } from '../domain/portal.ts';
import { decisionsByYear } from '../domain/decisions.ts';
import type { Article, ContentSet } from '../domain/types.ts';
import { ARTICLE_KINDS } from '../domain/vocabulary.ts';
import { paginate, PAGE_SIZE } from './paginate.ts';
import { paths } from './paths.ts';

/** Honorees per page of one letter of the index. */
export const LETTER_PAGE_SIZE = 500;
/** An index page lists every honoree inline up to this many; beyond, it links to letter pages. */
export const INLINE_INDEX_LIMIT = 1000;
/** An award type page lists every recipient inline up to this many rows; beyond, it links to year pages. */
export const INLINE_AWARD_ROWS = 500;
/** Rows per page of one award type in one year. */
export const YEAR_PAGE_SIZE = 500;
/** The decision index lists every decision inline up to this many; beyond, it links to year pages. */
export const INLINE_DECISIONS = 500;
/** Decisions per page of one year. */
export const DECISION_PAGE_SIZE = 200;

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

const lettersOf = new WeakMap<Portal, ReturnType<typeof groupByLetter>>();

/** Letters of the honoree index with their honorees (collectives and people together), computed once per portal. */
export function honoreeLetters(portal: Portal) {
  let letters = lettersOf.get(portal);
  if (!letters) lettersOf.set(portal, (letters = groupByLetter(portal.honorees)));
  return letters;
}

const pagePathsOf = new WeakMap<Portal, string[]>();

/** Every HTML page path (no feeds, data files, redirects or 404), computed once per portal. */
export function htmlPagePaths(portal: Portal): string[] {
  let list = pagePathsOf.get(portal);
  if (!list) pagePathsOf.set(portal, (list = listPagePaths(portal)));
  return list;
}

function listPagePaths(portal: Portal): string[] {
  const out: string[] = [
    paths.home(),
    paths.search(),
    paths.blocs(),
    paths.honorees(),
    paths.awardTypes(),
    paths.openData(),
    paths.decisions(),
  ];
  for (let n = 1; n <= pageCount(portal.articles.length); n++) out.push(paths.articles(n));
  for (const a of portal.articles) out.push(paths.article(a.slug));
  for (const kind of ARTICLE_KINDS) {
    for (let n = 1; n <= pageCount(portal.byKind.get(kind)!.length); n++) out.push(paths.kind(kind, n));
  }
  for (const y of portal.years) out.push(paths.year(y));
  for (const b of portal.blocs) out.push(paths.bloc(b.id));
  for (const h of portal.honorees) out.push(paths.honoree(h.id));
  for (const g of honoreeLetters(portal)) {
    for (const page of paginate(g.honorees, LETTER_PAGE_SIZE)) out.push(paths.honoreeLetter(g.letter, page.number));
  }
  for (const t of portal.awardTypes) {
    out.push(paths.awardType(t.id));
    // Year pages list awards (an award announced twice once, by its awardKey), as the pages do.
    const perYear = new Map<number, Set<string>>();
    for (const r of portal.rowsByAwardType.get(t.id) ?? []) {
      const awards = perYear.get(r.year);
      if (awards) awards.add(awardKey(r));
      else perYear.set(r.year, new Set([awardKey(r)]));
    }
    for (const [y, awards] of perYear) {
      for (let n = 1; n <= pageCount(awards.size, YEAR_PAGE_SIZE); n++) out.push(paths.awardTypeYear(t.id, y, n));
    }
  }
  for (const g of decisionsByYear(portal.decisions)) {
    for (let n = 1; n <= pageCount(g.decisions.length, DECISION_PAGE_SIZE); n++)
      out.push(paths.decisionYear(g.year, n));
    for (const d of g.decisions) out.push(paths.decision(d.year, d.slug));
  }
  return out;
}

/** Every non-HTML file the portal publishes. */
export function filePaths(): string[] {
  return [
    paths.feed(),
    ...ARTICLE_KINDS.map((k) => paths.kindFeed(k)),
    paths.sitemapIndex(),
    paths.openDataCsv(),
    paths.openDataJson(),
    paths.notFound(),
    '/robots.txt',
  ];
}

/**
 * All paths, for checks against aliases (a draft's page counts too: publishing it must not collide).
 * With `keep` (`validate --watch` and `astro dev`, which validate again after every save), the list
 * of the last run stands while its key does (`pageListKey`): a save that moves no page (a title, a
 * body, a photo) lists nothing again (issue 16). A build validates once and keeps nothing.
 */
export function allPathsOfContent(set: ContentSet, { keep = false }: { keep?: boolean } = {}): string[] {
  if (!set.site) return [];
  if (!keep) return listPathsOfContent(set);
  const key = pageListKey(set);
  const last = shared[LAST_LIST];
  if (last?.key === key) return last.paths;
  const paths = listPathsOfContent(set);
  shared[LAST_LIST] = { key, paths };
  return paths;
}

// Shared by the module graphs of one process (`astro dev` validates in Vite's after a save, in Node's at start).
const LAST_LIST = Symbol.for('bang-vang.page-list.last');
const ARTICLE_KEYS = Symbol.for('bang-vang.page-list.articles');
const shared = globalThis as unknown as {
  [LAST_LIST]?: { key: string; paths: string[] };
  [ARTICLE_KEYS]?: WeakMap<Article, string>;
};
const articleKeys = (shared[ARTICLE_KEYS] ??= new WeakMap<Article, string>());
const SEP = '\u0001';

/**
 * What the page list of a content set depends on, as one string: equal strings, equal lists.
 * Articles' slugs, kinds, dates and drafts; each award entry's type, year, recipients, decision
 * and revocation; honorees' ids, types and names (their letter and order); ids, names and ranks of
 * blocs and award types; decision records' numbers and dates. Titles, bodies, covers, reasons
 * and the rest are not in it. Exported for its test: every field in it moves a page.
 */
export function pageListKey(set: ContentSet): string {
  const parts: string[] = [set.site ? 'site' : ''];
  for (const a of set.articles) {
    let k = articleKeys.get(a);
    if (k === undefined) {
      k = [a.slug, a.kind, a.date, a.draft ? 'draft' : ''].join(SEP);
      for (const e of a.awards ?? [])
        k += [
          '\u0002',
          e.award,
          e.year,
          e.decision ?? '',
          e.decision_date ?? '',
          e.revoked?.decision ?? '',
          e.revoked?.date ?? '',
          e.recipients.join(' '),
        ].join(SEP);
      articleKeys.set(a, k);
    }
    parts.push(k);
  }
  parts.push('\u0003');
  for (const h of set.honorees) parts.push(`${h.id}${SEP}${h.type}${SEP}${h.name}`);
  parts.push('\u0003');
  for (const b of set.blocs) parts.push(`${b.id}${SEP}${b.name}`);
  parts.push('\u0003');
  for (const t of set.awardTypes) parts.push(`${t.id}${SEP}${t.name}${SEP}${t.rank}`);
  parts.push('\u0003');
  for (const d of set.decisions ?? []) parts.push(`${d.number}${SEP}${d.date}`);
  return parts.join('\n');
}

/**
 * The page list computed afresh. Content without drafts or repeated ids lists the pages of its own
 * Portal, which the pages and the search index read too (`portalOf`): one Portal per validation, not two.
 */
export function listPathsOfContent(set: ContentSet): string[] {
  // Duplicate ids are reported by the cross-checks; here the first of each stands, so only true URL clashes remain.
  const first = <T>(items: T[], key: (x: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
  };
  const articles = first(set.articles, (a) => a.slug);
  const honorees = first(set.honorees, (h) => h.id);
  const blocs = first(set.blocs, (b) => b.id);
  const awardTypes = first(set.awardTypes, (t) => t.id);
  const asPublished =
    articles.length === set.articles.length &&
    honorees.length === set.honorees.length &&
    blocs.length === set.blocs.length &&
    awardTypes.length === set.awardTypes.length &&
    !set.articles.some((a) => a.draft);
  const portal = asPublished
    ? portalOf(set)
    : buildPortal({ ...set, articles: articles.map((a) => ({ ...a, draft: false })), honorees, blocs, awardTypes });
  return [...htmlPagePaths(portal), ...filePaths()];
}

/** Paths that appear twice (two pages on one URL): must be empty. */
export function duplicatePaths(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const p of list) (seen.has(p) ? dup : seen).add(p);
  return [...dup];
}
