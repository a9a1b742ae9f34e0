import { describe, expect, it } from 'vitest';
import { decodeVni, decodeVniBytes, encodeVni, encodeVniBytes } from './vni.ts';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';

describe('VNI (VNI-Windows)', () => {
  it('decodes the well-known reference strings byte for byte', () => {
    expect(decodeVniBytes(latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'))).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeVniBytes(latin1('Ñoäc laäp - Töï do - Haïnh phuùc'))).toBe('Độc lập - Tự do - Hạnh phúc');
    // V i e 0xE4: "ệ" is e + the circumflex-with-nặng mark.
    expect(decodeVniBytes(Uint8Array.of(0x56, 0x69, 0x65, 0xe4, 0x74))).toBe('Việt');
    expect(decodeVniBytes(latin1('Tænh uûy'))).toBe('Tỉnh ủy');
  });

  it('writes each letter as the VNI table does', () => {
    expect(encodeVni('á à ả ã ạ')).toBe('aù aø aû aõ aï');
    expect(encodeVni('ấ ầ ẩ ẫ ậ')).toBe('aá aà aå aã aä');
    expect(encodeVni('ắ ằ ẳ ẵ ặ ă')).toBe('aé aè aú aü aë aê');
    expect(encodeVni('í ì ỉ ĩ ị')).toBe('í ì æ ó ò');
    expect(encodeVni('ý ỳ ỷ ỹ ỵ')).toBe('yù yø yû yõ î');
    expect(encodeVni('ơ ư ớ ự đ Đ Ơ Ư')).toBe('ô ö ôù öï ñ Ñ Ô Ö');
    expect([...encodeVniBytes('ệ')]).toEqual([0x65, 0xe4]);
  });

  it('round-trips every letter in both cases', () => {
    const all = LOWER + LOWER.toUpperCase();
    expect(decodeVni(encodeVni(all))).toBe(all);
    expect(encodeVni('ĐỘC LẬP')).toBe('ÑOÄC LAÄP');
  });

  it('reads a capital vowel followed by a lower-case mark', () => {
    expect(decodeVni('Aán Ñoä')).toBe('Ấn Độ');
    expect(decodeVni('ngöôøi, thuôû')).toBe('người, thuở');
  });
});
