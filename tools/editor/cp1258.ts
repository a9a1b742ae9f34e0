/**
 * Windows-1258 encoding (for tests and sample files; decoding is the
 * platform's TextDecoder('windows-1258')). The code page has some letters
 * precomposed (à, á, â, ê, ô, ă, ơ, ư, đ…) and the five tones as combining
 * marks, so "ệ" is "ê" followed by the nặng mark: a letter is written whole
 * when the code page has it, else as its base letter (with its vowel mark)
 * followed by its tone.
 */

const decoder = new TextDecoder('windows-1258');
const BYTES = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (!BYTES.has(ch)) BYTES.set(ch, b);
}
const VOWEL_MARKS = /[\u0302\u0306\u031b]/;

/** Unicode → Windows-1258 bytes. Throws on a character the code page cannot write. */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = BYTES.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = '', ...marks] = ch.normalize('NFD');
    const letter = (base + marks.filter((m) => VOWEL_MARKS.test(m)).join('')).normalize('NFC');
    for (const part of [letter, ...marks.filter((m) => !VOWEL_MARKS.test(m))]) {
      const b = BYTES.get(part);
      if (b === undefined) throw new RangeError(`"${ch}" không có trong bảng mã Windows-1258`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}
