/**
 * What the search index holds: one record per published article and per
 * honoree, built from the content model (not from whole pages), with
 * Vietnamese folding in the text itself so that "thi dua" finds "thi đua".
 * Filters: kind, year, bloc, award type. Sort: date.
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

export interface SearchRecord {
  /** Site path without the sub-path: Pagefind prefixes its own base URL. */
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export { FILTERS } from './filters.ts';

/**
 * Index text: the NFC text with each word that has đ/Đ followed by its folded
 * form ("thi đua dua"). Pagefind (≥ 1.5) folds tone and vowel marks itself but
 * not đ, which has no Unicode decomposition; the folded twin makes "dang" find
 * "Đảng", keeps term frequencies (so "thi dua" ranks pages as "thi đua" does)
 * and keeps matches in context for excerpts (see excerpt.ts, which merges the
 * twins back for display).
 */
export function foldedIndexText(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*/gu, (word) => `${word} ${foldVi(word)}`);
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

export function articleRecord(portal: Portal, article: Article): SearchRecord {
  const rows = portal.rowsByArticle.get(article.slug) ?? [];
  const awardNames = uniq(rows.map((r) => portal.awardTypeById.get(r.award)!.name));
  const recipients = uniq(rows.map((r) => portal.honoreeById.get(r.honoree)!.name));
  const blocs = (article.blocs ?? []).map((b) => portal.blocById.get(b)!.name);
  const text = [
    article.title,
    article.summary,
    markdownToPlainText(article.body),
    article.location,
    article.author,
    article.source,
    ...(article.tags ?? []),
    ...blocs,
    ...awardNames,
    ...recipients,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    url: paths.article(article.slug),
    content: foldedIndexText(text),
    language: 'vi',
    meta: {
      title: article.title,
      date: formatDate(article.date),
      kind: KIND_LABELS[article.kind],
      summary: article.summary,
    },
    filters: {
      kind: [KIND_LABELS[article.kind]],
      year: [article.date.slice(0, 4)],
      ...(blocs.length ? { bloc: blocs } : {}),
      ...(awardNames.length ? { award: awardNames } : {}),
    },
    sort: { date: article.date },
  };
}

export function honoreeRecord(portal: Portal, honoree: Honoree): SearchRecord {
  const rows = portal.rowsByHonoree.get(honoree.id) ?? [];
  const awardNames = uniq(rows.map((r) => portal.awardTypeById.get(r.award)!.name));
  const parent = honoree.parent ? portal.honoreeById.get(honoree.parent)?.name : undefined;
  const blocs = (portal.blocsOfHonoree.get(honoree.id) ?? []).map((b) => b.name);
  // Only what names the honoree: award types, years and blocs are filters, not words, so that the
  // index of common words ("thi đua", "khen thưởng") does not carry 50,000 honorees (issue 9).
  // A successor is found by its predecessors' names (issue 15: the 2025 mergers).
  const predecessorNames = predecessorsOf(honoree.id, portal.predecessorsOf ?? new Map()).map((p) => p.name);
  const text = [honoree.name, honoree.position, ...(honoree.formerly ?? []), ...predecessorNames]
    .filter(Boolean)
    .join('\n');
  const latest = rows.reduce<string>((max, r) => (r.articleDate > max ? r.articleDate : max), '');
  const summary = [HONOREE_TYPE_LABELS[honoree.type], honoree.position, parent].filter(Boolean).join(' · ');
  return {
    url: paths.honoree(honoree.id),
    content: foldedIndexText(text),
    language: 'vi',
    meta: {
      title: honoree.name,
      kind: HONOREE_TYPE_LABELS[honoree.type],
      summary: `${summary} — ${rows.filter((r) => !r.revoked).length} lượt khen thưởng`,
    },
    filters: {
      kind: [HONOREE_TYPE_LABELS[honoree.type]],
      ...(rows.length ? { year: uniq(rows.map((r) => String(r.year))) } : {}),
      ...(blocs.length ? { bloc: blocs } : {}),
      ...(awardNames.length ? { award: awardNames } : {}),
    },
    sort: { date: latest || '0000-00-00' },
  };
}

/** Every record of the portal: published articles (drafts are not in the portal) and honorees. */
export function searchRecords(portal: Portal): SearchRecord[] {
  return [
    ...portal.articles.map((a) => articleRecord(portal, a)),
    ...portal.honorees.map((h) => honoreeRecord(portal, h)),
    ...decisionRecords(portal),
  ];
}
