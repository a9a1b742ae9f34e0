/**
 * VNI (the VNI-Windows fonts: VNI-Times, VNI-Helve…): a vowel is written as
 * its ASCII letter followed by one mark character, and a few letters have one
 * character of their own. Read as Windows-1252, "Việt Nam" is "Vieät Nam".
 *
 * Marks after a, e, o: â = circumflex; á à å ã ä = circumflex with sắc,
 * huyền, hỏi, ngã, nặng. After a: ê = breve; é è ú ü ë = breve with a tone.
 * After any vowel: ù ø û õ ï = sắc, huyền, hỏi, ngã, nặng.
 * Letters of their own: ô = ơ, ö = ư, ñ = đ; í ì æ ó ò = í ì ỉ ĩ ị; î = ỵ.
 * Capitals use the capital of each character ("VIEÄT NAM"); a capital vowel
 * with a lower-case mark ("Aán") is read too.
 */

import { charsToBytes, encodeThrough, readWindows1252 } from './single-byte.ts';

const TONE_MARKS = ['ù', 'ø', 'û', 'õ', 'ï'];
const CIRCUMFLEX_TONED = ['á', 'à', 'å', 'ã', 'ä'];
const BREVE_TONED = ['é', 'è', 'ú', 'ü', 'ë'];
/** Combining sắc, huyền, hỏi, ngã, nặng: the order of the lists above. */
const COMBINING = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** Every lower-case VNI spelling → its Unicode letter (NFC). */
function lowerTable(): Map<string, string> {
  const t = new Map<string, string>();
  const nfc = (s: string) => s.normalize('NFC');
  for (const v of ['a', 'e', 'o', 'u', 'y']) {
    TONE_MARKS.forEach((m, i) => t.set(v + m, nfc(v + COMBINING[i])));
  }
  for (const v of ['a', 'e', 'o']) {
    t.set(`${v}â`, nfc(v + CIRCUMFLEX));
    CIRCUMFLEX_TONED.forEach((m, i) => t.set(v + m, nfc(v + CIRCUMFLEX + COMBINING[i])));
  }
  t.set('aê', nfc(`a${BREVE}`));
  BREVE_TONED.forEach((m, i) => t.set(`a${m}`, nfc(`a${BREVE}${COMBINING[i]}`)));
  t.set('ô', 'ơ');
  t.set('ö', 'ư');
  TONE_MARKS.forEach((m, i) => {
    t.set(`ô${m}`, nfc(`o${HORN}${COMBINING[i]}`));
    t.set(`ö${m}`, nfc(`u${HORN}${COMBINING[i]}`));
  });
  ['í', 'ì', 'æ', 'ó', 'ò'].forEach((m, i) => t.set(m, nfc(`i${COMBINING[i]}`)));
  t.set('î', 'ỵ'); // after "yï", so that encoding writes the usual single character
  t.set('ñ', 'đ');
  return t;
}

const LOWER = lowerTable();

/** The canonical spelling of each letter, lower and upper case: for encoding. */
const ENCODE = new Map<string, string>();
/** Every accepted spelling (upper-case marks, mixed case): for decoding. */
const DECODE = new Map<string, string>();
for (const [vni, uni] of LOWER) {
  ENCODE.set(uni, vni);
  ENCODE.set(uni.toUpperCase(), vni.toUpperCase());
  DECODE.set(vni, uni);
  DECODE.set(vni.toUpperCase(), uni.toUpperCase());
  if (vni.length === 2) {
    const [base, mark] = [vni[0]!, vni[1]!];
    // Capital letter, lower-case mark ("Aán" = Ấn) and the reverse.
    DECODE.set(base.toUpperCase() + mark, uni.toUpperCase());
    DECODE.set(base + mark.toUpperCase(), uni);
  }
}

/** "Vieät Nam" → "Việt Nam": VNI characters (bytes read as Windows-1252) → Unicode NFC. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair.length === 2 && DECODE.has(pair)) {
      out += DECODE.get(pair);
      i++;
    } else {
      out += DECODE.get(text[i]!) ?? text[i];
    }
  }
  return out.normalize('NFC');
}

/** Raw VNI bytes → Unicode NFC. */
export function decodeVniBytes(bytes: Uint8Array): string {
  return decodeVni(readWindows1252(bytes));
}

/** Unicode → VNI characters. Throws on a character VNI cannot hold. */
export function encodeVni(text: string): string {
  return encodeThrough(text, ENCODE, 'VNI');
}

/** Windows-1252 bytes of the characters VNI uses above 0x7F are their Latin-1 codes. */
export function encodeVniBytes(text: string): Uint8Array {
  return charsToBytes(encodeVni(text));
}
