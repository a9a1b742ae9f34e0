/**
 * Is this word a well-formed Vietnamese syllable? Used to score candidate
 * decodings of legacy text: the decoding that yields the most valid syllables
 * (and the fewest broken words) is the right one.
 *
 * A syllable is an optional initial consonant, a vowel nucleus, an optional
 * final consonant and at most one tone mark; syllables closed by c, ch, p or t
 * only take the sắc or nặng tone. This is spelling, not a dictionary: it
 * accepts "cĩ" as readily as "có", which is enough to tell "Việt" from "ViÖt".
 */

/** Combining tone marks: huyền, sắc, ngã, hỏi, nặng. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SHARP_TONES = new Set(['\u0301', '\u0323']);

const INITIAL = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';
/** Nuclei that end a syllable on their own (no final consonant). */
const OPEN =
  'a|e|ê|i|y|o|ô|ơ|u|ư|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iêu|yêu|oa|oai|oao|oay|oe|oeo|oi|ôi|ơi|ua|uây|uê|ui|uôi|uơ|uy|uya|uyu|ưa|ưi|ươi|ươu|ưu';
/** Nuclei before c, m, n, ng, p, t. */
const CLOSED = 'a|ă|â|e|ê|i|o|ô|ơ|u|ư|iê|yê|oa|oă|oe|uâ|uê|uy|uô|ươ|uyê|oo';
/** Nuclei before ch and nh. */
const PALATAL = 'a|ê|i|y|oa|uê|uy';

const SYLLABLE = new RegExp(`^${INITIAL}(?:(?:${OPEN})|(?:${CLOSED})(?:ng|c|m|n|p|t)|(?:${PALATAL})(?:ch|nh))$`);

/** True when `word` (any case, NFC or NFD) is spelled like one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  if (!SYLLABLE.test(base)) return false;
  if (tones.length === 1 && /(?:c|ch|p|t)$/.test(base) && !SHARP_TONES.has(tones[0]!)) return false;
  return true;
}

const WORD = /\p{L}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** HĐND, TĐKT, PGĐ: acronyms whose only mark is Đ are not syllables, in any encoding. */
const ACRONYM = /^[A-ZĐ]{2,}$/;

/**
 * Score a text as Vietnamese: +1 for every word with a diacritic that is a
 * valid syllable, −1 for every word with a non-ASCII letter that is not.
 * Plain ASCII words count for nothing: they read the same in every encoding.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    if (!NON_ASCII.test(word) || ACRONYM.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}
