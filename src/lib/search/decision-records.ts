/**
 * Search records of decision pages (issue 15): a decision is found by its
 * number in every form people type — "512/QĐ-UBND", "512/qd-ubnd",
 * "512 qd ubnd", "quyet dinh 512" — so the record's text carries those forms
 * (decisionNumberForms) next to the title, issuer and signer. Kept apart from
 * records.ts so the ranking and folding work there stays its own.
 */
import type { Decision } from '../domain/decisions.ts';
import { decisionNumberForms } from '../domain/decisions.ts';
import { countedAwards, type Portal } from '../domain/portal.ts';
import { paths } from '../routing/paths.ts';
import { formatDate } from '../text/dates.ts';
import { makeRecord, type SearchRecord } from './records.ts';

/** The kind a decision page shows under in the search filters. */
export const DECISION_KIND = 'Quyết định';

export function decisionRecord(portal: Portal, d: Decision): SearchRecord {
  const rows = d.grants.flatMap((g) => (portal.rowsByArticle.get(g.article) ?? []).filter((r) => r.entry === g.index));
  const awardNames = [...new Set(d.grants.map((g) => portal.awardTypeById.get(g.entry.award)?.name ?? ''))].filter(
    Boolean,
  );
  const record = d.record;
  const title = `Quyết định số ${d.number}`;
  return makeRecord({
    url: paths.decision(d.year, d.slug),
    title,
    // A decision is looked up by its number (and its title); the issuer, signer and awards are
    // shown, not searched: a short record that matched "Hà Nam" or a chairman's name would rank
    // above the news that readers mean by such words.
    text: [title, record?.title ?? ''],
    // Found by every typed form of its number, never shown.
    searchOnly: decisionNumberForms(d.number),
    meta: {
      ...(d.date ? { date: formatDate(d.date) } : {}),
      kind: DECISION_KIND,
      // Pagefind searches every meta field: the issuer ("Ủy ban nhân dân tỉnh Hà Nam") would make a decision
      // match a place name, so the summary holds only its title and count (the page shows the issuer).
      summary: [record?.title, `${countedAwards(rows)} lượt khen thưởng`].filter(Boolean).join(' — '),
    },
    filters: {
      document: [DECISION_KIND],
      year: [String(d.year)],
      ...(awardNames.length ? { award: awardNames } : {}),
    },
    sort: { date: d.date ?? `${d.year}-01-01` },
  });
}

export function decisionRecords(portal: Portal): SearchRecord[] {
  return portal.decisions.map((d) => decisionRecord(portal, d));
}
