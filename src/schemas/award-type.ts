/** The award taxonomy: `content/award-types.yaml`, a list of award types. */
import { z } from 'astro/zod';
import { AWARD_GROUPS, AWARD_LEVELS, HONOREE_TYPES } from '../lib/domain/vocabulary.ts';
import { id, text } from './common.ts';

export const awardTypeSchema = z.strictObject({
  /** Unique id, e.g. `co-thi-dua-ubnd-tinh`. */
  id: id(),
  /** Official Vietnamese name. */
  name: text(300),
  /** Emulation title or form of commendation it belongs to. */
  group: z.enum(AWARD_GROUPS),
  /** Who may receive it: collectives, individuals or both. */
  for: z.array(z.enum(HONOREE_TYPES)).min(1),
  /** Level of the authority that grants it. */
  level: z.enum(AWARD_LEVELS),
  /** Order of prestige: lower is more prestigious. */
  rank: z.int().min(0),
  /** Article of the Law on Emulation and Commendation 2022 that defines it. */
  basis: text(300),
  /** Optional note shown on its page. */
  description: text(5000).optional(),
});

export const awardTypeFileSchema = z.array(awardTypeSchema).min(1);

export type AwardTypeData = z.output<typeof awardTypeSchema>;
