/** A decision record: `content/decisions/<year>/<id>.yaml` (optional; adds what award entries cannot carry). */
import { z } from 'astro/zod';
import { text, vietnamDate } from './common.ts';

export const decisionSchema = z.strictObject({
  /** Decision number as printed, e.g. "512/QĐ-UBND". */
  number: text(100),
  /** Date it was signed (YYYY-MM-DD); with the number it identifies the decision. */
  date: vietnamDate(),
  /** The body that issued it, e.g. "Ủy ban nhân dân tỉnh Ninh Thuận". */
  issuer: text(300).optional(),
  /** Who signed it, with their position. */
  signer: text(300).optional(),
  /** "Về việc …". */
  title: text(500).optional(),
  /** The signed decision, a PDF beside the record, e.g. `./512-qd-ubnd.pdf`. */
  document: text(300).optional(),
});

export type DecisionData = z.output<typeof decisionSchema>;
