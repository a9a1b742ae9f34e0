import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidByte, normalizeText } from './text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('refuses invalid UTF-8 instead of replacing it, naming the byte and its line', () => {
    expect(decodeText(bytes(0x61, 0xff, 0x62))).toEqual({ ok: false, line: 1, byte: 1 });
    expect(decodeText(bytes(0x61, 0x0a, 0x62, 0x0a, 0x61, 0xff, 0x62))).toEqual({ ok: false, line: 3, byte: 5 });
  });

  it('refuses a Windows-1258 / Latin-1 file (a lone é byte)', () => {
    const latin1 = bytes(...utf8('title: Caf'), 0xe9, 0x0a);
    expect(decodeText(latin1)).toEqual({ ok: false, line: 1, byte: 10 });
  });

  it('counts lines in a CRLF file too', () => {
    expect(decodeText(bytes(...utf8('a\r\nb\r\nc'), 0xc0, 0x80))).toMatchObject({ ok: false, line: 3 });
  });

  it('drops a BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('title: x')))).toEqual({ ok: true, text: 'title: x' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  it('composes NFD text into NFC', () => {
    const nfd = 'Thi đua – Khen thưởng'.normalize('NFD');
    const result = decodeText(utf8(nfd));
    expect(result).toEqual({ ok: true, text: 'Thi đua – Khen thưởng'.normalize('NFC') });
    expect(result.ok && result.text.length).toBeLessThan(nfd.length);
  });

  it('accepts an empty file', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '' });
  });
});

describe('normalizeText', () => {
  it('removes a stray BOM, normalises line ends and composes', () => {
    expect(normalizeText('\uFEFFa\r\nệ'.normalize('NFD'))).toBe('a\nệ');
  });
});

describe('firstInvalidByte', () => {
  it('returns the length for valid UTF-8', () => {
    const valid = utf8('Điện Biên Phủ 😀');
    expect(firstInvalidByte(valid)).toBe(valid.length);
  });
  it('finds stray continuation and forbidden lead bytes', () => {
    expect(firstInvalidByte(bytes(0x61, 0x80))).toBe(1);
    expect(firstInvalidByte(bytes(0x61, 0x62, 0xff))).toBe(2);
    expect(firstInvalidByte(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
  });
  it('refuses overlong encodings', () => {
    expect(firstInvalidByte(bytes(0xc0, 0x80))).toBe(0); // "\0" in two bytes
    expect(firstInvalidByte(bytes(0xc1, 0xbf))).toBe(0);
    expect(firstInvalidByte(bytes(0x61, 0xe0, 0x80, 0x80))).toBe(1);
    expect(firstInvalidByte(bytes(0xf0, 0x80, 0x80, 0x80))).toBe(0);
  });
  it('refuses UTF-16 surrogates (ED A0..BF)', () => {
    expect(firstInvalidByte(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2);
    expect(firstInvalidByte(bytes(0xed, 0x9f, 0xbf))).toBe(3); // U+D7FF is fine
  });
  it('refuses code points past U+10FFFF and truncated sequences', () => {
    expect(firstInvalidByte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidByte(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(4);
    expect(firstInvalidByte(bytes(0x61, 0xe1, 0xba))).toBe(1);
    expect(firstInvalidByte(bytes(0xe1, 0xba, 0x61))).toBe(0);
  });
  it('agrees with the platform decoder on what is valid', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const samples = [
      bytes(0xe1, 0xbb, 0x87),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xe0, 0x9f, 0x80),
      bytes(0xf0, 0x90, 0x80, 0x80),
      bytes(0xc2),
    ];
    for (const s of samples) {
      let valid = true;
      try {
        strict.decode(s);
      } catch {
        valid = false;
      }
      expect(firstInvalidByte(s) === s.length, Array.from(s).join(',')).toBe(valid);
    }
  });
});
