/**
 * What /du-lieu/ tells citizens about the open data, in plain Vietnamese: what
 * each column means (with an example), how big the files are.
 */

export interface ColumnGuide {
  /** A short Vietnamese name for the column. */
  label: string;
  /** What it holds, in plain words. */
  meaning: string;
  example: string;
}

/** Every column the open data may carry (see OPEN_DATA_COLUMNS), explained. */
export const COLUMN_GUIDE: Record<string, ColumnGuide> = {
  award_id: {
    label: 'Mã hình thức khen thưởng',
    meaning:
      'Mã không dấu, không đổi của danh hiệu hoặc hình thức khen thưởng; trùng với địa chỉ trang /khen-thuong/<mã>/.',
    example: 'co-thi-dua-ubnd-tinh',
  },
  award_name: {
    label: 'Tên hình thức khen thưởng',
    meaning: 'Tên chính thức của danh hiệu thi đua hoặc hình thức khen thưởng.',
    example: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  },
  year: {
    label: 'Năm thành tích',
    meaning: 'Năm có thành tích được khen (không phải năm ký quyết định).',
    example: '2020',
  },
  honoree_id: {
    label: 'Mã tập thể, cá nhân',
    meaning: 'Mã không dấu, không đổi của người hoặc đơn vị được khen; trùng với địa chỉ trang /vinh-danh/<mã>/.',
    example: 'bao-ninh-thuan',
  },
  honoree_name: {
    label: 'Tên tập thể, cá nhân',
    meaning: 'Tên như đã công bố vào thời điểm khen thưởng (tên cũ của đơn vị được giữ nguyên).',
    example: 'Báo Ninh Thuận',
  },
  honoree_type: {
    label: 'Loại',
    meaning: '“tap-the” là tập thể (cơ quan, đơn vị), “ca-nhan” là cá nhân.',
    example: 'tap-the',
  },
  decision: {
    label: 'Số quyết định',
    meaning: 'Số của quyết định khen thưởng, nếu bài viết có nêu; để trống nếu không.',
    example: '1234/QĐ-UBND',
  },
  decision_date: {
    label: 'Ngày quyết định',
    meaning: 'Ngày ký quyết định, dạng năm-tháng-ngày; để trống nếu không rõ.',
    example: '2021-03-10',
  },
  article_url: {
    label: 'Bài viết công bố',
    meaning: 'Địa chỉ đầy đủ của bài viết đã công bố khen thưởng này.',
    example: 'https://…/tin-tuc/…/',
  },
  revoked_decision: {
    label: 'Quyết định thu hồi',
    meaning: 'Số quyết định thu hồi, hủy bỏ khen thưởng; để trống nếu khen thưởng vẫn còn hiệu lực.',
    example: '88/QĐ-UBND',
  },
  revoked_date: {
    label: 'Ngày thu hồi',
    meaning: 'Ngày ký quyết định thu hồi, dạng năm-tháng-ngày; để trống nếu không bị thu hồi.',
    example: '2022-05-04',
  },
};

/** A column's guide; a column nobody explained yet still gets a line (and the unit test fails). */
export const columnGuide = (column: string): ColumnGuide =>
  COLUMN_GUIDE[column] ?? { label: column, meaning: '', example: '' };

/** Size of a file in bytes, as people read it: "850 byte", "12,3 KB", "4,1 MB" (1 KB = 1024 byte). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}

/** Byte length of a text in UTF-8, as the file is served. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
