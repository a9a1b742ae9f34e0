import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeTcvn3Bytes, encodeTcvn3, encodeTcvn3Bytes, restoreCapitals } from './tcvn3.ts';

/** Bytes of a string written with Latin-1 characters. */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';

describe('TCVN3 (ABC)', () => {
  it('decodes the well-known reference strings byte for byte', () => {
    // The national motto as it shows when a .VnTime document is read as Windows-1252.
    expect(decodeTcvn3Bytes(latin1('Céng hßa x· héi chñ nghÜa ViÖt Nam'))).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3Bytes(latin1('§éc lËp - Tù do - H¹nh phóc'))).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeTcvn3Bytes(Uint8Array.of(0x56, 0x69, 0xd6, 0x74))).toBe('Việt');
    expect(decodeTcvn3Bytes(Uint8Array.of(0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69))).toBe('Hà Nội');
  });

  it('places every letter where the standard does', () => {
    expect([...encodeTcvn3Bytes('ăâêôơưđ')]).toEqual([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]);
    expect([...encodeTcvn3Bytes('ĂÂÊÔƠƯĐ')]).toEqual([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]);
    expect([...encodeTcvn3Bytes('àảãáạ')]).toEqual([0xb5, 0xb6, 0xb7, 0xb8, 0xb9]);
    expect([...encodeTcvn3Bytes('ùủũúụ')]).toEqual([0xef, 0xf1, 0xf2, 0xf3, 0xf4]);
    expect([...encodeTcvn3Bytes('ỳỷỹýỵ')]).toEqual([0xfa, 0xfb, 0xfc, 0xfd, 0xfe]);
  });

  it('round-trips every lower-case letter and the capitals it has', () => {
    expect(decodeTcvn3(encodeTcvn3(LOWER))).toBe(LOWER);
    expect(decodeTcvn3(encodeTcvn3('Ă Â Ê Ô Ơ Ư Đ'))).toBe('Ă Â Ê Ô Ơ Ư Đ');
    const text = 'Héi nghÞ tæng kÕt c«ng t¸c thi ®ua, khen th­ëng n¨m 2020';
    expect(encodeTcvn3(decodeTcvn3(text))).toBe(text);
  });

  it('refuses to encode a capital with a tone it has no slot for', () => {
    expect(() => encodeTcvn3('Ủy ban')).toThrow(/TCVN3/);
  });

  it('gives capitals back to words typed in the .VnTimeH font', () => {
    expect(decodeTcvn3('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(restoreCapitals('Hà Nội')).toBe('Hà Nội');
    expect(decodeTcvn3('§éC lËp')).toBe('ĐỘC lập');
  });

  it('decodes text already turned into Unicode characters by a Windows-1252 reading', () => {
    expect(decodeTcvn3('UBND tØnh Ninh ThuËn')).toBe('UBND tỉnh Ninh Thuận');
  });
});
