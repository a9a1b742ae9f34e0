import { describe, expect, it } from 'vitest';
import { OPEN_DATA_COLUMNS } from './open-data.ts';
import { COLUMN_GUIDE, columnGuide, formatSize, utf8Bytes } from './open-data-guide.ts';

describe('open data guide', () => {
  it('explains every column of the open data in Vietnamese, with an example', () => {
    for (const c of OPEN_DATA_COLUMNS) {
      expect(COLUMN_GUIDE[c], c).toBeDefined();
      expect(columnGuide(c).meaning, c).not.toBe('');
      expect(columnGuide(c).example, c).not.toBe('');
    }
    // The contract's revocation columns are explained before they arrive.
    expect(columnGuide('revoked_decision').label).toBe('Quyết định thu hồi');
    expect(columnGuide('khac')).toEqual({ label: 'khac', meaning: '', example: '' });
  });
  it('gives file sizes as people read them', () => {
    expect(formatSize(850)).toBe('850 byte');
    expect(formatSize(12_595)).toBe('12,3 KB');
    expect(formatSize(4_299_161)).toBe('4,1 MB');
    expect(utf8Bytes('\uFEFFđ')).toBe(5);
  });
});
