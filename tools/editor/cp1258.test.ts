import { describe, expect, it } from 'vitest';
import { encodeCp1258 } from './cp1258.ts';

describe('encodeCp1258', () => {
  it('writes precomposed letters whole and the others as letter + tone', () => {
    // V i ê (0xEA) + nặng (0xF2) t; à is precomposed (0xE0); ơ 0xF5; đ 0xF0.
    expect([...encodeCp1258('Việt')]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74]);
    expect([...encodeCp1258('Hà')]).toEqual([0x48, 0xe0]);
    expect([...encodeCp1258('ơđ')]).toEqual([0xf5, 0xf0]);
  });

  it('round-trips through the platform decoder, in NFC', () => {
    const text = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 — Ủy ban nhân dân tỉnh Ninh Thuận';
    expect(new TextDecoder('windows-1258').decode(encodeCp1258(text)).normalize('NFC')).toBe(text);
  });
});
