/** An honoree: one item of a list in `content/honorees/*.yaml`. */
import { z } from 'astro/zod';
import { HONOREE_TYPES } from '../lib/domain/vocabulary.ts';
import { id, text, vietnamDate } from './common.ts';

export const honoreeSchema = z.strictObject({
  /** Unique across all honoree files; never reused. */
  id: id(),
  /** Official name of the collective, or full name of the person. */
  name: text(200),
  /** tap-the (collective) | ca-nhan (individual). */
  type: z.enum(HONOREE_TYPES),
  /** Id of the collective this unit or person belongs to. */
  parent: id().optional(),
  /** Position held (individuals only), e.g. "Cục trưởng". */
  position: text(200).optional(),
  /** Earlier names, shown and searchable. */
  formerly: z.array(text(200)).optional(),
  /** Collectives only: the collective it merged into or became (2025 reorganisation…). */
  successor: id().optional(),
  /** With successor: the first day it no longer existed under this name. */
  until: vietnamDate().optional(),
});

/** A honorees file is a list of honorees. */
export const honoreeFileSchema = z.array(honoreeSchema);

/**
 * A honorees file holds a list of honorees or one honoree as a mapping (what a
 * web editor's folder collection writes, one file per honoree).
 */
export const honoreeFileOrOneSchema = z.union([honoreeFileSchema, honoreeSchema]);

export type HonoreeData = z.output<typeof honoreeSchema>;
