/**
 * Agencies, blocs and people named in an article's text, matched against the
 * honorees and blocs already in content/: a list for the editor of what the
 * data has and what it lacks. Nothing here writes data — a mention is a hint,
 * and a wrong hint costs the editor a glance, not a wrong award.
 *
 * Units are found by their heads ("Sở …", "Ban …", "UBND …", "Khối thi đua …"),
 * people by a family name followed by capitalised given names. Names are
 * compared folded (no diacritics, no case, no punctuation), with the usual
 * abbreviations spelt out (UBND → Ủy ban nhân dân, BQL → Ban Quản lý…).
 */
import { searchKey } from '../../src/lib/text/fold.ts';

export type MentionKind = 'tap-the' | 'ca-nhan' | 'khoi';

export interface Mention {
  /** As written in the text (first occurrence). */
  text: string;
  kind: MentionKind;
  /** Ids of the honorees (or blocs) it may be; empty when none. */
  matches: string[];
}

export interface KnownName {
  id: string;
  name: string;
  formerly?: readonly string[];
  short?: string;
}

const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  MTTQ: 'Mặt trận Tổ quốc',
  TĐKT: 'Thi đua Khen thưởng',
  BQL: 'Ban Quản lý',
  THADS: 'Thi hành án dân sự',
  PTNT: 'Phát triển nông thôn',
  LĐLĐ: 'Liên đoàn Lao động',
  LĐTBXH: 'Lao động Thương binh và Xã hội',
  'LĐ-TB&XH': 'Lao động Thương binh và Xã hội',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  GDĐT: 'Giáo dục và Đào tạo',
  'KH&CN': 'Khoa học và Công nghệ',
  'TN&MT': 'Tài nguyên và Môi trường',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  THPT: 'Trung học phổ thông',
  THCS: 'Trung học cơ sở',
};

/** Words that begin a unit's name and are reliable on their own. */
const STRONG_HEADS = [
  'ủy ban mặt trận tổ quốc',
  'ủy ban nhân dân',
  'ủy ban',
  'uỷ ban',
  'ubnd',
  'hđnd',
  'ubmttq',
  'hội đồng',
  'ban quản lý',
  'bql',
  'liên đoàn',
  'liên minh',
  'đảng ủy',
  'đảng bộ',
  'văn phòng',
  'chi cục',
  'tổng cục',
  'bộ chỉ huy',
  'công an',
  'kho bạc',
  'ngân hàng',
  'bệnh viện',
  'trung tâm',
  'tỉnh đoàn',
  'tỉnh ủy',
  'tỉnh uỷ',
  'huyện ủy',
  'thành ủy',
  'thị ủy',
  'báo',
  'đài',
  'cục',
  'viện',
  'công ty',
  'khối thi đua',
  'cụm thi đua',
];
/** Words that begin a unit's name only when a capitalised word follows ("Sở Xây dựng", not "Hội nghị"). */
const WEAK_HEADS = ['sở', 'ban', 'hội', 'trường', 'phòng', 'đoàn', 'bộ', 'khối', 'cụm', 'mặt trận'];
const HEADS = [...STRONG_HEADS, ...WEAK_HEADS].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Lower-case words and pairs that end a unit's name: what follows is the sentence, not the name. */
const STOP_WORDS = new Set([
  'có',
  'đã',
  'được',
  'nhận',
  'trao',
  'tặng',
  'cho',
  'kiêm',
  'làm',
  'là',
  'về',
  'với',
  'trong',
  'tại',
  'của',
  'do',
  'để',
  'cũng',
  'năm',
  'đến',
  'từ',
  'gồm',
  'ký',
  'cùng',
  'đạt',
  'vì',
  'theo',
  'trên',
  'ở',
  'đi',
  'lần',
  'ông',
  'bà',
  'khóa',
  'khoá',
  'nhiệm',
  'thứ',
  'hoặc',
  'các',
  'những',
  'mỗi',
  'đều',
  'luôn',
  'sẽ',
  'vừa',
  'đang',
  'ngày',
  'tháng',
  'sáng',
  'chiều',
  'tối',
  'nhằm',
  'họp',
  'dự',
  'nêu',
  'bàn',
  'giao',
  'giữa',
  'sau',
  'trước',
  'khi',
  'nên',
  'mà',
  'thì',
  'rồi',
  'này',
  'đó',
  'ấy',
]);
const STOP_PAIRS = new Set([
  'tổ chức',
  'tham dự',
  'vinh dự',
  'phát biểu',
  'phát động',
  'triển khai',
  'chủ trì',
  'bao gồm',
  'thực hiện',
  'đề nghị',
  'nhân dịp',
  'đánh giá',
  'ghi nhận',
  'biểu dương',
  'tuyên dương',
  'hướng dẫn',
  'đại diện',
  'lãnh đạo',
  'cam kết',
  'thống nhất',
  'giao ước',
  'ký kết',
  'báo cáo',
  'tiếp tục',
  'phối hợp',
  'thông qua',
  'đồng chí',
  'nhấn mạnh',
  'chỉ đạo',
  'trao tặng',
  'xếp hạng',
  'dẫn đầu',
  'hoàn thành',
  'đứng đầu',
  'tiếp nhận',
  'bàn giao',
  'đăng cai',
  'sơ kết',
  'tổng kết',
]);
/** Heads that also occur inside a unit's name ("Ban Dân vận Tỉnh ủy", "Đảng ủy Khối Cơ quan"). */
const INNER_HEADS = new Set(['tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'thành ủy', 'thị ủy', 'khối']);
/** Words after a dash that begin a person's title: "Bí thư Tỉnh ủy – Trưởng Đoàn…" is two titles, not a unit. */
const TITLE_WORDS = new Set(['trưởng', 'phó', 'chủ', 'bí', 'ủy', 'uỷ', 'giám', 'tổng', 'chánh', 'cục', 'viện', 'thủ']);
/** Words after the head that make a title, not a unit: "Cục trưởng", "Khối trưởng", "Ban phó". */
const POSITION_WORDS = new Set(['trưởng', 'phó']);
/** Places and levels: a head followed only by these ("UBND tỉnh") names no particular unit. */
const GENERIC_TAIL = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'thành',
  'phố',
  'thị',
  'các',
  'cấp',
  'trung',
  'ương',
  'cơ',
  'sở',
  'địa',
  'phương',
]);

const FAMILY_NAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Đoàn Lâm Mai Trịnh Lương Đào Vương Hà Cao Tạ Châu Tô Thái Lưu Quách Kiều Chu Tôn Triệu Phùng Lại Mạc Khổng Từ Giang Âu Doãn Tăng Thân Nông Lò Lục Hứa Diệp Phí Kim Tống Trình Lã Nghiêm Thạch Hàn Hầu Bạch Chế Đàm Đồng Ông Quan Tiêu Ung Viên Yên La Mã Khúc Đàng'.split(
    ' ',
  ),
);
/** Capitalised pairs and triples that are places or institutions, not people. */
const NOT_PEOPLE = new Set([
  'hồ chí minh',
  'hà nội',
  'hà nam',
  'hà tĩnh',
  'hà giang',
  'cao bằng',
  'lâm đồng',
  'thái bình',
  'thái nguyên',
  'lạng sơn',
  'hoàng sa',
  'trường sa',
  'đồng nai',
  'đồng tháp',
  'kiều bào',
  'lê lợi',
  'quan họ',
]);
/** Words right before a person's name. */
const PERSON_CUES =
  /(?:ông|bà|anh|chị|đồng chí|đ\/c|đ\/\/c|thiếu tướng|đại tá|thượng tá|trung tá|giám đốc|phó giám đốc|pgđ|chủ tịch|phó chủ tịch|bí thư|trưởng ban|phó trưởng ban|trưởng phòng|cục trưởng|tác giả|thầy|cô|em|cháu|cụ|nhà giáo|bác sĩ)\s*$/i;

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const UPPER_WORD = /^[\p{Lu}&,]{2,}$/u;
const DASH = /^[-–—]$/;

/** Every mention of a unit, a bloc or a person, once each, in order of appearance. */
export function findMentions(text: string): { text: string; kind: MentionKind }[] {
  const out = new Map<string, { text: string; kind: MentionKind }>();
  for (const sentence of text.normalize('NFC').split(/(?<=[.!?;:…])\s+|\n+/)) {
    for (const clause of sentence.split(/\s*[,;:()“”"«»]\s*|\s*[–—]\s*(?=\p{L})|\s+-\s*(?=\p{Ll})/u)) {
      scan(clause.split(/\s+/).filter(Boolean), out);
    }
  }
  // "Ban Thi đua khen thưởng" is the same unit as "Ban Thi đua khen thưởng tỉnh" further on: keep the longer.
  const keys = [...out.keys()];
  return [...out].filter(([key]) => !keys.some((k) => k !== key && k.startsWith(`${key} `))).map(([, m]) => m);
}

function scan(words: string[], out: Map<string, { text: string; kind: MentionKind }>): void {
  for (let i = 0; i < words.length; i++) {
    const person = personAt(words, i);
    if (person) {
      add(out, person.text, 'ca-nhan');
      i += person.length - 1;
      continue;
    }
    const unit = unitAt(words, i);
    if (unit) {
      if (!unit.generic) add(out, unit.text, /^(?:khối|cụm)\b/i.test(unit.text) ? 'khoi' : 'tap-the');
      i += unit.length - 1;
    }
  }
}

function add(out: Map<string, { text: string; kind: MentionKind }>, text: string, kind: MentionKind): void {
  const key = nameKey(text);
  if (!out.has(key)) out.set(key, { text, kind });
}

/** A person's name starting at word `i`: a family name and one to three given names, all capitalised. */
function personAt(words: string[], i: number): { text: string; length: number } | undefined {
  if (!FAMILY_NAMES.has(words[i]!)) return undefined;
  // "Ông Vương Đức Hòa": here "Ông" is "Mr", not the family name Ông.
  if (words[i] === 'Ông' && FAMILY_NAMES.has(clean(words[i + 1] ?? ''))) return undefined;
  let n = 1;
  while (n < 4 && i + n < words.length) {
    const word = words[i + n]!.replace(/[.,!?]+$/, '');
    if (!CAPITALISED.test(word) || headAt(words, i + n)) break;
    n++;
    if (word !== words[i + n - 1]) break; // punctuation after this word ends the name
  }
  if (n < 2) return undefined;
  const text = words
    .slice(i, i + n)
    .map(clean)
    .join(' ');
  if (NOT_PEOPLE.has(text.toLowerCase())) return undefined;
  // A two-word name is common in place names: take it only after a word like "ông", "bà", "đồng chí".
  if (n === 2 && !PERSON_CUES.test(words.slice(Math.max(0, i - 3), i).join(' '))) return undefined;
  return { text, length: n };
}

/** The head of a unit's name at word `i` (lower case), if the word is capitalised and starts one. */
function headAt(words: string[], i: number): string | undefined {
  if (!/^\p{Lu}/u.test(words[i] ?? '')) return undefined;
  for (const head of HEADS) {
    const parts = head.split(' ');
    const slice = words.slice(i, i + parts.length).map((w) => clean(w).toLowerCase());
    if (slice.join(' ') === head) return head;
  }
  return undefined;
}

/** A unit's name starting at word `i`, from its head to the end of the name. */
function unitAt(words: string[], i: number): { text: string; length: number; generic: boolean } | undefined {
  const head = headAt(words, i);
  if (!head) return undefined;
  const headLength = head.split(' ').length;
  if (clean(words[i + headLength - 1]!) !== words[i + headLength - 1]!.replace(/[.,;:!?]+$/, '')) return undefined;
  const next = clean(words[i + headLength] ?? '');
  if (POSITION_WORDS.has(next.toLowerCase())) return undefined;
  const weak = WEAK_HEADS.includes(head);
  if (weak && (!next || !/^\p{Lu}/u.test(next) || personAt(words, i + headLength))) return undefined;
  let n = headLength;
  let lowerRun = 0;
  while (i + n < words.length && n < 16) {
    const raw = words[i + n]!;
    const word = clean(raw);
    const lower = word.toLowerCase();
    const following = words[i + n + 1];
    if (DASH.test(raw)) {
      if (
        !following ||
        !/^\p{Lu}/u.test(following) ||
        TITLE_WORDS.has(clean(following).toLowerCase()) ||
        startsUnit(words, i + n + 1)
      )
        break;
    } else if (!word) {
      break;
    } else if (/^\p{Lu}/u.test(word) || /^\d+$/.test(word)) {
      if (personAt(words, i + n)) break;
      const inner = headAt(words, i + n);
      if (inner && !INNER_HEADS.has(inner) && startsUnit(words, i + n)) break;
      lowerRun = 0;
    } else if (lower === 'và' || lower === '&') {
      if (!following || !/^\p{Lu}/u.test(following) || startsUnit(words, i + n + 1)) break;
    } else if (lower === 'các' && /^(?:khối|cụm)/.test(head)) {
      lowerRun = 0; // "Khối thi đua các cơ quan Đảng tỉnh"
    } else if (
      STOP_WORDS.has(lower) ||
      STOP_PAIRS.has(`${lower} ${clean(following ?? '').toLowerCase()}`) ||
      ++lowerRun > 6
    ) {
      break;
    }
    n++;
    if (/[.,;:!?]$/.test(raw)) break;
  }
  while (n > headLength && /^(?:và|&|[-–—])$/i.test(words[i + n - 1]!)) n--;
  const tail = words
    .slice(i + headLength, i + n)
    .map((w) => clean(w).toLowerCase())
    .filter(Boolean);
  const generic = tail.every((w) => GENERIC_TAIL.has(w));
  if (weak && !tail.length) return undefined;
  const text = words
    .slice(i, i + n)
    .map((w) => (DASH.test(w) ? '–' : clean(w)))
    .join(' ');
  if (text.split(' ').length < 2 && !UPPER_WORD.test(text)) return undefined;
  return { text, length: n, generic };
}

function startsUnit(words: string[], i: number): boolean {
  return unitAt(words, i) !== undefined;
}

/** A word without the punctuation stuck to it. */
function clean(word: string): string {
  return word.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '');
}

/** The key names are compared on: abbreviations spelt out, folded, punctuation dropped. */
export function nameKey(name: string): string {
  const expanded = name
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => ABBREVIATIONS[w] ?? ABBREVIATIONS[w.toUpperCase()] ?? w)
    .join(' ');
  return searchKey(expanded)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Ids a mention may refer to: the same name, or the name followed by the place
 * ("Sở Xây dựng" is "Sở Xây dựng tỉnh Bình Phước"), or a former name.
 */
export function matchName(mention: string, known: readonly KnownName[]): string[] {
  const key = nameKey(mention);
  const exact: string[] = [];
  const prefixed: string[] = [];
  for (const k of known) {
    const names = [k.name, ...(k.formerly ?? []), ...(k.short ? [k.short] : [])].map(nameKey);
    if (names.includes(key)) exact.push(k.id);
    else if (names.some((n) => isPlaceSuffix(n, key))) prefixed.push(k.id);
  }
  return exact.length ? exact : prefixed;
}

/** `full` is `short` followed by at most four words of a place ("tinh binh phuoc"). */
function isPlaceSuffix(full: string, short: string): boolean {
  if (!short || !full.startsWith(`${short} `)) return false;
  const rest = full.slice(short.length + 1).split(' ');
  return rest.length <= 4 && !['va', 'cua', 'thuoc'].includes(rest[0]!);
}

/** Mentions of a text, each with the honorees or blocs it may be. */
export function matchMentions(
  text: string,
  honorees: readonly (KnownName & { type: string })[],
  blocs: readonly KnownName[],
): Mention[] {
  return findMentions(text).map((m) => ({
    ...m,
    matches:
      m.kind === 'khoi'
        ? matchName(m.text, blocs)
        : matchName(
            m.text,
            honorees.filter((h) => h.type === m.kind),
          ),
  }));
}
