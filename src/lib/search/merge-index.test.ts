import { describe, expect, it } from 'vitest';
import { decodeCbor } from './cbor.ts';
import {
  buildSorts,
  CHUNK_SIZE,
  chunkRanges,
  compareCodePoints,
  encodeChunk,
  joinWord,
  type PackedWord,
  prefixes,
  remapMetaLocs,
  wordSize,
} from './merge-index.ts';

describe('joining Pagefind indexes: the rules', () => {
  it('orders words by code point, as Rust orders strings (not by UTF-16 units)', () => {
    const words = ['đua', 'dua', 'z', '😀', '\uffff', 'a'];
    expect([...words].sort(compareCodePoints)).toEqual(['a', 'dua', 'z', 'đua', '\uffff', '😀']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });

  it("narrows chunk ranges to the shortest telling prefixes (Pagefind's chunk_meta)", () => {
    expect(prefixes('thi', 'thie')).toEqual(['thi', 'thie']);
    expect(prefixes('bac', 'ban')).toEqual(['bac', 'ban']);
    expect(prefixes('đua', 'đuc')).toEqual(['đua', 'đuc']);
    expect(
      chunkRanges([
        ['0', 'thi'],
        ['thiet', 'đoan'],
        ['đoanh', 'ươn'],
      ]),
    ).toEqual([
      ['0', 'thi'],
      ['thie', 'đoan'],
      ['đoanh', 'ươn'],
    ]);
    // A "to" that would fall before its "from" is left whole; one equal to it is kept.
    expect(
      chunkRanges([
        ['ba', 'bz'],
        ['c', 'd'],
      ]),
    ).toEqual([
      ['ba', 'bz'],
      ['c', 'd'],
    ]);
    expect(
      chunkRanges([
        ['b', 'bz'],
        ['c', 'd'],
      ]),
    ).toEqual([
      ['b', 'b'],
      ['c', 'd'],
    ]);
  });

  it('renumbers meta fields by their place among all parts’ fields, leaving positions', () => {
    // A part with fields [name, title] inside [awards, date, name, title].
    expect(remapMetaLocs([-1, 4, 2, -2, 0], [2, 3])).toEqual([-3, 4, 2, -4, 0]);
    expect(remapMetaLocs([], [2, 3])).toEqual([]);
    expect(() => remapMetaLocs([-3, 1], [2, 3])).toThrow(/trường meta số 2/);
  });

  it('joins a word’s pages in part order and its variants by form, first seen first', () => {
    const a: PackedWord = ['dua', [[1, [0, 4], []]], [['đua', [[0, [-25, 3], []]]]]];
    const b: PackedWord = [
      'dua',
      [[7, [2], [-1, 0]]],
      [
        ['dúa', [[8, [5], []]]],
        ['đua', [[9, [1], []]]],
      ],
    ];
    expect(joinWord([a, b])).toEqual([
      'dua',
      [
        [1, [0, 4], []],
        [7, [2], [-1, 0]],
      ],
      [
        [
          'đua',
          [
            [0, [-25, 3], []],
            [9, [1], []],
          ],
        ],
        ['dúa', [[8, [5], []]]],
      ],
    ]);
    expect(joinWord([a])).toBe(a);
  });

  it('counts a word’s size as Pagefind does: locations and one per page, one per variant', () => {
    const w: PackedWord = [
      'dua',
      [
        [1, [0, 4], [-1, 2]],
        [3, [], [-2, 0]],
      ],
      [['đua', [[0, [-25, 3], []]]]],
    ];
    expect(wordSize(w)).toBe(5 + 3 + 1 + 3);
    expect(CHUNK_SIZE).toBe(20_000);
  });

  it('writes page numbers as deltas within each word and variant', () => {
    const w: PackedWord = [
      'dua',
      [
        [3, [1], []],
        [10, [2], []],
      ],
      [
        [
          'đua',
          [
            [4, [1], []],
            [12, [1], []],
          ],
        ],
      ],
    ];
    const { value } = decodeCbor(encodeChunk([w]));
    expect(value).toEqual([
      [
        [
          'dua',
          [
            [3, [1], []],
            [7, [2], []],
          ],
          [
            [
              'đua',
              [
                [4, [1], []],
                [8, [1], []],
              ],
            ],
          ],
        ],
      ],
    ]);
  });

  it('sorts pages by text by code point, or as numbers when every value is one; ties keep page order', () => {
    const sorts: (Record<string, string> | undefined)[] = [
      { date: '2021-06-16' },
      { date: '2020-01-01', n: '10' },
      undefined,
      { date: '2020-01-01', n: '9.5' },
    ];
    expect(buildSorts(4, (p) => sorts[p])).toEqual([
      ['date', [1, 3, 0]],
      ['n', [3, 1]],
    ]);
  });
});
