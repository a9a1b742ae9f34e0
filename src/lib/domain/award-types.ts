/** Award types grouped for the index: by group (in legal order), then level, with counts (each award once; revoked awards not counted). */
import { countAwards } from './awards.ts';
import type { Portal } from './portal.ts';
import type { AwardType } from './types.ts';
import {
  AWARD_GROUPS,
  AWARD_GROUP_LABELS,
  AWARD_LEVELS,
  AWARD_LEVEL_LABELS,
  type AwardGroup,
  type AwardLevel,
} from './vocabulary.ts';

export interface AwardTypeGroup {
  group: AwardGroup;
  label: string;
  levels: { level: AwardLevel; label: string; types: { type: AwardType; count: number }[] }[];
}

export function awardTypeGroups(portal: Portal): AwardTypeGroup[] {
  return AWARD_GROUPS.map((group) => ({
    group,
    label: AWARD_GROUP_LABELS[group],
    levels: AWARD_LEVELS.map((level) => ({
      level,
      label: AWARD_LEVEL_LABELS[level],
      types: portal.awardTypes
        .filter((t) => t.group === group && t.level === level)
        .map((type) => ({ type, count: countAwards(portal.rowsByAwardType.get(type.id) ?? []) })),
    })).filter((l) => l.types.length > 0),
  })).filter((g) => g.levels.length > 0);
}
