/**
 * One award, shown once. Two articles may announce the same award — a decision
 * reported at the ceremony and again in the year-end review. The open data keeps
 * one row per announcement (the contract); reading pages and their counts show
 * one award with every article that announced it.
 *
 * The rule: two rows are the same award when they have the same award type, the
 * same year of achievement and the same recipient. Decision numbers do not
 * split an award (an article may leave the number out), and rows of one article
 * never split it either.
 */
import type { AwardRow } from './portal.ts';
import type { Revocation } from './types.ts';

/** One award to one recipient, with every announcement of it. */
export interface Award {
  /** `award|year|honoree`: what makes two announcements one award. */
  key: string;
  awardType: string;
  year: number;
  honoree: string;
  /** The announcing rows, in the order given (newest article first on portal lists); never empty. */
  announcements: AwardRow[];
  /** Distinct articles that announced it, in the same order. */
  articles: string[];
  /** Distinct decisions named by the announcements (number, date, page key), in the same order. */
  decisions: { decision: string; decision_date?: string; decisionKey?: string }[];
  /** The award was revoked (any announcement says so): shown, marked, not counted. */
  revoked?: Revocation;
  /** The first reason given. */
  reason?: string;
}

/** The identity of an award: award type, year of achievement, recipient. */
export const awardKey = (r: Pick<AwardRow, 'awardType' | 'year' | 'honoree'>): string =>
  `${r.awardType}|${r.year}|${r.honoree}`;

/**
 * Rows grouped into awards, in the order of each award's first announcement.
 * A row that names a decision number adds it (with its date) unless the same
 * number is already there; a date given by one article and not another is kept.
 */
export function groupAwards(rows: readonly AwardRow[]): Award[] {
  const byKey = new Map<string, Award>();
  for (const r of rows) {
    const key = awardKey(r);
    let a = byKey.get(key);
    if (!a) {
      a = {
        key,
        awardType: r.awardType,
        year: r.year,
        honoree: r.honoree,
        announcements: [],
        articles: [],
        decisions: [],
      };
      byKey.set(key, a);
    }
    a.announcements.push(r);
    if (!a.articles.includes(r.article)) a.articles.push(r.article);
    if (r.decision !== undefined) {
      const known = a.decisions.find((d) => d.decision === r.decision);
      if (!known) {
        const d: Award['decisions'][number] = { decision: r.decision };
        if (r.decision_date) d.decision_date = r.decision_date;
        if (r.decisionKey) d.decisionKey = r.decisionKey;
        a.decisions.push(d);
      } else {
        if (!known.decision_date && r.decision_date) known.decision_date = r.decision_date;
        if (!known.decisionKey && r.decisionKey) known.decisionKey = r.decisionKey;
      }
    }
    if (a.revoked === undefined && r.revoked !== undefined) a.revoked = r.revoked;
    if (a.reason === undefined && r.reason !== undefined) a.reason = r.reason;
  }
  return [...byKey.values()];
}

/** Number of distinct awards among rows that count: an award with a revoked announcement does not. */
export function countAwards(rows: readonly AwardRow[]): number {
  return groupAwards(rows).filter((a) => a.revoked === undefined).length;
}

/**
 * One line of an award table: an award type, a year, who received it, the decisions, the articles.
 * On an article a line is an award entry with all its recipients; elsewhere, an award (`groupAwards`).
 */
export interface AwardLine {
  awardType: string;
  year: number;
  honorees: string[];
  decisions: { decision: string; decision_date?: string; decisionKey?: string }[];
  articles: string[];
  reason?: string;
  revoked?: Revocation;
}

/** An article's award rows as table lines: one per award entry, with every recipient of it. */
export function entryLines(rows: readonly AwardRow[]): AwardLine[] {
  const byEntry = new Map<string, AwardLine>();
  for (const r of rows) {
    const key = `${r.article}|${r.entry}`;
    const line = byEntry.get(key);
    if (line) line.honorees.push(r.honoree);
    else
      byEntry.set(key, {
        awardType: r.awardType,
        year: r.year,
        honorees: [r.honoree],
        decisions: r.decision
          ? [{ decision: r.decision, decision_date: r.decision_date, decisionKey: r.decisionKey }]
          : [],
        articles: [r.article],
        reason: r.reason,
        revoked: r.revoked,
      });
  }
  return [...byEntry.values()];
}

/** Awards as table lines: one per award, its recipient alone. */
export const awardLines = (awards: readonly Award[]): AwardLine[] =>
  awards.map((a) => ({ ...a, honorees: [a.honoree] }));
