/**
 * Search words a page gets beside its own text, so that any client of the
 * Pagefind index finds it however Vietnamese is typed:
 * - folded twins of words with đ ("Đảng" → "Dang"; Pagefind folds tone and
 *   vowel marks itself but not đ, which has no Unicode decomposition);
 * - the other form of every abbreviation of abbreviations.ts the text uses
 *   (words → abbreviation, abbreviation → words);
 * - the other spelling of i/y variants (sĩ ↔ sỹ) and of old/new tone
 *   placement (hoà ↔ hòa, thuỷ ↔ thủy);
 * - decision numbers in pieces and joined ("512/QĐ-UBND" → 512 QĐ UBND 512QĐUBND).
 * These go into a separate Pagefind meta field (records.ts), never into the
 * text excerpts are taken from. Pure.
 */
import { foldVi } from '../text/fold.ts';
import { memoByString } from '../text/memo.ts';
import { ABBREVIATIONS, I_Y_ONSETS } from './abbreviations.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** A word folded and lower-cased, once per distinct word (the words of a portal repeat: lib/text/memo.ts). */
const foldWord = memoByString((w: string) => foldVi(w).toLowerCase());

/** Folded, lower-cased words of a text, joined by single spaces, with spaces around. */
export function foldedWords(text: string): string {
  return ` ${(foldVi(text.normalize('NFC')).toLowerCase().match(WORD) ?? []).join(' ')} `;
}

interface CompiledAbbr {
  forms: string[];
  full: string;
  foldedFull: string;
  foldedForms: string[];
  /** The forms as folded words with spaces around (" gd dt "). */
  spacedForms: string[];
  /** The spelled-out form as folded words; the first abbreviation folded, as a window shows it. */
  fullWords: string[];
  abbrFolded: string;
  /** What a text that spells the words out gets: every form as Pagefind splits and joins it. */
  formTokens: string[];
  fullFolded: string;
}
const COMPILED: CompiledAbbr[] = ABBREVIATIONS.map((a) => {
  const forms = [a.abbr, ...(a.also ?? [])];
  return {
    forms,
    full: a.full,
    foldedFull: foldedWords(a.full),
    foldedForms: forms.map((f) => foldedWords(f).trim().replace(/ /g, '')),
    spacedForms: forms.flatMap((f) => [foldedWords(f), ` ${foldedWords(f).trim().replace(/ /g, '')} `]),
    fullWords: foldedWords(a.full).trim().split(' ').filter(Boolean),
    abbrFolded: foldVi(forms[0]!).replace(/&/g, '').toLowerCase(),
    formTokens: forms.flatMap(abbrTokens),
    fullFolded: foldVi(a.full),
  };
});

/** Every proper beginning of a compact form ("g", "gd" of "gddt"): only such words are tried joined to the next. */
const FORM_PREFIXES = new Set(
  COMPILED.flatMap((a) =>
    a.foldedForms.flatMap((f) => Array.from({ length: f.length - 1 }, (_, i) => f.slice(0, i + 1))),
  ),
);

/** Pieces of "GD&ĐT", "KT-XH": the form as Pagefind splits and joins it. */
function abbrTokens(form: string): string[] {
  const parts = form.match(WORD) ?? [];
  const joined = parts.join('');
  return [joined, foldVi(joined), ...(parts.length > 1 ? parts : [])];
}

/** The other forms of abbreviations a text uses (both directions), as words. */
export function abbreviationWords(text: string): string[] {
  const folded = text.normalize('NFC').match(WORD)?.map(foldWord) ?? [];
  return abbreviationWordsOf(folded, positionsOf(folded));
}

/** Where each word stands in a text's folded words. */
function positionsOf(folded: string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  folded.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return at;
}

/** Where the words of `phrase` stand together in `folded` (each start), found from the first word's places. */
function occurrences(folded: string[], at: Map<string, number[]>, phrase: string[]): number[] {
  if (!phrase.length) return [];
  return (at.get(phrase[0]!) ?? []).filter((i) => phrase.every((w, k) => folded[i + k] === w));
}

/** abbreviationWords of a text's words, folded and lower-cased, and where each stands. */
function abbreviationWordsOf(tokens: string[], at: Map<string, number[]>): string[] {
  const compact = new Set(tokens);
  // "GD&ĐT" is folded to "gd dt": also try neighbouring words joined, when they can start a form.
  for (let i = 0; i + 1 < tokens.length; i++)
    if (FORM_PREFIXES.has(tokens[i]!)) compact.add(tokens[i]! + tokens[i + 1]!);
  const out: string[] = [];
  for (const a of COMPILED) {
    const hasFull = occurrences(tokens, at, a.fullWords).length > 0;
    const hasAbbr = a.foldedForms.some((f) => compact.has(f));
    if (hasFull) out.push(...a.formTokens);
    if (hasAbbr) out.push(a.full, a.fullFolded);
  }
  return out;
}

const I_TONES = 'iíìỉĩị';
const Y_TONES = 'yýỳỷỹỵ';
const I_Y = new RegExp(`^(${I_Y_ONSETS.join('|')})([${I_TONES}${Y_TONES}])$`, 'iu');

/** sĩ → sỹ, Kỹ → Kĩ, quý → quí; undefined when the word has no such variant. */
export function iyVariant(word: string): string | undefined {
  const m = I_Y.exec(word.normalize('NFC'));
  if (!m) return undefined;
  const v = m[2]!;
  const lower = v.toLowerCase();
  const i = I_TONES.indexOf(lower);
  const swapped = i >= 0 ? Y_TONES[i]! : I_TONES[Y_TONES.indexOf(lower)]!;
  return m[1] + (v === lower ? swapped : swapped.toUpperCase());
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Old ↔ new tone placement in oa, oe, uy at the end of a word (hoà ↔ hòa,
 * khoẻ ↔ khỏe, thuỷ ↔ thủy); "qu" + y is not such a pair (quý).
 */
export function tonePlacementVariant(word: string): string | undefined {
  const d = word.normalize('NFD');
  const m = /^(.*?)([oOuU])(\p{M}*)([aAeEyY])(\p{M}*)$/u.exec(d);
  if (!m) return undefined;
  const [, head, v1, m1, v2, m2] = m as unknown as [string, string, string, string, string, string];
  if (/^[uU]$/.test(v1) && !/^[yY]$/.test(v2)) return undefined;
  if (/^[oO]$/.test(v1) && /^[yY]$/.test(v2)) return undefined;
  if (/[qQ]$/.test(head)) return undefined;
  const tone1 = m1.match(TONES)?.[0];
  const tone2 = m2.match(TONES)?.[0];
  if (!tone1 === !tone2) return undefined;
  const moved = tone1
    ? `${head}${v1}${m1.replace(tone1, '')}${v2}${m2}${tone1}`
    : `${head}${v1}${m1}${tone2}${v2}${m2.replace(tone2!, '')}`;
  return moved.normalize('NFC');
}

/** "512/QĐ-UBND", "15/2021/NĐ-CP": the pieces and the joined form a query may use. */
const NUMBER_LIKE = /\d+(?:\/[\p{L}\p{N}]+)+(?:-[\p{L}\p{N}]+)*/gu;
export function numberWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(NUMBER_LIKE)) {
    const parts = m[0].match(WORD) ?? [];
    const joined = parts.join('');
    out.push(joined, foldVi(joined), ...parts, ...parts.filter((p) => foldVi(p) !== p).map((p) => foldVi(p)));
  }
  return out;
}

/**
 * Folded neighbourhoods, so that words stand together for a phrase search
 * typed without marks: each word with đ with its neighbours ("Hội đồng Thi"
 * → "hoi dong thi"), and each spelled-out abbreviation replaced by the
 * abbreviation with two words each side ("hoi dong TDKT tinh ninh").
 */
export function foldedWindows(text: string): string[] {
  const words = text.normalize('NFC').match(WORD) ?? [];
  return foldedWindowsOf(words, words.map(foldWord));
}

/** foldedWindows of a text's words (NFC) and the same words folded. */
function foldedWindowsOf(words: string[], folded: string[], at = positionsOf(folded)): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (/[đĐ]/u.test(w)) out.push(folded.slice(Math.max(0, i - 1), i + 2).join(' '));
  });
  for (const a of COMPILED) {
    const k = a.fullWords.length;
    for (const i of occurrences(folded, at, a.fullWords))
      out.push([...folded.slice(Math.max(0, i - 2), i), a.abbrFolded, ...folded.slice(i + k, i + k + 2)].join(' '));
  }
  return out;
}

/** A word's other spellings (i/y, tone placement), once per distinct word. */
const variantsOf = memoByString((w: string): string[] =>
  [iyVariant(w), tonePlacementVariant(w)].filter((v): v is string => v !== undefined),
);

/**
 * Every extra search word for a text, each once: đ twins in their folded
 * neighbourhoods, abbreviation forms, spelling variants, decision numbers.
 */
export function searchWords(text: string): string {
  const nfc = text.normalize('NFC');
  const words = nfc.match(WORD) ?? [];
  const folded = words.map(foldWord);
  const at = positionsOf(folded);
  const out = new Set<string>();
  for (const w of foldedWindowsOf(words, folded, at)) out.add(w);
  for (const w of words) for (const v of variantsOf(w)) out.add(v);
  for (const w of abbreviationWordsOf(folded, at)) out.add(w);
  for (const w of numberWords(nfc)) out.add(w);
  return [...out].join(' · ');
}

/**
 * A text with each spelled-out abbreviation replaced by its abbreviation and
 * the other way round, folded ("Uy ban nhan dan tinh Ha Nam" → "UBND tinh Ha
 * Nam"): a name's other phrases, so "ubnd tinh ha nam" finds its words together.
 */
export function abbreviatedPhrases(text: string): string[] {
  const words = foldedWords(text);
  const out: string[] = [];
  for (const a of COMPILED) {
    if (words.includes(a.foldedFull))
      out.push(words.replace(a.foldedFull, ` ${foldVi(a.forms[0]!).replace(/&/g, '')} `).trim());
    const form = a.spacedForms.find((f) => words.includes(f));
    if (form) out.push(words.replace(form, a.foldedFull).trim());
  }
  return out;
}

/**
 * A name's other forms: with its other spellings as printed ("Nguyễn Văn
 * Sĩ" for "Nguyễn Văn Sỹ", "Lê Thị Thủy" for "Lê Thị Thuỷ"), folded, and
 * with abbreviated phrases ("UBND tinh Ha Nam").
 */
export function nameForms(name: string): string {
  const nfc = name.normalize('NFC');
  const words = nfc.match(WORD) ?? [];
  const respelled = words.map((w) => iyVariant(w) ?? tonePlacementVariant(w) ?? w).join(' ');
  const forms = [respelled === words.join(' ') ? '' : respelled, foldVi(nfc), ...abbreviatedPhrases(nfc)];
  return forms.filter(Boolean).join(' · ');
}
