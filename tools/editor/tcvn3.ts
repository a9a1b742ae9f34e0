/**
 * TCVN3 (the "ABC" fonts .VnTime, .VnArial… of TCVN 5712:1993): one byte per
 * letter, lower-case letters with their tone in 0xA8–0xFE, the seven capitals
 * Ă Â Ê Ô Ơ Ư Đ in 0xA1–0xA7. Text in these fonts arrives either as bytes or,
 * more often, as Unicode text whose characters are those bytes read as
 * Windows-1252 ("ViÖt Nam", "§éc lËp"), so both directions work on strings of
 * such characters; `decodeTcvn3Bytes` reads raw bytes.
 *
 * Capitals with a tone have no place of their own in the ABC fonts: editors
 * used the matching "H" font (.VnTimeH), which draws the lower-case codes as
 * capitals. Decoding gives lower case for them; `restoreCapitals` puts back
 * the capitals of words that are otherwise written in capitals. The few
 * capitals TCVN 5712 (VN1) placed in the free slots of 0xA0–0xFF are decoded
 * too; its capitals in 0x01–0x17 and 0x80–0x9F are not, since in ABC-font
 * documents those bytes are Windows punctuation (quotes, dashes).
 */

import { charsToBytes, encodeThrough, readWindows1252 } from './single-byte.ts';

/** Byte (as a Windows-1252 character code) → Unicode. */
const TABLE: Record<number, string> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  // a
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  // ă
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  // â
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  // e
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  // ê
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  // i
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  // o
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  // ô
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  // ơ
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  // u
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  // ư
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  // y
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
  // Capitals of TCVN 5712 VN1 in the slots the ABC fonts leave free.
  0xaf: 'Ằ',
  0xba: 'Ẳ',
  0xbf: 'Ẵ',
  0xc0: 'Ắ',
  0xc1: 'Ầ',
  0xc2: 'Ẩ',
  0xc3: 'Ẫ',
  0xc4: 'Ấ',
  0xc5: 'Ề',
  0xcd: 'Ể',
  0xd9: 'Ễ',
  0xda: 'Ế',
  0xdb: 'Ồ',
  0xe0: 'Ổ',
  0xf0: 'Ỗ',
  0xff: 'Ố',
};

const DECODE = new Map<string, string>(
  Object.entries(TABLE).map(([code, ch]) => [String.fromCharCode(Number(code)), ch]),
);
const ENCODE = new Map<string, string>([...DECODE].map(([legacy, uni]) => [uni, legacy]));
const LEGACY_CHARS = new RegExp(`[${[...DECODE.keys()].join('')}]`, 'g');

/** The lower-case letters that stand for capitals in the "H" fonts. */
const CASELESS = new Set(Object.values(TABLE).filter((c) => c !== c.toUpperCase() && !'ăâêôơưđ'.includes(c)));

/** "ViÖt Nam" → "Việt Nam": TCVN3 characters (bytes read as Windows-1252) → Unicode NFC. */
export function decodeTcvn3(text: string): string {
  return restoreCapitals(text.replace(LEGACY_CHARS, (c) => DECODE.get(c)!)).normalize('NFC');
}

/** Raw TCVN3 bytes → Unicode NFC. */
export function decodeTcvn3Bytes(bytes: Uint8Array): string {
  return decodeTcvn3(readWindows1252(bytes));
}

/**
 * Unicode → TCVN3 characters (each one a Windows-1252 byte). Throws on a
 * letter TCVN3 cannot hold (most capitals with a tone).
 */
export function encodeTcvn3(text: string): string {
  return encodeThrough(text, ENCODE, 'TCVN3');
}

/** Unicode → TCVN3 bytes. */
export function encodeTcvn3Bytes(text: string): Uint8Array {
  return charsToBytes(encodeTcvn3(text));
}

/**
 * "CéNG HßA" (typed in .VnTimeH) decodes to "CộNG HòA": a word whose other
 * letters are all capitals (at least two of them), or any word of a line
 * written in capitals, gets its toned letters back in capitals.
 */
export function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const letters = line.replace(/[^\p{L}]/gu, '');
      const plain = [...letters].filter((c) => !CASELESS.has(c));
      const upper = plain.filter((c) => c !== c.toLowerCase()).length;
      const shouting = plain.length >= 6 && upper / plain.length >= 0.8;
      return line.replace(/\p{L}+/gu, (word) => {
        const chars = [...word];
        if (!chars.some((c) => CASELESS.has(c))) return word;
        const others = chars.filter((c) => !CASELESS.has(c));
        const allCaps = others.length >= 2 && others.every((c) => c !== c.toLowerCase());
        return shouting || allCaps ? word.toUpperCase() : word;
      });
    })
    .join('\n');
}
