import { describe, expect, it } from 'vitest';
import { imageLine } from './html-text.ts';
import { cleanParagraph, imageName, parsePage, splitInlineImages } from './legacy-page.ts';

const TODAY = '2025-06-01';

describe('parsePage', () => {
  it('finds title, date, author and source and leaves the portal out', () => {
    const page = parsePage(
      [
        'Skip Ribbon Commands',
        'Skip to main content',
        'Thi đua Khen thưởng',
        '',
        'Hội nghị tổng kết công tác thi đua năm 2020',
        '',
        'Thứ hai - 15/03/2021 03:33 301 0',
        'Tin tức Thông tin khen thưởng',
        'Hội nghị tổng kết công tác thi đua năm 2020',
        'Ngày 12/3, khối tổ chức hội nghị.',
        'Tác giả bài viết: Trịnh Yến',
        'Nguồn tin: Văn phòng Sở',
        'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
        'Click để đánh giá bài viết',
        'Ý kiến bạn đọc',
        'Các tin khác',
        'Tin cũ hơn nhiều',
      ].join('\n'),
      [],
      TODAY,
    );
    expect(page).toEqual({
      title: 'Hội nghị tổng kết công tác thi đua năm 2020',
      date: '2021-03-15',
      author: 'Trịnh Yến',
      source: 'Văn phòng Sở',
      blocks: [{ type: 'paragraph', text: 'Ngày 12/3, khối tổ chức hội nghị.' }],
      notes: [],
    });
  });

  it('prefers the headline the markup names', () => {
    const page = parsePage(
      'Cổng thông tin tỉnh Ninh Thuận\nTặng Bằng khen cho Báo Ninh Thuận\nNội dung bài.',
      ['Tặng Bằng khen cho Báo Ninh Thuận'],
      TODAY,
    );
    expect(page.title).toBe('Tặng Bằng khen cho Báo Ninh Thuận');
  });

  it('takes images with the caption under them, even across a blank line or two lines', () => {
    const page = parsePage(
      [
        'Tiêu đề của bài viết thử',
        '22/03/2021',
        'Đoạn một.',
        'IMG_3188.jpg',
        '',
        'Các cá nhân nhận Bằng khen',
        'Description: D:\\Tin\\2021\\hinh hoi nghi.jpg',
        'Quang cảnh hội nghị sơ kết',
        '',
        '6 tháng đầu năm 2021',
        imageLine('/uploads/a.jpg', 'Toàn cảnh hội nghị'),
        'Toàn cảnh hội nghị',
        imageLine('/uploads/b.jpg', 'b.jpg'),
        'Đoạn hai là một đoạn văn dài, kể lại diễn biến của hội nghị, có nhiều câu và kết thúc bằng dấu chấm như mọi đoạn.',
      ].join('\n'),
      [],
      TODAY,
    );
    expect(page.blocks).toEqual([
      { type: 'paragraph', text: 'Đoạn một.' },
      { type: 'image', image: { src: 'IMG_3188.jpg', name: 'IMG_3188.jpg', caption: 'Các cá nhân nhận Bằng khen' } },
      {
        type: 'image',
        image: {
          src: 'D:\\Tin\\2021\\hinh hoi nghi.jpg',
          name: 'hinh hoi nghi.jpg',
          caption: 'Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2021',
        },
      },
      { type: 'image', image: { src: '/uploads/a.jpg', name: 'a.jpg', caption: 'Toàn cảnh hội nghị' } },
      { type: 'image', image: { src: '/uploads/b.jpg', name: 'b.jpg', caption: undefined } },
      {
        type: 'paragraph',
        text: 'Đoạn hai là một đoạn văn dài, kể lại diễn biến của hội nghị, có nhiều câu và kết thúc bằng dấu chấm như mọi đoạn.',
      },
    ]);
  });

  it('takes a last line that is a name as the byline', () => {
    const page = parsePage('Tiêu đề của bài viết thử\n18/06/2021\nĐoạn một.\nTrương Văn Phong, Ban TĐKT', [], TODAY);
    expect([page.author, page.source]).toEqual(['Trương Văn Phong', 'Ban TĐKT']);
    expect(page.blocks).toHaveLength(1);
    expect(page.notes).toEqual([
      'tác giả "Trương Văn Phong" và nguồn "Ban TĐKT" lấy từ dòng ký tên cuối bài — kiểm tra lại',
    ]);
  });

  it('joins hard-wrapped lines', () => {
    const page = parsePage('Tiêu đề của bài viết thử\n22/03/2021\nMột câu bị ngắt\ngiữa chừng.\nCâu khác.', [], TODAY);
    expect(page.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      'Một câu bị ngắt giữa chừng.',
      'Câu khác.',
    ]);
  });
});

describe('parsePage: pages without a date line', () => {
  it('dates from the first sentence, saying so', () => {
    const page = parsePage(
      'Hội nghị tổng kết năm 2020 của tỉnh\nSáng ngày 19/3/2021, UBND tỉnh tổ chức hội nghị.',
      [],
      TODAY,
    );
    expect(page.date).toBe('2021-03-19');
    expect(page.notes[0]).toMatch(
      /^trang không có dòng ngày đăng: ngày 2021-03-19 lấy từ câu đầu bài \("19\/3\/2021"\)/,
    );
  });

  it('guesses the year of "Ngày 11-12" and reports it as uncertain', () => {
    const page = parsePage(
      'Khối thi đua: Tổng kết công tác thi đua năm 2020\nNgày 11-12, Khối tổ chức hội nghị. Chỉ thị 57-CT/TU, ngày 3-9-2014 của Tỉnh ủy.',
      [],
      TODAY,
    );
    expect(page.date).toBe('2020-12-11');
    expect(page.notes).toEqual([
      'ngày chưa chắc: bài chỉ ghi "ngày 11-12" (hiểu là ngày 11 tháng 12), không có năm — đã đoán 2020-12-11 vì tiêu đề nói năm 2020; kiểm tra và sửa date',
    ]);
  });

  it('falls back on today, saying so', () => {
    const page = parsePage('Tiêu đề của một bài không ngày\nNội dung không có ngày nào.', [], TODAY);
    expect(page.date).toBe(TODAY);
    expect(page.notes[0]).toMatch(/không tìm thấy ngày nào/);
  });
});

describe('text repair', () => {
  it('takes apart blocks glued together when the page was saved', () => {
    expect(cleanParagraph('tham dự. . Xong')).toEqual(['tham dự. Xong']);
    expect(cleanParagraph('đề nghịNăm 2021 có ý nghĩa, xuất sắc,dẫn đầu')).toEqual([
      'đề nghị Năm 2021 có ý nghĩa, xuất sắc, dẫn đầu',
    ]);
    expect(cleanParagraph('như sau:1. Hoàn thành;2. Thực hiện.Phát biểu tại hội nghị')).toEqual([
      'như sau:',
      '1. Hoàn thành;',
      '2. Thực hiện.',
      'Phát biểu tại hội nghị',
    ]);
    expect(cleanParagraph('TP.HCM và UBND tỉnh')).toEqual(['TP.HCM và UBND tỉnh']);
  });

  it('pulls images out of a paragraph with the caption after them', () => {
    const notes: string[] = [];
    const blocks = splitInlineImages(
      'Họp xong. /up/a.jpg Bà Tâm trao Bằng khen /up/b.jpg Các đơn vị ký giao ước năm 2021Cũng trong hội nghị, ba đơn vị nhận bằng khen.',
      notes,
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Họp xong.' },
      { type: 'image', image: { src: '/up/a.jpg', name: 'a.jpg', caption: 'Bà Tâm trao Bằng khen' } },
      { type: 'image', image: { src: '/up/b.jpg', name: 'b.jpg', caption: 'Các đơn vị ký giao ước năm 2021' } },
      { type: 'paragraph', text: 'Cũng trong hội nghị, ba đơn vị nhận bằng khen.' },
    ]);
    expect(notes).toEqual([]);
  });

  it('names image files from URLs and Windows paths', () => {
    expect(imageName('/uploads/news/2021_03/tc.jpg?w=300')).toBe('tc.jpg');
    expect(imageName('D:\\Tin\\a b.jpg')).toBe('a b.jpg');
  });
});

describe('the end of the article', () => {
  it('is a short portal heading, not a paragraph that starts with the same words', () => {
    const page = parsePage(
      'Tiêu đề của bài viết thử\n22/03/2021\nBình luận về kết quả này, ông Trần Văn A cho biết khối sẽ tiếp tục đổi mới cách chấm điểm thi đua.\nBình luận\nHay quá',
      [],
      TODAY,
    );
    expect(page.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      'Bình luận về kết quả này, ông Trần Văn A cho biết khối sẽ tiếp tục đổi mới cách chấm điểm thi đua.',
    ]);
  });
});
