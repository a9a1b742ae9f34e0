import { describe, expect, it } from 'vitest';
import { compareVi, givenNameFirst, indexLetter, sortVi, VIETNAMESE_LETTERS } from './collate.ts';

/** Assert that each item sorts strictly before the next one, both ways round. */
function expectAscending(list: string[]) {
  for (let i = 1; i < list.length; i++) {
    expect(compareVi(list[i - 1]!, list[i]!), `${list[i - 1]} < ${list[i]}`).toBe(-1);
    expect(compareVi(list[i]!, list[i - 1]!), `${list[i]} > ${list[i - 1]}`).toBe(1);
  }
  // Sorting any permutation gives back the same order.
  expect([...list].reverse().sort(compareVi)).toEqual(list);
  expect(sortVi([...list].reverse(), (x) => x)).toEqual(list);
}

describe('Vietnamese collation: letters', () => {
  it('A < Ă < Â', () => expectAscending(['an', 'ăn', 'ân']));
  it('D < Đ (after every D word, not mixed with it)', () => expectAscending(['Duy', 'Dương', 'Đà Nẵng']));
  it('E < Ê', () => expectAscending(['Em', 'Êm']));
  it('O < Ô < Ơ', () => expectAscending(['On', 'Ôn', 'Ơn']));
  it('U < Ư', () => expectAscending(['Uy', 'Ưu']));
  it('Z and other foreign letters sort where the Latin alphabet puts them', () => expectAscending(['Yên', 'Zalo']));
  it('the letter order is the Vietnamese alphabet', () => {
    expect(VIETNAMESE_LETTERS.join(' ')).toBe('A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y');
  });
});

describe('Vietnamese collation: tones', () => {
  it('orders tones ngang < huyền < hỏi < ngã < sắc < nặng, all before the next base letter', () => {
    expectAscending(['a', 'à', 'ả', 'ã', 'á', 'ạ', 'ă']);
    expectAscending(['ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'p']);
  });

  it('compares letters first and tones only as a tie-break', () => {
    // "An" and "Án" share the letters a-n; "Anh" has one more letter.
    expectAscending(['An', 'Án', 'Anh', 'Ánh', 'Ăn', 'Ân']);
    expect(compareVi('An', 'Anh')).toBe(-1);
    expect(compareVi('Anh', 'Ánh')).toBe(-1);
    // A tone on the first syllable does not beat a letter difference later on.
    expectAscending(['Bà Rịa', 'Ba Vì']);
  });

  it('sorts a word before its longer continuation across a space', () => {
    expectAscending(['Gia Lai', 'Giang']);
  });

  it('sorts numbers before letters', () => {
    expectAscending(['3 tháng 2', 'An']);
  });

  it('treats decomposed (NFD) text exactly like composed (NFC) text', () => {
    const nfc = 'Nguyễn Thị Ánh Tuyết';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);

    expect(compareVi(nfd, nfc)).toBe(0);
    expect(compareVi('Đà Nẵng'.normalize('NFD'), 'Dương')).toBe(1);
  });

  it('compares a string equal to itself', () => {
    expect(compareVi('Ninh Thuận', 'Ninh Thuận')).toBe(0);
  });
});

describe('givenNameFirst', () => {
  it('moves the given name (last word) to the front', () => {
    expect(givenNameFirst('Nguyễn Văn An')).toBe('An Nguyễn Văn');
    expect(givenNameFirst('  Trần   Thị  Bình ')).toBe('Bình Trần Thị');
  });
  it('leaves a one-word name alone', () => {
    expect(givenNameFirst('Hoa')).toBe('Hoa');
  });
  it('returns NFC', () => {
    expect(givenNameFirst('Lê Văn Đức'.normalize('NFD'))).toBe('Đức Lê Văn');
  });
});

describe('sortVi', () => {
  it('sorts people by given name, then the rest of the name', () => {
    const people = [
      { name: 'Trần Văn Bình' },
      { name: 'Nguyễn Văn An' },
      { name: 'Lê Thị An' },
      { name: 'Phạm Đức' },
      { name: 'Đỗ Văn Dũng' },
    ];
    const sorted = sortVi(people, (p) => givenNameFirst(p.name)).map((p) => p.name);
    expect(sorted).toEqual(['Lê Thị An', 'Nguyễn Văn An', 'Trần Văn Bình', 'Đỗ Văn Dũng', 'Phạm Đức']);
  });

  it('does not modify its input and computes each key once', () => {
    const input = ['b', 'a', 'c'];
    let calls = 0;
    const out = sortVi(input, (x) => {
      calls++;
      return x;
    });
    expect(out).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(['b', 'a', 'c']);
    expect(calls).toBe(3);
  });
});

describe('indexLetter', () => {
  it.each([
    ['Điện lực', 'Đ'],
    ['Dương', 'D'],
    ['ủy ban', 'U'],
    ['Ưu tú', 'Ư'],
    ['Ánh', 'A'],
    ['Ân', 'Â'],
    ['ăn', 'Ă'],
    ['  Ơn', 'Ơ'],
    ['3 tháng 2', '#'],
    ['', '#'],
  ])('%j → %s', (text, letter) => {
    expect(indexLetter(text)).toBe(letter);
  });

  it('gives the same letter for NFD input', () => {
    expect(indexLetter('Ước mơ'.normalize('NFD'))).toBe('Ư');
    expect(indexLetter('Điện'.normalize('NFD'))).toBe('Đ');
  });
});

describe('indexLetter skips punctuation, like the sort key', () => {
  it('files "“Báo” Ninh Thuận" under B', async () => {
    const { indexLetter } = await import('./collate.ts');
    expect(indexLetter('“Báo” Ninh Thuận')).toBe('B');
    expect(indexLetter('(Đ) Điện lực')).toBe('Đ');
  });
});
