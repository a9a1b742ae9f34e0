/** An emulation bloc (khối thi đua): `content/blocs/<id>.yaml`. */
import { z } from 'astro/zod';
import { id, text } from './common.ts';

/** `{ 2020: bao-ninh-thuan }`: one member id per year. */
const byYear = () =>
  z.record(
    z.string().regex(/^\d{4}$/, {
      error: (iss) => `${JSON.stringify(iss.input)} không phải năm — cần năm bốn chữ số, ví dụ 2021`,
    }),
    id(),
  );

export const blocSchema = z.strictObject({
  /** Full name, e.g. "Khối thi đua các cơ quan Đảng tỉnh". */
  name: text(200),
  /** Short name for menus and tables. */
  short: text(100).optional(),
  /** What the bloc is, in markdown. */
  description: text(5000).optional(),
  /** Honoree ids of the collectives that are members now. */
  members: z.array(id()).min(1),
  /** Head (trưởng khối) by year; each must be a member. */
  heads: byYear().optional(),
  /** Deputy (phó khối) by year; each must be a member. */
  deputies: byYear().optional(),
});

export type BlocData = z.output<typeof blocSchema>;
