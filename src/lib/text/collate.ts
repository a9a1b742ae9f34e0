/**
 * Vietnamese alphabetical order, as dictionaries and official lists use it:
 * a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z, used in
 * foreign names, slot in where the Latin alphabet puts them), and tones ordered
 * after the base letter: none, huyền, hỏi, ngã, sắc, nặng.
 *
 * Sorting and comparing use ICU's Vietnamese collation (`Intl.Collator('vi')`), which orders letters
 * and tones exactly so (measured in CONTRIBUTING.md: the same order as our own sort keys on 50,000
 * names, spaces counted, punctuation ignored, faster). What ICU does not know stays here: the letters of the
 * index (`indexLetter`, `VIETNAMESE_LETTERS`), and people filed by given name (`givenNameFirst`).
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

/** Spaces count (word by word: "An" < "Anh", "Lê Văn" < "Lê Vân A"); upper case first on a tie, as before. */
const COLLATOR = new Intl.Collator('vi', { caseFirst: 'upper' });
/** Punctuation carries no weight ("“Báo” Ninh Thuận" sorts as "Báo Ninh Thuận"); ICU's own option would drop spaces too. */
const sortText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}\s]+/gu, '')
    .trim();

/** Vietnamese comparison of two strings: letters with their marks, then tones, then case. */
export function compareVi(a: string, b: string): number {
  return Math.sign(COLLATOR.compare(sortText(a), sortText(b)));
}

/** "Nguyễn Văn An" → "An Nguyễn Văn": official lists order people by given name first. */
export function givenNameFirst(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  if (words.length < 2) return words.join(' ');
  const given = words[words.length - 1]!;
  return [given, ...words.slice(0, -1)].join(' ');
}

/**
 * The last orders sortVi computed, by the texts sorted: a build sorts the same 50,000 names for
 * two Portals, and `validate --watch` and `astro dev` again after every save (issue 16), while
 * ICU's comparison is the slow part.
 */
const ORDERS = ((globalThis as unknown as Record<symbol, Map<string, number[]>>)[
  Symbol.for('bang-vang.sort-orders')
] ??= new Map<string, number[]>()); // shared by the module graphs of one process (`astro dev`)
const KEPT_ORDERS = 8;

/** Sort a list by a Vietnamese text of each item (computed once per item); stable for equal texts. */
export function sortVi<T>(items: readonly T[], text: (item: T) => string): T[] {
  const texts = items.map((item) => sortText(text(item)));
  const key = texts.join('\u0000');
  let order = ORDERS.get(key);
  if (!order) {
    order = texts.map((_, i) => i).sort((a, b) => COLLATOR.compare(texts[a]!, texts[b]!) || a - b);
    if (ORDERS.size >= KEPT_ORDERS) ORDERS.delete(ORDERS.keys().next().value!);
    ORDERS.set(key, order);
  }
  return order.map((i) => items[i]!);
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
