/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese in plain ASCII.
 * After a vowel, ( = breve (a), ^ = circumflex (a, e, o), + = horn (o, u),
 * then ' ` ? ~ . = sắc, huyền, hỏi, ngã, nặng; dd = đ. A backslash keeps the
 * next mark character literal ("\\." is a full stop).
 *
 * A syllable takes one tone. In files typed by hand, "." and "?" after a
 * word-final vowel are often punctuation, so there they are read as tones only
 * where a sentence cannot end (see `toneHere`): "Ha` No^.i." ends with a full
 * stop.
 */

const VOWEL_MARK: Record<string, Record<string, string>> = {
  '(': { a: '\u0306' },
  '^': { a: '\u0302', e: '\u0302', o: '\u0302' },
  '+': { o: '\u031b', u: '\u031b' },
};
const TONE: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };

/**
 * "Vie^.t Nam" → "Việt Nam". A text that escapes any "." or "?" ("\\.") was
 * written by a converter that follows the RFC: there every unescaped mark after
 * a vowel is a tone. Otherwise `toneHere` tells tones from punctuation.
 */
export function decodeViqr(text: string): string {
  const strict = /\\[.?]/.test(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[(^+'`?~.\\d]/i.test(text[i + 1]!)) {
      out += text[++i];
      continue;
    }
    if (isDd(text, i)) {
      out += ch === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    const lower = ch.toLowerCase();
    if (!'aeiouy'.includes(lower) || !/[a-z]/i.test(ch)) {
      out += ch;
      continue;
    }
    let letter = ch;
    const mark = VOWEL_MARK[text[i + 1] ?? '']?.[lower];
    if (mark) {
      letter += mark;
      i++;
    }
    const next = text[i + 1] ?? '';
    if (TONE[next] && !toned(out) && (strict || toneHere(text, i + 1))) {
      letter += TONE[next];
      i++;
    }
    out += letter;
  }
  return out.normalize('NFC');
}

/** Has the word being written (the end of `out`) already got its one tone? */
function toned(out: string): boolean {
  const word = /\p{L}*$/u.exec(out.slice(-12).normalize('NFD'))![0];
  return /[\u0300\u0301\u0303\u0309\u0323]/.test(word);
}

/** "dd" at `i` spells đ: at the start of a word, or "DD" inside a word in capitals ("TDDKT" = TĐKT). */
function isDd(text: string, i: number): boolean {
  const pair = text.slice(i, i + 2);
  if (!/^[dD][dD]$/.test(pair)) return false;
  const before = text[i - 1] ?? '';
  if (!/\p{L}/u.test(before)) return true;
  return pair === 'DD' && /\p{Lu}/u.test(before);
}

/**
 * Is the "." or "?" at `at`, right after a vowel, a tone (and not punctuation)?
 * Yes inside a word ("Vie^.t"), before an escaped literal ("nghi.\\."), before
 * other punctuation ("chu?,", "nghi.." but not the ellipsis "ra...") and when
 * the text goes on in lower case ("ha. no^.i"); no at the end of a sentence.
 */
function toneHere(text: string, at: number): boolean {
  const mark = text[at]!;
  if (mark !== '.' && mark !== '?') return true;
  const after = text.slice(at + 1);
  if (mark === '.') {
    const run = /^\.*/.exec(text.slice(at))![0].length;
    if (run === 2 || run === 4) return true;
    if (run === 3) return false;
  }
  if (/^(?:\p{L}|\\|[,;:)\]”"'!])/u.test(after)) return true;
  return /^[ \t]+\p{Ll}/u.test(after);
}

const VOWEL_MARKS_VIQR: Record<string, string> = { '\u0306': '(', '\u0302': '^', '\u031b': '+' };
const TONES_VIQR: Record<string, string> = {
  '\u0301': "'",
  '\u0300': '`',
  '\u0309': '?',
  '\u0303': '~',
  '\u0323': '.',
};
const MARK_CHARS = /[(^+'`?~.\\]/;

/** "Việt Nam" → "Vie^.t Nam" (for tests and fixtures); literal mark characters after a vowel are escaped. */
export function encodeViqr(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'dd' : 'DD';
      continue;
    }
    const [base, ...marks] = ch.normalize('NFD');
    const vowel = marks.map((m) => VOWEL_MARKS_VIQR[m] ?? '').join('');
    const tone = marks.map((m) => TONES_VIQR[m] ?? '').join('');
    if (marks.length && vowel.length + tone.length === marks.length) {
      out += base + vowel + tone;
      continue;
    }
    const previous = out[out.length - 1] ?? '';
    const afterVowel = /[aeiouy(^+'`?~.]/i.test(previous) && !/\\.$/.test(out.slice(-2));
    if (MARK_CHARS.test(ch) && (afterVowel || ch === '\\')) out += '\\';
    out += ch;
    if (isDd(out, out.length - 2)) out = `${out.slice(0, -1)}\\${ch}`;
  }
  return out;
}
