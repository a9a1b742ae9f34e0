/**
 * Vietnamese search folding: the one place where "Điền Khuê" becomes "dien khue".
 *
 * Unicode decomposition removes tone and vowel marks (ắ → a), but đ/Đ have no
 * decomposition, so they are mapped by hand. NFD and NFC input fold the same.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Strip every diacritic (đ → d included), keeping case and everything else. */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Folded and lower-cased: the key a search or a slug compares on. */
export function searchKey(text: string): string {
  return foldVi(text).toLowerCase();
}

/** True when the text carries any Vietnamese diacritic (including đ). */
export function hasDiacritics(text: string): boolean {
  return foldVi(text) !== text.normalize('NFC');
}
