/**
 * What the search index holds: one record per published article and per
 * honoree, built from the content model (not from whole pages).
 *
 * - `content`: the page's own text (an article's title, summary and body; an
 *   honoree's name and position), exactly as published: Pagefind's excerpts
 *   come from it, so every client shows readable excerpts.
 * - `meta.title` (ranked 5× by Pagefind), `meta.tf` (the title folded, only
 *   when it has đ, ranked like the title), and `meta.k`: the search words —
 *   tags, blocs, award names, recipients, place, author, and the words of
 *   expand.ts (đ twins, abbreviations both ways, variants, decision numbers).
 *   Pagefind (≥ 1.6) searches meta fields; they never appear in excerpts.
 * - Filters: kind, year, bloc, award type. Sort: date.
 *
 * Other record kinds (decisions, issue 15) add a builder returning a
 * SearchRecord through `makeRecord`, and a line in `searchRecords`.
 */
import type { Portal } from '../domain/portal.ts';
import type { Article, Honoree } from '../domain/types.ts';
import { HONOREE_TYPE_LABELS, KIND_LABELS } from '../domain/vocabulary.ts';
import { paths } from '../routing/paths.ts';
import { formatDate } from '../text/dates.ts';
import { foldVi } from '../text/fold.ts';
import { markdownToPlainText } from '../text/plain.ts';
import { predecessorsOf } from '../domain/successors.ts';
import { decisionRecords } from './decision-records.ts';
import { abbreviationWords, nameForms, searchWords } from './expand.ts';

/**
 * The search indexes ("bundles"), each a Pagefind index of its own under
 * `<base>pagefind/<dir>`: articles (and other pages readers search first) in
 * the main one, fetched by the first search; honorees — five times as many
 * records, each only a name — in `vinh-danh/`, fetched once the first results
 * are on screen (docs/search.md). A client searches both and merges by score.
 */
export const BUNDLES = { main: '', honorees: 'vinh-danh/' } as const;
export type Bundle = keyof typeof BUNDLES;

export interface SearchRecord {
  /** Which index holds it (default: main). Not sent to Pagefind. */
  bundle?: Bundle;
  /** Site path without the sub-path: Pagefind prefixes its own base URL. */
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export { FILTERS } from './filters.ts';
import { HONOREE_BUNDLE } from './filters.ts';

/**
 * A record from the page's own text (shown in excerpts) and the words that
 * only make it match (never shown). Meta `k` carries the extra words of
 * both, `tf` the folded title when folding changes more than marks.
 */
export function makeRecord(o: {
  url: string;
  title: string;
  text: string[];
  searchOnly: (string | undefined)[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Honorees: the name folded with its other forms, in its own meta field (ranked, see query.ts). */
  name?: boolean;
  bundle?: Bundle;
}): SearchRecord {
  const text = o.text
    .filter(Boolean)
    .map((t) => t.normalize('NFC'))
    .join('\n');
  const extra = o.searchOnly.filter((t): t is string => Boolean(t)).map((t) => t.normalize('NFC'));
  const k = [...extra, searchWords([text, ...extra].join('\n'))].filter(Boolean).join(' · ');
  const title = o.title.normalize('NFC');
  const meta: Record<string, string> = { title, ...o.meta };
  const titleForms = foldVi([title, ...abbreviationWords(title)].join(' '));
  if (titleForms !== title && (/[đĐ]/u.test(title) || titleForms.length > foldVi(title).length)) meta.tf = titleForms;
  if (o.name) meta.name = nameForms(title);
  if (k) meta.k = k;
  return {
    ...(o.bundle ? { bundle: o.bundle } : {}),
    url: o.url,
    content: text,
    language: 'vi',
    meta,
    filters: o.filters,
    sort: o.sort,
  };
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

export function articleRecord(portal: Portal, article: Article): SearchRecord {
  const rows = portal.rowsByArticle.get(article.slug) ?? [];
  const awardNames = uniq(rows.map((r) => portal.awardTypeById.get(r.awardType)!.name));
  const recipients = uniq(rows.map((r) => portal.honoreeById.get(r.honoree)!.name));
  const blocs = (article.blocs ?? []).map((b) => portal.blocById.get(b)!.name);
  const decisions = uniq(rows.flatMap((r) => (r.decision ? [r.decision] : [])));
  return makeRecord({
    url: paths.article(article.slug),
    title: article.title,
    // Excerpts come from the article's own words (issue 18): title, summary, body.
    text: [article.title, article.summary, markdownToPlainText(article.body)],
    searchOnly: [
      ...(article.tags ?? []),
      ...blocs,
      ...awardNames,
      ...recipients,
      ...decisions,
      article.location,
      article.author,
      article.source,
    ],
    meta: {
      date: formatDate(article.date),
      kind: KIND_LABELS[article.kind],
    },
    filters: {
      kind: [KIND_LABELS[article.kind]],
      year: [article.date.slice(0, 4)],
      ...(blocs.length ? { bloc: blocs } : {}),
      ...(awardNames.length ? { award: awardNames } : {}),
    },
    sort: { date: article.date },
  });
}

export function honoreeRecord(portal: Portal, honoree: Honoree): SearchRecord {
  const rows = portal.rowsByHonoree.get(honoree.id) ?? [];
  const awardNames = uniq(rows.map((r) => portal.awardTypeById.get(r.awardType)!.name));
  const parent = honoree.parent ? portal.honoreeById.get(honoree.parent)?.name : undefined;
  const blocs = (portal.blocsOfHonoree.get(honoree.id) ?? []).map((b) => b.name);
  // Only what names the honoree: award types, years and blocs are filters, not words, so that the
  // index of common words ("thi đua", "khen thưởng") does not carry 50,000 honorees (issue 9).
  // A successor is found by its predecessors' names (issue 15: the 2025 mergers).
  const predecessorNames = predecessorsOf(honoree.id, portal.predecessorsOf ?? new Map()).map((p) => p.name);
  const latest =
    rows
      .map((r) => r.articleDate)
      .sort()
      .at(-1) ?? '';
  // Shown under the name in results; "N lượt khen thưởng" is not a word to search (issue 9).
  const summary = [honoree.position, parent].filter(Boolean).join(' · ');
  return makeRecord({
    url: paths.honoree(honoree.id),
    title: honoree.name,
    text: [honoree.name, honoree.position ?? ''],
    searchOnly: [...(honoree.formerly ?? []), ...predecessorNames],
    name: true,
    bundle: HONOREE_BUNDLE === 'main' ? undefined : HONOREE_BUNDLE,
    meta: {
      kind: HONOREE_TYPE_LABELS[honoree.type],
      ...(summary ? { summary } : {}),
      awards: String(rows.filter((r) => !r.revoked).length),
    },
    filters: {
      honoree: [HONOREE_TYPE_LABELS[honoree.type]],
      ...(rows.length ? { year: uniq(rows.map((r) => String(r.year))) } : {}),
      ...(blocs.length ? { bloc: blocs } : {}),
      ...(awardNames.length ? { award: awardNames } : {}),
    },
    sort: { date: latest || '0000-00-00' },
  });
}

/** Every record of the portal: published articles (drafts are not in the portal) and honorees. */
export function searchRecords(portal: Portal): SearchRecord[] {
  return [
    ...portal.articles.map((a) => articleRecord(portal, a)),
    ...portal.honorees.map((h) => honoreeRecord(portal, h)),
    ...decisionRecords(portal),
  ];
}
