/**
 * Abbreviations and spelling variants that the search treats as the same
 * words — the one list the office extends (see docs/search.md).
 *
 * Each entry: the abbreviation as portals print it, its other printed forms,
 * and the words it stands for. Both directions work: a page that prints the
 * words is found by the abbreviation, a page that prints the abbreviation is
 * found by the words (lib/search/expand.ts adds the other form to the
 * page's search words). Write the words with their marks; comparison is
 * folded (no marks, đ = d), so "Uỷ ban" and "Ủy ban" both match.
 *
 * Kept as a TypeScript module, not YAML: the same list is bundled into the
 * search page's script (query normaliser) and checked by the type checker
 * and by expand.test.ts (no empty or duplicate forms).
 */
export interface Abbreviation {
  /** The abbreviation as printed, e.g. "TĐKT"; other printed forms in `also`. */
  abbr: string;
  also?: string[];
  /** What it stands for, e.g. "thi đua khen thưởng" (punctuation between words does not matter). */
  full: string;
}

export const ABBREVIATIONS: Abbreviation[] = [
  { abbr: 'TĐKT', full: 'thi đua khen thưởng' },
  { abbr: 'HĐTĐKT', full: 'hội đồng thi đua khen thưởng' },
  { abbr: 'UBND', full: 'ủy ban nhân dân' },
  { abbr: 'HĐND', full: 'hội đồng nhân dân' },
  { abbr: 'MTTQ', full: 'mặt trận tổ quốc' },
  { abbr: 'UBMTTQ', full: 'ủy ban mặt trận tổ quốc' },
  { abbr: 'QĐ', full: 'quyết định' },
  { abbr: 'NĐ', full: 'nghị định' },
  { abbr: 'KH', full: 'kế hoạch' },
  { abbr: 'THADS', full: 'thi hành án dân sự' },
  { abbr: 'GD&ĐT', also: ['GDĐT'], full: 'giáo dục và đào tạo' },
  { abbr: 'LĐLĐ', full: 'liên đoàn lao động' },
  { abbr: 'HTX', full: 'hợp tác xã' },
  { abbr: 'BCH', full: 'ban chấp hành' },
  { abbr: 'ĐBQH', full: 'đại biểu quốc hội' },
  { abbr: 'UBKT', full: 'ủy ban kiểm tra' },
  { abbr: 'CSTĐ', full: 'chiến sĩ thi đua' },
  { abbr: 'LĐTT', full: 'lao động tiên tiến' },
  { abbr: 'HCLĐ', full: 'huân chương lao động' },
  { abbr: 'TW', also: ['TƯ'], full: 'trung ương' },
  { abbr: 'CCB', full: 'cựu chiến binh' },
  { abbr: 'BHXH', full: 'bảo hiểm xã hội' },
  { abbr: 'CAND', full: 'công an nhân dân' },
  { abbr: 'QĐND', full: 'quân đội nhân dân' },
  { abbr: 'LLVT', full: 'lực lượng vũ trang' },
  { abbr: 'TNCS', full: 'thanh niên cộng sản' },
  { abbr: 'KT-XH', also: ['KTXH'], full: 'kinh tế xã hội' },
  { abbr: 'CNVCLĐ', full: 'công nhân viên chức lao động' },
  { abbr: 'NTM', full: 'nông thôn mới' },
  { abbr: 'ANTT', full: 'an ninh trật tự' },
  { abbr: 'PCCC', full: 'phòng cháy chữa cháy' },
  { abbr: 'TP', full: 'thành phố' },
  { abbr: 'SXKD', full: 'sản xuất kinh doanh' },
  { abbr: 'DN', full: 'doanh nghiệp' },
];

/**
 * Spelling variants i ↔ y at the end of a syllable after these onsets
 * (sĩ/sỹ, kĩ/kỹ, lí/lý, mĩ/mỹ, tỉ/tỷ, hi/hy, quí/quý, vĩ/vỹ): both are in
 * official use. "gi" is an onset of its own and is not listed.
 */
export const I_Y_ONSETS = ['h', 'k', 'l', 'm', 'qu', 's', 't', 'v'];
