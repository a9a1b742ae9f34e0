import { describe, expect, it } from 'vitest';
import { CborWriter, decodeCbor } from './cbor.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('CBOR subset', () => {
  it('writes integers in their shortest form (RFC 8949 examples)', () => {
    const cases: [number, string][] = [
      [0, '00'],
      [23, '17'],
      [24, '1818'],
      [255, '18ff'],
      [256, '190100'],
      [65536, '1a00010000'],
      [4294967296, '1b0000000100000000'],
      [-1, '20'],
      [-25, '3818'],
      [-1000, '3903e7'],
    ];
    for (const [n, h] of cases) {
      expect(hex(new CborWriter().int(n).bytes())).toBe(h);
      expect(decodeCbor(Buffer.from(h, 'hex')).value).toBe(n);
    }
  });

  it('writes text as UTF-8 and arrays with their length, and reads them back', () => {
    const v = ['thi đua', [1, -3, ['Huân chương', []]], '', 'x'.repeat(300)];
    const bytes = new CborWriter().value(v).bytes();
    // An array of 4, then text of 8 bytes: đ takes two.
    expect(hex(bytes.subarray(0, 2))).toBe('8468');
    expect(decodeCbor(bytes)).toEqual({ value: v, end: bytes.length });
  });

  it('refuses what Pagefind does not write, and cut data, naming the byte', () => {
    expect(() => decodeCbor(Buffer.from('a0', 'hex'))).toThrow(/kiểu 5 .* byte 0/);
    expect(() => decodeCbor(Buffer.from('f97e00', 'hex'))).toThrow(/kiểu 7/);
    expect(() => decodeCbor(Buffer.from('9f', 'hex'))).toThrow(/độ dài không hỗ trợ/);
    expect(() => decodeCbor(Buffer.from('8201', 'hex'))).toThrow(/bị cắt/);
    expect(() => decodeCbor(Buffer.from('6461', 'hex'))).toThrow(/bị cắt/);
    expect(() => decodeCbor(Buffer.from('62c328', 'hex'))).toThrow();
    expect(() => new CborWriter().int(1.5)).toThrow(/1.5/);
  });
});
