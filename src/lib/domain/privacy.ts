/**
 * Personal data that must never reach a public page: citizen ID numbers (a run
 * of 12 digits) and phone numbers (10 digits starting with 0, or +84 and 9
 * digits; spaces or dots allowed between groups).
 */

export type PersonalDataKind = 'cccd' | 'phone';

export interface PersonalDataHit { kind: PersonalDataKind; masked: string }

/** Digit runs, allowing single spaces or dots between digits, optionally after +84. */
const DIGIT_RUN = /(\+\s?84[\s.]?)?\d(?:[\s.]?\d)*/g;

/** "0912 345 678" → "09******78": enough to find it in the file, not enough to spread it. */
export function maskNumber(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return digits.slice(0, 2) + '*'.repeat(digits.length - 4) + digits.slice(-2);
}

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const raw = match[0].trim();
    const international = match[1] !== undefined;
    const digits = raw.replace(/\D/g, '');
    if (international) {
      if (digits.length === 11) hits.push({ kind: 'phone', masked: maskNumber(raw) });
      continue;
    }
    if (digits.length === 12) hits.push({ kind: 'cccd', masked: maskNumber(raw) });
    else if (digits.length === 10 && digits.startsWith('0')) hits.push({ kind: 'phone', masked: maskNumber(raw) });
  }
  return hits;
}

export function describePersonalData(hit: PersonalDataHit): string {
  return hit.kind === 'cccd'
    ? `có dãy số giống số căn cước công dân (${hit.masked}) — không đăng số định danh cá nhân; hãy xoá dãy số này`
    : `có dãy số giống số điện thoại (${hit.masked}) — không đăng số điện thoại cá nhân; hãy xoá dãy số này`;
}
