/**
 * Vietnamese alphabetical order, as dictionaries and official lists use it:
 * a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z, used in
 * foreign names, slot in where the Latin alphabet puts them), and tones ordered
 * after the base letter: none, huyền, hỏi, ngã, sắc, nặng.
 *
 * Sorting compares precomputed keys (plain string comparison), so sorting
 * 50,000 names costs one key per name, not a decomposition per comparison.
 */

const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
] as const;

/** Upper-case letters of the alphabet, in order: the letter navigation of an index. */
export const VIETNAMESE_LETTERS: readonly string[] = ALPHABET.filter((l) => !'fjwz'.includes(l)).map((l) =>
  l.toUpperCase(),
);

const LETTER_RANK = new Map<string, number>(ALPHABET.map((l, i) => [l, i]));
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const VOWEL_MARKS: Record<string, string> = { '\u0306': '\u0306', '\u0302': '\u0302', '\u031b': '\u031b' };

interface Letter {
  base: string;
  tone: number;
}

/** Split one character into its alphabet letter (ă, ơ, đ…) and its tone (0–5). */
function letterOf(char: string): Letter {
  const nfd = char.normalize('NFD').toLowerCase();
  let base = nfd[0] ?? '';
  let tone = 0;
  for (const mark of nfd.slice(1)) {
    if (mark in TONES) tone = TONES[mark]!;
    else if (mark in VOWEL_MARKS) base += mark;
  }
  return { base: base.normalize('NFC'), tone };
}

const SEP = '\u0001';

/**
 * A sort key: compare keys with `<` to get Vietnamese order. Primary level is
 * letters (with vowel marks), then tones, then the text itself as a tiebreak.
 */
export function collationKey(text: string): string {
  const nfc = text.normalize('NFC');
  let primary = '';
  let tones = '';
  for (const char of nfc) {
    if (/\s/u.test(char)) {
      primary += SEP; // a space sorts before any letter: "An" < "Anh", "Lê Văn" < "Lê Vân A"
      continue;
    }
    const { base, tone } = letterOf(char);
    const rank = LETTER_RANK.get(base);
    if (rank !== undefined) {
      primary += String.fromCharCode(0x100 + rank);
      tones += String.fromCharCode(0x30 + tone);
    } else if (/[0-9]/.test(char)) {
      primary += String.fromCharCode(0x20 + Number(char));
    } else if (/\p{L}/u.test(char)) {
      primary += String.fromCharCode(0x200 + (base.codePointAt(0) ?? 0));
    }
    // punctuation carries no weight
  }
  return `${primary}\u0000${tones}\u0000${nfc}`;
}

/** Vietnamese comparison of two strings (for small sorts; use keys for large ones). */
export function compareVi(a: string, b: string): number {
  const ka = collationKey(a);
  const kb = collationKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** "Nguyễn Văn An" → "An Nguyễn Văn": official lists order people by given name first. */
export function givenNameFirst(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  if (words.length < 2) return words.join(' ');
  const given = words[words.length - 1]!;
  return [given, ...words.slice(0, -1)].join(' ');
}

/** Sort a list by a Vietnamese text of each item, computing each key once. */
export function sortVi<T>(items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: collationKey(text(item)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);
}

/** The index letter a text files under ("Đ" for "Điện lực", "#" for "3 tháng 2"). */
export function indexLetter(text: string): string {
  for (const char of text.normalize('NFC')) {
    // Like the sort key: spaces and punctuation carry no weight ("“Báo” Ninh Thuận" files under B).
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    const { base } = letterOf(char);
    if (LETTER_RANK.has(base)) return base.toUpperCase();
    return '#';
  }
  return '#';
}
