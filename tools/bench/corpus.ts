/**
 * A synthetic corpus in the content model's format, for `npm run bench`: N
 * articles over 15 years, 5N honorees spread over files, 40 blocs, ~14 award
 * rows per article that follow the award rules, varied Vietnamese text.
 * Deterministic for a given seed. Pure: returns files as { path: text }.
 */
import { slugify } from '../../src/lib/text/slug.ts';

export interface AwardTypeLite {
  id: string;
  for: string[];
}

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trịnh',
  'Đoàn',
  'Lương',
];
const MIDDLES = [
  'Văn',
  'Thị',
  'Minh',
  'Hữu',
  'Đức',
  'Thanh',
  'Ngọc',
  'Quốc',
  'Thu',
  'Xuân',
  'Hồng',
  'Kim',
  'Anh',
  'Gia',
  'Bảo',
];
const GIVENS = [
  'An',
  'Anh',
  'Ánh',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Điệp',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phong',
  'Phương',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thủy',
  'Trang',
  'Trung',
  'Tuấn',
  'Uyên',
  'Vân',
  'Việt',
  'Xuân',
  'Yến',
  'Ất',
  'Ơn',
  'Ưng',
];
const UNIT_KINDS = [
  'Sở',
  'Ban',
  'Trường',
  'Ủy ban nhân dân xã',
  'Phòng',
  'Trung tâm',
  'Hội',
  'Công ty',
  'Bệnh viện',
  'Đảng ủy',
  'Chi cục',
  'Đội',
];
const UNIT_TOPICS = [
  'Nội vụ',
  'Tài chính',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Xây dựng',
  'Tư pháp',
  'Nông nghiệp',
  'Công Thương',
  'Văn hóa',
  'Thể thao',
  'Du lịch',
  'Khoa học',
  'Giao thông',
  'Tài nguyên',
  'Môi trường',
  'Lao động',
  'Thương binh',
  'Xã hội',
  'Dân tộc',
  'Đối ngoại',
  'Cựu chiến binh',
  'Phụ nữ',
  'Nông dân',
  'Thanh niên',
  'Điện lực',
  'Cấp nước',
  'Đường bộ',
  'Phát thanh',
  'Truyền hình',
  'Kiểm lâm',
  'Thủy lợi',
  'Hải quan',
  'Thuế',
  'Kho bạc',
  'Bảo hiểm',
];
const PLACES = [
  'Phước Hải',
  'Tân Sơn',
  'Đông Hải',
  'Mỹ Đức',
  'Bình Minh',
  'An Phú',
  'Hòa Bình',
  'Thạnh Mỹ',
  'Lộc Ninh',
  'Đồng Xoài',
  'Phủ Lý',
  'Duy Tiên',
  'Kim Bảng',
  'Thanh Liêm',
  'Bình Lục',
  'Lý Nhân',
  'Ninh Phước',
  'Ninh Sơn',
  'Thuận Bắc',
  'Bác Ái',
];
const WORDS = (
  'thi đua khen thưởng tổng kết sơ kết phát động giao ước phong trào tập thể cá nhân xuất sắc hoàn thành nhiệm vụ năm ' +
  'kế hoạch chỉ tiêu đơn vị cơ quan khối cụm trưởng phó hội nghị báo cáo kết quả đánh giá biểu dương tôn vinh điển hình tiên tiến ' +
  'đổi mới sáng tạo đoàn kết kỷ cương trách nhiệm hiệu quả chuyển đổi số cải cách hành chính an sinh xã hội nông thôn mới đô thị văn minh ' +
  'lao động sản xuất kinh doanh học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh bảo vệ Tổ quốc quốc phòng an ninh trật tự ' +
  'dịch bệnh hạn hán thiên tai khắc phục vượt khó vươn lên cán bộ công chức viên chức người lao động Nhân dân cộng đồng doanh nghiệp'
).split(' ');
const KINDS = ['hoi-nghi', 'khen-thuong', 'phat-dong', 'tin-tuc'] as const;

export interface Corpus {
  files: Record<string, string>;
  articles: number;
  honorees: number;
  blocs: number;
  awardRows: number;
}

const q = (s: string) => JSON.stringify(s);

export function generateCorpus(n: number, awardTypes: AwardTypeLite[], seed = 2021): Corpus {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const sentence = (min = 8, max = 20) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const files: Record<string, string> = {};

  // Honorees: 30% collectives, 70% people; 1,000 per file.
  const honoreeCount = 5 * n;
  const collectives: string[] = [];
  const people: string[] = [];
  const lines: string[] = [];
  const used = new Set<string>();
  let fileNo = 0;
  const flush = () => {
    if (lines.length)
      files[`content/honorees/danh-sach-${String(++fileNo).padStart(3, '0')}.yaml`] = `${lines.join('\n')}\n`;
    lines.length = 0;
  };
  for (let i = 0; i < honoreeCount; i++) {
    const isCollective = i % 10 < 3;
    const name = isCollective
      ? `${pick(UNIT_KINDS)} ${pick(UNIT_TOPICS)} ${pick(PLACES)}`
      : `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVENS)}`;
    let id = slugify(name);
    if (used.has(id)) id = `${id}-${i}`;
    used.add(id);
    lines.push(`- id: ${id}\n  name: ${q(name)}\n  type: ${isCollective ? 'tap-the' : 'ca-nhan'}`);
    if (!isCollective && collectives.length && r() < 0.5)
      lines.push(
        `  parent: ${pick(collectives)}`,
        `  position: ${q(pick(['Chuyên viên', 'Giáo viên', 'Bác sĩ', 'Kỹ sư', 'Trưởng phòng', 'Phó Giám đốc', 'Công nhân']))}`,
      );
    (isCollective ? collectives : people).push(id);
    if (lines.length >= 1000 * 2) flush();
  }
  flush();

  // 40 blocs of 8–15 collectives, heads and deputies by year.
  const blocIds: string[] = [];
  for (let b = 1; b <= 40; b++) {
    const id = `khoi-thi-dua-so-${b}`;
    blocIds.push(id);
    const members = [...new Set(Array.from({ length: int(8, 15) }, () => pick(collectives)))];
    const heads = Array.from({ length: 15 }, (_, k) => `  ${2011 + k}: ${pick(members)}`).join('\n');
    files[`content/blocs/${id}.yaml`] =
      `name: ${q(`Khối thi đua số ${b}`)}\nmembers: [${members.join(', ')}]\nheads:\n${heads}\n`;
  }

  // Articles: N over 2011–2025, ~14 award rows each.
  const forCollective = awardTypes.filter((t) => t.for.includes('tap-the'));
  const forPeople = awardTypes.filter((t) => t.for.includes('ca-nhan'));
  let awardRows = 0;
  const slugs = new Set<string>();
  for (let i = 0; i < n; i++) {
    const year = 2011 + (i % 15);
    const month = int(1, 12);
    const day = int(1, 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const kind = pick(KINDS);
    const title = `${pick(['Hội nghị', 'Lễ trao', 'Phát động', 'Tổng kết', 'Sơ kết', 'Tuyên dương'])} ${pick(WORDS)} ${pick(WORDS)} ${pick(PLACES)} năm ${year}`;
    let slug = `${slugify(title)}-${i}`;
    while (slugs.has(slug)) slug += 'x';
    slugs.add(slug);
    const awards: string[] = [];
    let rows = 0;
    while (rows < 14) {
      const toPeople = r() < 0.6;
      const type = pick(toPeople ? forPeople : forCollective);
      const count = Math.min(14 - rows, int(1, 5));
      const recipients = [...new Set(Array.from({ length: count }, () => pick(toPeople ? people : collectives)))];
      rows += recipients.length;
      awards.push(
        `  - award: ${type.id}\n    year: ${year - 1}\n    recipients: [${recipients.join(', ')}]\n    decision: ${q(`${int(1, 3000)}/QĐ-UBND`)}`,
      );
    }
    awardRows += rows;
    const blocs = r() < 0.5 ? `\nblocs: [${pick(blocIds)}]` : '';
    const body = Array.from({ length: int(3, 7) }, () =>
      Array.from({ length: int(2, 5) }, () => sentence()).join(' '),
    ).join('\n\n');
    files[`content/articles/${year}/${slug}.md`] =
      `---\ntitle: ${q(title)}\ndate: ${date}\nkind: ${kind}\nsummary: ${q(sentence(12, 30).slice(0, 290))}${blocs}\nlocation: ${q(pick(PLACES))}\nawards:\n${awards.join('\n')}\n---\n${body}\n\n## ${sentence(4, 8).slice(0, -1)}\n\n${sentence()} ${sentence()}\n`;
  }
  return { files, articles: n, honorees: honoreeCount, blocs: 40, awardRows };
}
