import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isId, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('turns a Vietnamese headline into ASCII kebab-case', () => {
    expect(slugify('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020')).toBe(
      'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020',
    );
  });

  it('maps đ/Đ to d (they have no Unicode decomposition)', () => {
    expect(slugify('Đảng ủy Đồng Nai')).toBe('dang-uy-dong-nai');
    expect(slugify('ĐĐ')).toBe('dd');
  });

  it('gives the same slug for NFD (decomposed) input as for NFC', () => {
    const title = 'Phát động phong trào thi đua Ưu tú năm 2021';
    const nfd = title.normalize('NFD');
    expect(nfd).not.toBe(title); // the test really feeds decomposed text
    expect(slugify(nfd)).toBe('phat-dong-phong-trao-thi-dua-uu-tu-nam-2021');
    expect(slugify(nfd)).toBe(slugify(title));
  });

  it('collapses punctuation and spaces into single hyphens, with none at the ends', () => {
    expect(slugify('  Đảng ủy Khối — “Thi đua” 2021!  ')).toBe('dang-uy-khoi-thi-dua-2021');
    expect(slugify('a -- b')).toBe('a-b');
    expect(slugify('   ')).toBe('');
  });

  it('cuts a long title at a word boundary, never above the maximum', () => {
    const title =
      'Hội nghị tổng kết công tác thi đua khen thưởng năm 2020 và triển khai nhiệm vụ năm 2021 của Khối thi đua các cơ quan Đảng tỉnh Ninh Thuận';
    const full =
      'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020-va-trien-khai-nhiem-vu-nam-2021-cua-khoi-thi-dua-cac-co-quan-dang-tinh-ninh-thuan';
    const slug = slugify(title);
    expect(MAX_SLUG_LENGTH).toBe(100);
    expect(slug.length).toBeLessThanOrEqual(100);
    // A prefix of the full slug that ends exactly where a word ends.
    expect(full.startsWith(slug)).toBe(true);
    expect(full[slug.length]).toBe('-');
    expect(slug).toBe(
      'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020-va-trien-khai-nhiem-vu-nam-2021-cua-khoi',
    );
    expect(ID_PATTERN.test(slug)).toBe(true);
  });

  it('keeps a title that is exactly at the limit whole', () => {
    const words = `${'abcd-'.repeat(19)}abcd`; // 99 characters
    expect(words.length).toBe(99);
    expect(slugify(words.replace(/-/g, ' '))).toBe(words);
  });

  it('cuts a title made of one enormous word at the limit', () => {
    const slug = slugify('a'.repeat(150));
    expect(slug).toBe('a'.repeat(100));
  });

  it('never leaves a trailing hyphen after cutting', () => {
    // 99 letters, then a space: the 100th character would be a hyphen.
    const slug = slugify(`${'b'.repeat(99)} cd efg`);
    expect(slug).toBe('b'.repeat(99));
  });
});

describe('uniqueSlug', () => {
  it('returns the base when free, then base-2, base-3…', () => {
    const taken = new Set<string>();
    const a = uniqueSlug('hoi-nghi', taken);
    taken.add(a);
    const b = uniqueSlug('hoi-nghi', taken);
    taken.add(b);
    const c = uniqueSlug('hoi-nghi', taken);
    taken.add(c);
    expect([a, b, c]).toEqual(['hoi-nghi', 'hoi-nghi-2', 'hoi-nghi-3']);
  });

  it('skips a suffix that is already taken', () => {
    expect(uniqueSlug('x', new Set(['x', 'x-2', 'x-3']))).toBe('x-4');
    expect(uniqueSlug('x', new Set(['x-2']))).toBe('x');
  });
});

describe('ID_PATTERN / isId', () => {
  it.each(['bao-ninh-thuan', 'a', '2020', 'khoi-5', 'co-thi-dua-ubnd-tinh'])('accepts %s', (id) => {
    expect(isId(id)).toBe(true);
    expect(ID_PATTERN.test(id)).toBe(true);
  });
  it.each(['', 'Bao-ninh', 'báo-ninh-thuận', 'bao--ninh', '-bao', 'bao-', 'bao_ninh', 'bao ninh', 'bao.ninh', 'đ'])(
    'refuses %j',
    (id) => {
      expect(isId(id)).toBe(false);
    },
  );
});
