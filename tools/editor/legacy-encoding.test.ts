import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCp1258 } from './cp1258.ts';
import { decodeBytes, decodeLegacy, describeDecoding, fixLegacyLines } from './legacy-encoding.ts';
import { encodeTcvn3, encodeTcvn3Bytes } from './tcvn3.ts';
import { encodeViqr } from './viqr.ts';
import { encodeVni, encodeVniBytes } from './vni.ts';

/** The five saved portal pages of the brief (a copy of ../shared/seeds/). */
const SEEDS = path.resolve(import.meta.dirname, '../../tests/fixtures/legacy/seeds');

const SAMPLE = [
  'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 của Khối thi đua số 5',
  'Ngày 12/3, tại Ban quản lý Vườn quốc gia Bù Gia Mập, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 và triển khai nhiệm vụ năm 2021.',
  'Các đơn vị trong khối ký kết giao ước thi đua năm 2021; bà Đỗ Thanh Tâm trao bằng khen cho ba đơn vị.',
].join('\n');

describe('decodeBytes: the encoding of a whole file', () => {
  it('finds TCVN3 bytes', () => {
    const r = decodeBytes(encodeTcvn3Bytes(SAMPLE));
    expect(r.encoding).toBe('tcvn3');
    expect(r.text).toBe(SAMPLE);
  });

  it('finds VNI bytes', () => {
    const r = decodeBytes(encodeVniBytes(SAMPLE));
    expect(r.encoding).toBe('vni');
    expect(r.text).toBe(SAMPLE);
  });

  it('finds Windows-1258 bytes (tones as combining marks) and composes them to NFC', () => {
    const bytes = encodeCp1258(SAMPLE);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(SAMPLE));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('windows-1258');
    expect(r.text).toBe(SAMPLE);
  });

  it('takes UTF-8 and UTF-16 (with its BOM) as they are, in NFC', () => {
    expect(decodeBytes(Buffer.from(SAMPLE.normalize('NFD')))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(decodeBytes(utf16)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });
});

describe('fixLegacyLines: legacy-font lines inside a Unicode file', () => {
  it('converts only the lines typed in TCVN3, VNI or VIQR', () => {
    const lines = SAMPLE.split('\n');
    const mixed = [
      lines[0],
      encodeTcvn3(lines[1]!),
      encodeVni(lines[2]!),
      encodeViqr('Tổng kết năm 2020 của khối thi đua.'),
    ].join('\n');
    const r = fixLegacyLines(mixed);
    expect(r.text).toBe([...lines, 'Tổng kết năm 2020 của khối thi đua.'].join('\n'));
    expect(r.converted).toEqual({ tcvn3: 1, vni: 1, viqr: 1 });
  });

  it('never touches Unicode Vietnamese: the seed pages come out unchanged', () => {
    for (const name of fs.readdirSync(SEEDS)) {
      const bytes = fs.readFileSync(path.join(SEEDS, name));
      const r = decodeLegacy(bytes);
      expect(r.encoding, name).toBe('utf-8');
      expect(r.converted, name).toEqual({});
      expect(r.text, name).toBe(bytes.toString('utf8').normalize('NFC'));
    }
  });

  it('leaves English and ASCII alone', () => {
    const text = 'Sign In. Is it ok? e.g. a (b) c^d, add dd-mm-yyyy.';
    expect(fixLegacyLines(text).text).toBe(text);
  });
});

describe('describeDecoding', () => {
  it('names the encoding and the lines converted', () => {
    expect(describeDecoding('tcvn3', {})).toBe('TCVN3 (ABC)');
    expect(describeDecoding('utf-8', { vni: 2 })).toBe('UTF-8 (Unicode), đã chuyển sang Unicode: VNI ở 2 dòng');
  });
});
