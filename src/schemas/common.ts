/** Field builders shared by the content schemas (zod from astro/zod). */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/text/slug.ts';
import { parseVietnamDate } from '../lib/text/dates.ts';

/** An id: lowercase ASCII kebab-case, e.g. `bao-ninh-thuan`. */
export const id = () =>
  z.string().regex(ID_PATTERN, {
    error: (iss) =>
      `${JSON.stringify(iss.input)} không phải id hợp lệ — cần chữ thường không dấu, số và dấu gạch ngang, ví dụ bao-ninh-thuan`,
  });

/** Non-empty text (after trimming), at most `max` characters. */
export const text = (max = 10_000) => z.string().trim().min(1).max(max);

/**
 * A calendar date in Vietnam, written `YYYY-MM-DD`. A date-time with a zone is
 * turned into its Vietnam date; anything else (`15/03/2021`, `2021-15-03`,
 * `2021-02-30`) is refused, never guessed.
 */
export const vietnamDate = () =>
  z
    .unknown()
    .transform((value, ctx) => {
      if (value === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: 'thiếu trường bắt buộc — cần ngày dạng YYYY-MM-DD, ví dụ 2021-03-15',
        });
        return z.NEVER;
      }
      const result = parseVietnamDate(value);
      if (result.ok) return result.date;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${result.reason} — cần ngày dạng YYYY-MM-DD, ví dụ 2021-03-15 (không viết ngày/tháng/năm)`,
      });
      return z.NEVER;
    })
    // What JSON Schema (text editors) and the web editor's form see: a date string.
    .meta({ type: 'string', format: 'date' });

/** A year of achievement, e.g. 2020. */
export const year = () => z.int().min(1945).max(2100);
