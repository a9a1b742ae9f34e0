/**
 * The fixed words of the content model: article kinds, honoree types, award
 * groups and levels, with their Vietnamese labels. Award *types* themselves are
 * never built in: they come from content/award-types.yaml.
 */

export const ARTICLE_KINDS = ['hoi-nghi', 'khen-thuong', 'phat-dong', 'tin-tuc'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const KIND_LABELS: Record<ArticleKind, string> = {
  'hoi-nghi': 'Hội nghị',
  'khen-thuong': 'Khen thưởng',
  'phat-dong': 'Phát động thi đua',
  'tin-tuc': 'Tin tức',
};

export const HONOREE_TYPES = ['tap-the', 'ca-nhan'] as const;
export type HonoreeType = (typeof HONOREE_TYPES)[number];
export const HONOREE_TYPE_LABELS: Record<HonoreeType, string> = { 'tap-the': 'Tập thể', 'ca-nhan': 'Cá nhân' };

export const AWARD_GROUPS = [
  'danh-hieu-thi-dua',
  'huan-chuong',
  'huy-chuong',
  'danh-hieu-vinh-du',
  'giai-thuong',
  'ky-niem-chuong',
  'bang-khen',
  'giay-khen',
] as const;
export type AwardGroup = (typeof AWARD_GROUPS)[number];
export const AWARD_GROUP_LABELS: Record<AwardGroup, string> = {
  'danh-hieu-thi-dua': 'Danh hiệu thi đua',
  'huan-chuong': 'Huân chương',
  'huy-chuong': 'Huy chương',
  'danh-hieu-vinh-du': 'Danh hiệu vinh dự Nhà nước',
  'giai-thuong': 'Giải thưởng',
  'ky-niem-chuong': 'Kỷ niệm chương',
  'bang-khen': 'Bằng khen',
  'giay-khen': 'Giấy khen',
};

export const AWARD_LEVELS = ['nha-nuoc', 'chinh-phu', 'bo-nganh-tinh', 'co-so'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  'nha-nuoc': 'Cấp Nhà nước',
  'chinh-phu': 'Cấp Chính phủ',
  'bo-nganh-tinh': 'Cấp bộ, ngành, tỉnh',
  'co-so': 'Cấp cơ sở',
};
