import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeViqr, encodeViqr } from './viqr.ts';

describe('VIQR', () => {
  it('reads vowel marks, tones and dd', () => {
    expect(decodeViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(decodeViqr("Ddo^.c la^.p - Tu+. do - Ha.nh phu'c")).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeViqr('ngu+o+`i, na(m, TDDKT')).toBe('người, năm, TĐKT');
  });

  it('keeps a full stop or question mark that ends a sentence', () => {
    expect(decodeViqr('Ha` No^.i. Ra.')).toBe('Hà Nội. Ra.');
    expect(decodeViqr("Ai ddi? Chu'ng to^i.")).toBe('Ai đi? Chúng tôi.');
    expect(decodeViqr('ha. no^.i')).toBe('hạ nội');
    expect(decodeViqr('Ha\\. xong')).toBe('Ha. xong');
  });

  it('round-trips the seed pages', () => {
    const seeds = path.resolve(import.meta.dirname, '../../tests/fixtures/legacy/seeds');
    for (const name of fs.readdirSync(seeds)) {
      const text = fs.readFileSync(path.join(seeds, name), 'utf8').normalize('NFC');
      expect(decodeViqr(encodeViqr(text)), name).toBe(text);
    }
  });
});
