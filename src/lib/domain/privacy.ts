/**
 * Personal data that must never reach a public page: citizen ID numbers (a run
 * of 12 digits) and phone numbers (10 digits starting with 0, or +84 and 9
 * digits; spaces or dots allowed between groups).
 */

export type PersonalDataKind = 'cccd' | 'phone';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  masked: string;
}

/** Digit groups separated by a single space or dot, optionally after +84 (or (+84)). */
const DIGIT_RUN = /(\(?\+\s?84\)?[\s.]?)?\d+(?:[\s.]\d+)*/g;

/** A 4-digit group that reads as a year (1900–2099): "2019 2020 2021" is three years, not an ID. */
const YEAR = /^(19|20)\d\d$/;

/** "0912 345 678" → "09******78": enough to find it in the file, not enough to spread it. */
export function maskNumber(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return digits.slice(0, 2) + '*'.repeat(digits.length - 4) + digits.slice(-2);
}

/**
 * Numbers that look like a citizen ID or a phone number. A run of digit groups
 * ("1980 0912 345 678") is searched for any consecutive groups that make one,
 * so a neighbouring number can neither hide nor fake one.
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const prefix = match[1];
    const groups = match[0]
      .slice(prefix?.length ?? 0)
      .split(/[\s.]/)
      .filter(Boolean);
    if (prefix !== undefined) {
      const digits = groups.join('');
      if (digits.length === 9) hits.push({ kind: 'phone', masked: maskNumber(`84${digits}`) });
      continue;
    }
    for (let i = 0; i < groups.length; ) {
      let found: { kind: PersonalDataKind; end: number } | undefined;
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 12; j++) {
        digits += groups[j];
        const span = groups.slice(i, j + 1);
        if (digits.length === 12 && !span.every((g) => YEAR.test(g))) found = { kind: 'cccd', end: j };
        else if (digits.length === 10 && digits.startsWith('0')) found = { kind: 'phone', end: j };
        if (found) break;
      }
      if (found) {
        hits.push({ kind: found.kind, masked: maskNumber(groups.slice(i, found.end + 1).join('')) });
        i = found.end + 1;
      } else i++;
    }
  }
  return hits;
}

export function describePersonalData(hit: PersonalDataHit): string {
  return hit.kind === 'cccd'
    ? `có dãy số giống số căn cước công dân (${hit.masked}) — không đăng số định danh cá nhân; hãy xoá dãy số này`
    : `có dãy số giống số điện thoại (${hit.masked}) — không đăng số điện thoại cá nhân; hãy xoá dãy số này`;
}
