import { describe, expect, it } from 'vitest';
import { findMentions, matchMentions, matchName, nameKey } from './mentions.ts';

const HONOREES = [
  { id: 'so-xay-dung-binh-phuoc', name: 'Sở Xây dựng tỉnh Bình Phước', type: 'tap-the' },
  { id: 'so-nong-nghiep-binh-phuoc', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước', type: 'tap-the' },
  { id: 'ubnd-ninh-thuan', name: 'Ủy ban nhân dân tỉnh Ninh Thuận', type: 'tap-the' },
  { id: 'bao-ninh-thuan', name: 'Báo Ninh Thuận', type: 'tap-the', formerly: ['Báo Thuận Hải'] },
  { id: 'tran-van-hieu', name: 'Trần Văn Hiếu', type: 'ca-nhan' },
];
const BLOCS = [{ id: 'khoi-5', name: 'Khối thi đua số 5 tỉnh Bình Phước', short: 'Khối thi đua số 5' }];

describe('findMentions', () => {
  it('finds units by their heads, up to where the sentence goes on', () => {
    const found = findMentions(
      'Tham dự có Sở Giao thông vận tải, Sở Tài nguyên và Môi trường, Sở Xây dựng và BQL Vườn Quốc Gia Bù Gia Mập tham dự.',
    );
    expect(found.map((m) => m.text)).toEqual([
      'Sở Giao thông vận tải',
      'Sở Tài nguyên và Môi trường',
      'Sở Xây dựng',
      'BQL Vườn Quốc Gia Bù Gia Mập',
    ]);
  });

  it('finds people after a title word, and longer names anywhere', () => {
    const found = findMentions(
      'Đồng chí Trần Quốc Nam, Chủ tịch UBND tỉnh Ninh Thuận chủ trì; bà Đỗ Thanh Tâm –Trưởng ban phát biểu. PGĐ Sở Hoàng Mạnh Thường dự.',
    );
    expect(found).toEqual([
      { text: 'Trần Quốc Nam', kind: 'ca-nhan' },
      { text: 'UBND tỉnh Ninh Thuận', kind: 'tap-the' },
      { text: 'Đỗ Thanh Tâm', kind: 'ca-nhan' },
      { text: 'Hoàng Mạnh Thường', kind: 'ca-nhan' },
    ]);
  });

  it('leaves out places, titles, generic units and words that only look like heads', () => {
    const found = findMentions(
      'Hội nghị tại Hà Nam do UBND tỉnh tổ chức; Cục trưởng phát biểu, học tập tấm gương Hồ Chí Minh. Trường hợp khác.',
    );
    expect(found).toEqual([]);
  });

  it('tells blocs from units', () => {
    expect(findMentions('Khối thi đua các cơ quan Đảng tỉnh họp.')).toEqual([
      { text: 'Khối thi đua các cơ quan Đảng tỉnh', kind: 'khoi' },
    ]);
  });
});

describe('matching', () => {
  it('compares folded names with abbreviations spelt out', () => {
    expect(nameKey('UBND tỉnh Ninh Thuận')).toBe('uy ban nhan dan tinh ninh thuan');
    expect(nameKey('Ban Thi đua – Khen thưởng')).toBe(nameKey('Ban TĐKT'));
  });

  it('matches a name, the name followed by its place, or a former name', () => {
    expect(matchName('Sở Xây dựng', HONOREES)).toEqual(['so-xay-dung-binh-phuoc']);
    expect(matchName('Sở Nông nghiệp và PTNT', HONOREES)).toEqual(['so-nong-nghiep-binh-phuoc']);
    expect(matchName('Báo Thuận Hải', HONOREES)).toEqual(['bao-ninh-thuan']);
    expect(matchName('Sở Xây dựng và Giao thông', HONOREES)).toEqual([]);
  });

  it('matches people with people, units with units and blocs with blocs', () => {
    const text = 'Đ/c Trần Văn Hiếu nhận cờ. Khối thi đua số 5 tổ chức hội nghị; Sở Y tế dự.';
    expect(matchMentions(text, HONOREES, BLOCS)).toEqual([
      { text: 'Trần Văn Hiếu', kind: 'ca-nhan', matches: ['tran-van-hieu'] },
      { text: 'Khối thi đua số 5', kind: 'khoi', matches: ['khoi-5'] },
      { text: 'Sở Y tế', kind: 'tap-the', matches: [] },
    ]);
  });
});
