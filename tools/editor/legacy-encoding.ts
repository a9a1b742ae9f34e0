/**
 * Text of old Vietnamese portals, whatever its encoding, → Unicode NFC.
 *
 * Two situations:
 * - the file's bytes are not UTF-8: they are Windows-1258, TCVN3 (ABC), VNI
 *   or VIQR; each decoding is tried and the one with the best Vietnamese score
 *   (valid syllables minus broken words, see syllable.ts) wins;
 * - the file is UTF-8 (or UTF-16 with a BOM) but some lines were typed in a
 *   legacy font and carry its characters ("ViÖt Nam" in a .VnTime paragraph of
 *   an HTML export): each line is converted on its own when a legacy reading
 *   scores strictly better than the text as it is.
 * Ties keep the text as it is: Unicode is never "converted" into garbage.
 */
import { vietnameseScore } from './syllable.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeViqr } from './viqr.ts';
import { decodeVni } from './vni.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'viqr';
export type LegacyFont = 'tcvn3' | 'vni' | 'viqr';

/** Names for reports. */
export const ENCODING_LABELS: Record<SourceEncoding, string> = {
  'utf-8': 'UTF-8 (Unicode)',
  'utf-16le': 'UTF-16 (Unicode)',
  'utf-16be': 'UTF-16 (Unicode)',
  'windows-1258': 'Windows-1258 (CP1258)',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viqr: 'VIQR',
};

export interface DecodedText {
  /** Unicode NFC, line ends as in the source. */
  text: string;
  /** Encoding of the file as a whole. */
  encoding: SourceEncoding;
}

export interface FixedLines {
  text: string;
  /** Lines converted from a legacy font encoding, by encoding. */
  converted: Partial<Record<LegacyFont, number>>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');
const cp1258 = new TextDecoder('windows-1258');

/** Readings of a Windows-1252 string of legacy characters, by font. */
const READINGS: Record<LegacyFont, (latin: string) => string> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  viqr: decodeViqr,
};

/**
 * Bytes → text, choosing the file's encoding. UTF-8 and UTF-16 (with a BOM)
 * are taken as they are; other bytes go to whichever of Windows-1258, TCVN3,
 * VNI and VIQR reads as the most Vietnamese.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes).normalize('NFC'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes).normalize('NFC'), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a legacy 8-bit encoding
  }
  const latin = cp1252.decode(bytes);
  const vietnamese = cp1258.decode(bytes).normalize('NFC');
  const candidates: { encoding: SourceEncoding; text: string }[] = [
    { encoding: 'windows-1258', text: vietnamese },
    { encoding: 'tcvn3', text: decodeTcvn3(latin) },
    { encoding: 'vni', text: decodeVni(latin) },
    { encoding: 'viqr', text: decodeViqr(vietnamese) },
  ];
  let best = candidates[0]!;
  let bestScore = vietnameseScore(best.text);
  for (const c of candidates.slice(1)) {
    const score = vietnameseScore(c.text);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Convert, line by line, text typed in a legacy font inside a Unicode file.
 * A line changes only when a legacy reading scores strictly better.
 */
export function fixLegacyLines(text: string): FixedLines {
  const converted: Partial<Record<LegacyFont, number>> = {};
  const lines = text.split('\n').map((line) => {
    const best = bestReading(line);
    if (!best) return line;
    converted[best.font] = (converted[best.font] ?? 0) + 1;
    return best.text;
  });
  return { text: lines.join('\n'), converted };
}

/** The legacy reading of one line that beats the line as it is, if any. */
export function bestReading(line: string): { font: LegacyFont; text: string } | undefined {
  // Only lines with Latin-1 letters or VIQR marks after a vowel can be legacy text.
  if (!/[\u00a0-\u00ff]|[aeiouy][(^+'`?~.]|\bdd/i.test(line)) return undefined;
  let best: { font: LegacyFont; text: string } | undefined;
  let bestScore = vietnameseScore(line);
  for (const font of Object.keys(READINGS) as LegacyFont[]) {
    const text = READINGS[font](line);
    if (text === line.normalize('NFC')) continue;
    const score = vietnameseScore(text);
    if (score > bestScore) {
      best = { font, text };
      bestScore = score;
    }
  }
  return best;
}

/** Bytes of any supported encoding → Unicode NFC text, with what was done. */
export function decodeLegacy(bytes: Uint8Array): DecodedText & { converted: FixedLines['converted'] } {
  const decoded = decodeBytes(bytes);
  const fixed = fixLegacyLines(decoded.text);
  return { ...decoded, text: fixed.text, converted: fixed.converted };
}

/** "TCVN3 (ABC): 12 dòng" — what a decoding did, for the import report. */
export function describeDecoding(encoding: SourceEncoding, converted: FixedLines['converted']): string {
  const parts = Object.entries(converted).map(([font, n]) => `${ENCODING_LABELS[font as LegacyFont]} ở ${n} dòng`);
  return parts.length
    ? `${ENCODING_LABELS[encoding]}, đã chuyển sang Unicode: ${parts.join(', ')}`
    : ENCODING_LABELS[encoding];
}
