/** Bloc views: heads and deputies by year, members' awards by year. */
import { type Award, groupAwards } from './awards.ts';
import { compareRowsNewestFirst, groupByYear, type Portal } from './portal.ts';
import type { Bloc } from './types.ts';

export interface BlocRole {
  year: number;
  head?: string;
  deputy?: string;
}

/** One line per year that has a head or a deputy, newest year first. */
export function blocRoles(bloc: Bloc): BlocRole[] {
  const years = new Set([...Object.keys(bloc.heads ?? {}), ...Object.keys(bloc.deputies ?? {})].map(Number));
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({ year, head: bloc.heads?.[String(year)], deputy: bloc.deputies?.[String(year)] }));
}

/** Awards of the bloc's current members (each award once), grouped by award year (newest first). */
export function membersAwardsByYear(portal: Portal, bloc: Bloc): { year: number; items: Award[] }[] {
  const rows = bloc.members.flatMap((m) => portal.rowsByHonoree.get(m) ?? []).sort(compareRowsNewestFirst);
  return groupByYear(groupAwards(rows), (a) => a.year);
}
