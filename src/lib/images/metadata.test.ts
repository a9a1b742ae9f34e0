import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { carriesMetadata } from './metadata.ts';

const exif = { IFD0: { Make: 'Máy thử' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '11/1 33/1 54/1' } };
const plain = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#9b1c1c' } });

describe('carriesMetadata', () => {
  it.each(['jpeg', 'png', 'webp'] as const)('tells %s with EXIF from %s without', async (format) => {
    expect(carriesMetadata(await plain().toFormat(format).withExif(exif).toBuffer())).toBe(true);
    expect(carriesMetadata(await plain().toFormat(format).toBuffer())).toBe(false);
  });
  it('does not guess for formats it does not read', async () => {
    expect(carriesMetadata(await plain().gif().toBuffer())).toBeUndefined();
  });
});
