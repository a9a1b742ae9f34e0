/** Front matter of an article: `content/articles/<year>/<slug>.md|.mdx`. */
import { z } from 'astro/zod';
import { ARTICLE_KINDS } from '../lib/domain/vocabulary.ts';
import { id, text, vietnamDate, year } from './common.ts';

/** `2020`, `2021-H1` (a half year) or `2016-2020` (a range). */
export const PERIOD_PATTERN = /^(\d{4})(?:-H[12]|-(\d{4}))?$/;

/** One award announced by an article: one award type, one year, its recipients. */
export const awardEntrySchema = z.strictObject({
  /** Id of an award type in content/award-types.yaml. */
  award: id(),
  /** Year of achievement the award is for (not the decision year). */
  year: year(),
  /** Honoree ids (content/honorees/*.yaml), at least one. */
  recipients: z.array(id()).min(1),
  /** Decision number, e.g. "1234/QĐ-UBND". */
  decision: text(100).optional(),
  /** Date the decision was signed. */
  decision_date: vietnamDate().optional(),
  /** Why it was granted, as the decision words it. */
  reason: text(1000).optional(),
  /** The award was later revoked (thu hồi / hủy bỏ) by another decision. */
  revoked: z
    .strictObject({
      /** Number of the revoking decision (required). */
      decision: text(100),
      /** Its date (required, not before decision_date). */
      date: vietnamDate(),
      /** Why, optional. */
      reason: text(1000).optional(),
    })
    .optional(),
});

export const articleSchema = z
  .strictObject({
    /** Headline, at most 200 characters. */
    title: text(200),
    /** Publication date, a calendar date in Vietnam (YYYY-MM-DD). */
    date: vietnamDate(),
    /** hoi-nghi | khen-thuong | phat-dong | tin-tuc */
    kind: z.enum(ARTICLE_KINDS),
    /** 1–300 characters for listings, feeds and the meta description. */
    summary: text(300),
    /** Period the work covers: a year, a half year or a range. */
    period: z
      .union([z.int(), z.string()])
      .transform((value, ctx) => {
        const s = String(value);
        const m = PERIOD_PATTERN.exec(s);
        if (!m || (m[2] !== undefined && Number(m[2]) <= Number(m[1]))) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `${JSON.stringify(s)} không phải kỳ hợp lệ — cần một năm (2020), nửa năm (2021-H1) hoặc khoảng năm (2016-2020)`,
          });
          return z.NEVER;
        }
        return s;
      })
      .optional(),
    /** Ids of the blocs (content/blocs/<id>.yaml) the article concerns. */
    blocs: z.array(id()).optional(),
    /** Where the event took place. */
    location: text(200).optional(),
    /** Byline. */
    author: text(200).optional(),
    /** Source unit. */
    source: text(200).optional(),
    /** Cover photo: a path relative to the article, its alternative text, an optional caption. */
    cover: z
      .strictObject({
        /** Image path relative to the article file, e.g. `./hoi-nghi.jpg`. */
        src: text(300),
        /** What the photo shows, for people who cannot see it. Required. */
        alt: text(300),
        /** Caption shown under the photo. */
        caption: text(500).optional(),
      })
      .optional(),
    /** Free words. */
    tags: z.array(text(60)).optional(),
    /** Awards announced in the article. */
    awards: z.array(awardEntrySchema).optional(),
    /** Earlier paths on this site (`/tin-tuc/ten-cu/`) kept working by a redirect page. */
    aliases: z
      .array(
        z.string().regex(/^\/(?:[a-z0-9_~-][a-z0-9._~-]*\/)*(?:[a-z0-9_~-][a-z0-9._~-]*\/?)?$/, {
          error: (iss) =>
            `${JSON.stringify(iss.input)} không phải đường dẫn hợp lệ — cần đường dẫn trên trang này bắt đầu bằng /, chữ thường không dấu, ví dụ /tin-tuc/ten-cu/`,
        }),
      )
      .optional(),
    /** Date of the last substantive change (YYYY-MM-DD), shown as "Cập nhật"; not before `date`. */
    updated: vietnamDate().optional(),
    /** true keeps the article out of every page, feed, sitemap, export and search index. */
    draft: z.boolean().optional(),
  })
  .check((ctx) => {
    const { date, updated } = ctx.value;
    if (updated !== undefined && date !== undefined && updated < date)
      ctx.issues.push({
        code: 'custom',
        input: updated,
        path: ['updated'],
        message: `${updated} trước ngày đăng ${date} — ngày cập nhật phải từ ngày đăng (date) trở về sau`,
      });
  });

export type ArticleData = z.output<typeof articleSchema>;
export type AwardEntry = z.output<typeof awardEntrySchema>;
