/**
 * Open data of awards: one row per recipient of each award entry of a
 * published article. Same columns, same order, in CSV (RFC 4180, UTF-8 with
 * BOM) and JSON. Cells a spreadsheet could run as a formula are neutralised.
 */
import type { Portal } from './portal.ts';

export const OPEN_DATA_COLUMNS = [
  'award_id',
  'award_name',
  'year',
  'honoree_id',
  'honoree_name',
  'honoree_type',
  'decision',
  'decision_date',
  'article_url',
  // Added after the first release (issue 15), at the end so earlier columns keep their place: empty unless revoked.
  'revoked_decision',
  'revoked_date',
] as const;
export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | null>;

export function openDataRows(portal: Portal, articleUrl: (slug: string) => string): OpenDataRow[] {
  return portal.rows.map((r) => {
    const type = portal.awardTypeById.get(r.awardType)!;
    const h = portal.honoreeById.get(r.honoree)!;
    return {
      award_id: r.awardType,
      award_name: type.name,
      year: r.year,
      honoree_id: r.honoree,
      honoree_name: h.name,
      honoree_type: h.type,
      decision: r.decision ?? null,
      decision_date: r.decision_date ?? null,
      article_url: articleUrl(r.article),
      revoked_decision: r.revoked?.decision ?? null,
      revoked_date: r.revoked?.date ?? null,
    };
  });
}

/** A cell starting with = + - @ (or a tab / carriage return) is prefixed with ' so no spreadsheet runs it. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly OpenDataRow[]): string {
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const row of rows) lines.push(OPEN_DATA_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly OpenDataRow[]): string {
  return `${JSON.stringify(rows, null, 1)}\n`;
}
