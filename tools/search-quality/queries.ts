/**
 * The portal's own search query set, written before any tuning (issue 14):
 * queries as Vietnamese readers type them — with and without marks, with
 * abbreviations both ways, spelling variants, names, decision numbers — over
 * the sample content plus the search fixture (tests/fixtures/search/). Each
 * query names the one page that should come first. `draft` queries must
 * find no draft. Classes let the report say where a change helps or hurts.
 */
export type QueryClass =
  | 'accented'
  | 'unaccented'
  | 'abbreviation'
  | 'spelled-out'
  | 'variant'
  | 'tone'
  | 'name'
  | 'number'
  | 'draft';

export interface Query {
  q: string;
  /** Path of the page that should be first; undefined for draft queries. */
  expect?: string;
  cls: QueryClass;
}

const a = (slug: string) => `/tin-tuc/${slug}/`;
const h = (id: string) => `/vinh-danh/${id}/`;

const HN_TONG_KET = a('ha-nam-tong-ket-thi-dua-khen-thuong-nam-2020');
const HN_PHAT_DONG = a('ha-nam-phat-dong-thi-dua-yeu-nuoc-nam-2021');
const NT_TRUC_TUYEN = a('ninh-thuan-hoi-nghi-truc-tuyen-tong-ket-thi-dua-khen-thuong-2020');
const NT_KE_HOACH = a('ninh-thuan-ke-hoach-phat-dong-thi-dua-nam-2021');
const THADS = a('cuc-thi-hanh-an-dan-su-ninh-thuan-nhan-co-thi-dua-2020');
const BP_BANG_KHEN = a('binh-phuoc-tang-bang-khen-ba-don-vi-khoi-thi-dua-so-5');
const BP_GIAO_UOC = a('khoi-thi-dua-so-5-binh-phuoc-ky-giao-uoc-2021');
const BP_TONG_KET = a('khoi-thi-dua-so-5-binh-phuoc-tong-ket-nam-2020');
const LUAT = a('quoc-hoi-thong-qua-luat-thi-dua-khen-thuong-2022');
const MTTQ_SO_KET = a('khoi-mat-tran-doan-the-ninh-thuan-so-ket-6-thang-2021');
const MTTQ_PHONG_TRAO = a('khoi-mat-tran-doan-the-lan-toa-phong-trao-thi-dua-2021');
const DANG_TONG_KET = a('khoi-co-quan-dang-ninh-thuan-tong-ket-nam-2020');
const UBKT_CO = a('uy-ban-kiem-tra-tinh-uy-nhan-co-truong-khoi-2021');
const LD_HOI_DONG = a('hoi-dong-tdkt-lam-dong-hop-phien-quy-i-2023');
const LD_CSTD = a('lam-dong-tuyen-duong-chien-sy-thi-dua-nganh-giao-duc');
const LD_1234 = a('lam-dong-khen-thuong-ldld-va-htx-theo-quyet-dinh-1234');

export const QUERIES: Query[] = [
  // Typed with marks, as printed.
  { q: 'Luật Thi đua, khen thưởng 2022', expect: LUAT, cls: 'accented' },
  { q: 'giao ước thi đua Bình Phước', expect: BP_GIAO_UOC, cls: 'accented' },
  { q: 'hội nghị trực tuyến Ninh Thuận', expect: NT_TRUC_TUYEN, cls: 'accented' },
  { q: 'Cục Thi hành án dân sự nhận cờ thi đua', expect: THADS, cls: 'accented' },
  { q: 'phong trào thi đua yêu nước Hà Nam 2021', expect: HN_PHAT_DONG, cls: 'accented' },
  { q: 'sơ kết 6 tháng Khối Mặt trận', expect: MTTQ_SO_KET, cls: 'accented' },
  { q: 'Mái ấm Công đoàn', expect: MTTQ_PHONG_TRAO, cls: 'accented' },
  { q: 'Vườn quốc gia Bù Gia Mập tổng kết', expect: BP_TONG_KET, cls: 'accented' },
  { q: 'bàn giao cờ Trưởng Khối', expect: UBKT_CO, cls: 'accented' },
  { q: 'Sở Giáo dục và Đào tạo tỉnh Hà Nam', expect: h('so-giao-duc-va-dao-tao-ha-nam'), cls: 'accented' },
  { q: 'Bệnh viện Đa khoa tỉnh Hà Nam', expect: h('benh-vien-da-khoa-tinh-ha-nam'), cls: 'accented' },
  { q: 'Hội Liên hiệp Phụ nữ Ninh Thuận', expect: h('hoi-lien-hiep-phu-nu-ninh-thuan'), cls: 'accented' },
  // Without marks (phones, old keyboards).
  { q: 'luat thi dua khen thuong', expect: LUAT, cls: 'unaccented' },
  { q: 'hoi nghi truc tuyen tong ket ninh thuan', expect: NT_TRUC_TUYEN, cls: 'unaccented' },
  { q: 'ha nam tong ket thi dua khen thuong 2020', expect: HN_TONG_KET, cls: 'unaccented' },
  { q: 'khoi co quan dang tong ket', expect: DANG_TONG_KET, cls: 'unaccented' },
  { q: 'ky giao uoc thi dua khoi 5', expect: BP_GIAO_UOC, cls: 'unaccented' },
  { q: 'ba don vi nhan bang khen binh phuoc', expect: BP_BANG_KHEN, cls: 'unaccented' },
  { q: 'dang thi yen', expect: h('dang-thi-yen-ha-nam'), cls: 'unaccented' },
  { q: 'do minh duc', expect: h('do-minh-duc-ha-nam'), cls: 'unaccented' },
  { q: 'bao ninh thuan', expect: h('bao-ninh-thuan'), cls: 'unaccented' },
  { q: 'uy ban kiem tra tinh uy', expect: h('uy-ban-kiem-tra-tinh-uy-ninh-thuan'), cls: 'unaccented' },
  { q: 'tinh doan ninh thuan', expect: h('tinh-doan-ninh-thuan'), cls: 'unaccented' },
  { q: 'truong thpt chuyen bien hoa', expect: h('truong-thpt-chuyen-bien-hoa'), cls: 'unaccented' },
  // Abbreviation typed, the page spells it out.
  { q: 'hoi dong tdkt tinh ninh thuan', expect: NT_TRUC_TUYEN, cls: 'abbreviation' },
  { q: 'Hội đồng TĐKT tỉnh Hà Nam phát động', expect: HN_PHAT_DONG, cls: 'abbreviation' },
  { q: 'ubnd tinh ha nam', expect: h('ubnd-tinh-ha-nam'), cls: 'abbreviation' },
  { q: 'UBND huyện Lý Nhân', expect: h('ubnd-huyen-ly-nhan'), cls: 'abbreviation' },
  { q: 'UBND thành phố Phủ Lý', expect: h('ubnd-thanh-pho-phu-ly'), cls: 'abbreviation' },
  { q: 'ldld tinh ninh thuan', expect: h('lien-doan-lao-dong-ninh-thuan'), cls: 'abbreviation' },
  { q: 'Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận', expect: h('uy-ban-mttq-viet-nam-ninh-thuan'), cls: 'abbreviation' },
  { q: 'so gd&dt ha nam', expect: h('so-giao-duc-va-dao-tao-ha-nam'), cls: 'abbreviation' },
  { q: 'cuc thads ninh thuan', expect: h('cuc-thi-hanh-an-dan-su-ninh-thuan'), cls: 'abbreviation' },
  { q: 'lien minh htx binh phuoc', expect: h('lien-minh-hop-tac-xa-binh-phuoc'), cls: 'abbreviation' },
  { q: 'tdkt lam dong quy I', expect: LD_HOI_DONG, cls: 'abbreviation' },
  // Spelled out typed, the page abbreviates.
  { q: 'hội đồng thi đua khen thưởng Lâm Đồng', expect: LD_HOI_DONG, cls: 'spelled-out' },
  { q: 'hoi dong thi dua khen thuong lam dong phien thuong ky', expect: LD_HOI_DONG, cls: 'spelled-out' },
  { q: 'ủy ban nhân dân tỉnh Ninh Thuận kế hoạch phát động', expect: NT_KE_HOACH, cls: 'spelled-out' },
  { q: 'so giao duc va dao tao lam dong tuyen duong', expect: LD_CSTD, cls: 'spelled-out' },
  { q: 'chủ tịch ủy ban nhân dân tỉnh bình phước bằng khen ba đơn vị', expect: BP_BANG_KHEN, cls: 'spelled-out' },
  // Spelling variants.
  { q: 'chiến sỹ thi đua cấp tỉnh Hà Nam', expect: HN_TONG_KET, cls: 'variant' },
  { q: 'chiến sĩ thi đua cơ sở Lâm Đồng', expect: LD_CSTD, cls: 'variant' },
  { q: 'chien si thi dua nganh giao duc lam dong', expect: LD_CSTD, cls: 'variant' },
  { q: 'kĩ sư Nguyễn Văn Sĩ', expect: h('nguyen-van-sy-lam-dong'), cls: 'variant' },
  { q: 'nguyen van si', expect: h('nguyen-van-sy-lam-dong'), cls: 'variant' },
  { q: 'Đàng Thị Mĩ Hạnh', expect: h('dang-thi-my-hanh-ninh-thuan'), cls: 'variant' },
  { q: 'huyện Lí Nhân', expect: h('ubnd-huyen-ly-nhan'), cls: 'variant' },
  { q: 'doanh thu 48 tỉ đồng hợp tác xã', expect: LD_1234, cls: 'variant' },
  // Old and new tone placement.
  { q: 'Lê Thị Thủy', expect: h('le-thi-thuy-lam-dong'), cls: 'tone' },
  // Corrected after the first run: the school has no page; the article and the teacher's page both name it.
  {
    q: 'cô Lê Thị Thủy Trường THCS Hòa Bình',
    expect: a('lam-dong-tuyen-duong-chien-sy-thi-dua-nganh-giao-duc'),
    cls: 'tone',
  },
  { q: 'trường THPT chuyên Biên Hoà', expect: h('truong-thpt-chuyen-bien-hoa'), cls: 'tone' },
  // Names: the honoree page first, marks as typed.
  { q: 'Trần Quốc Nam', expect: h('tran-quoc-nam-lam-dong'), cls: 'name' },
  { q: 'tran quoc nam', expect: h('tran-quoc-nam-lam-dong'), cls: 'name' },
  { q: 'Đặng Thị Yến', expect: h('dang-thi-yen-ha-nam'), cls: 'name' },
  { q: 'Nguyễn Văn Khải', expect: h('nguyen-van-khai-ha-nam'), cls: 'name' },
  { q: 'Vũ Đình Long', expect: h('vu-dinh-long-ha-nam'), cls: 'name' },
  { q: 'Trịnh Văn Ất', expect: h('trinh-van-at-ha-nam'), cls: 'name' },
  { q: 'Pinăng Thị Hồng', expect: h('pinang-thi-hong-ninh-thuan'), cls: 'name' },
  { q: 'Thái Thị Bích Ngọc', expect: h('thai-thi-bich-ngoc-ninh-thuan'), cls: 'name' },
  { q: 'Hồ Thị Kim Ngân', expect: h('ho-thi-kim-ngan-ninh-thuan'), cls: 'name' },
  { q: 'Trần Minh Quân', expect: h('tran-minh-quan-ninh-thuan'), cls: 'name' },
  { q: 'Ban Thi đua – Khen thưởng tỉnh Ninh Thuận', expect: h('ban-thi-dua-khen-thuong-ninh-thuan'), cls: 'name' },
  { q: 'Liên đoàn Lao động tỉnh Lâm Đồng', expect: h('ldld-tinh-lam-dong'), cls: 'name' },
  { q: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận', expect: h('uy-ban-mttq-viet-nam-ninh-thuan'), cls: 'name' },
  { q: 'Trương Quốc Huy phát động thi đua', expect: HN_PHAT_DONG, cls: 'name' },
  { q: 'Trần Văn Hiếu đón nhận cờ', expect: THADS, cls: 'name' },
  // Decision and plan numbers.
  // A decision's number finds its own page first (issue 15 added decision pages after this set was
  // written, when the article announcing it was expected); the article comes right after.
  { q: '1234/QĐ-UBND', expect: '/quyet-dinh/2023/1234-qd-ubnd/', cls: 'number' },
  { q: 'quyết định 1234', expect: '/quyet-dinh/2023/1234-qd-ubnd/', cls: 'number' },
  { q: '4614/KH-UBND', expect: NT_KE_HOACH, cls: 'number' },
  { q: 'kế hoạch 4614', expect: NT_KE_HOACH, cls: 'number' },
  { q: '215/QĐ-UBND', expect: '/quyet-dinh/2022/215-qd-ubnd/', cls: 'number' },
  { q: 'luat so 06/2022/QH15', expect: LUAT, cls: 'number' },
  // A draft's words: no draft may ever come back.
  { q: 'dự thảo đề nghị khen thưởng Cục Thi hành án', cls: 'draft' },
  { q: '12/QĐ-CTHADS', cls: 'draft' },
  { q: 'Đạo Văn Phú giấy khen', cls: 'draft' },
];
