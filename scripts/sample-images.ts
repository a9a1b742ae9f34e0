/**
 * `node scripts/sample-images.ts [folder…]`: draws the sample photos of the
 * demonstration content with sharp (no downloads). Each carries EXIF with a
 * camera model and GPS position, as a phone photo would, so the build's
 * metadata stripping is exercised on real input.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface SamplePhoto {
  file: string;
  title: string;
  hue: number;
  width?: number;
  height?: number;
}

export const SAMPLE_PHOTOS: SamplePhoto[] = [
  {
    file: 'content/articles/2021/ninh-thuan-hoi-nghi-truc-tuyen.jpg',
    title: 'Hội nghị trực tuyến tổng kết năm 2020',
    hue: 8,
  },
  { file: 'content/articles/2021/ha-nam-trao-co-thi-dua.jpg', title: 'Trao Cờ thi đua của UBND tỉnh', hue: 40 },
  { file: 'content/articles/2021/khoi-5-ky-giao-uoc.jpg', title: 'Ký kết giao ước thi đua năm 2021', hue: 200 },
  { file: 'content/articles/2020/ban-giao-co-truong-khoi.jpg', title: 'Bàn giao cờ Trưởng Khối năm 2021', hue: 350 },
];

function svg(title: string, hue: number, width: number, height: number): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const people = Array.from({ length: 9 }, (_, i) => {
    const x = 90 + i * ((width - 180) / 8);
    const y = height * 0.62 + (i % 2) * 18;
    return `<circle cx="${x}" cy="${y - 70}" r="34" fill="hsl(${(hue + 30) % 360} 30% 35%)"/><rect x="${x - 45}" y="${y - 30}" width="90" height="160" rx="30" fill="hsl(${hue} 25% 22%)"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 45%)"/><stop offset="1" stop-color="hsl(${hue} 60% 18%)"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect x="${width * 0.1}" y="${height * 0.08}" width="${width * 0.8}" height="${height * 0.2}" fill="#9b1c1c" stroke="#f2c94c" stroke-width="8"/>
  <text x="50%" y="${height * 0.2}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${Math.round(width / 28)}" fill="#f2c94c" text-anchor="middle">${esc(title)}</text>
  ${people}
</svg>`;
}

/** Write one sample photo (JPEG with EXIF and GPS). */
export async function drawPhoto(file: string, title: string, hue: number, width = 1600, height = 1000): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg(title, hue, width, height)))
    .jpeg({ quality: 82, mozjpeg: true })
    .withExif({
      IFD0: { Make: 'Bảng Vàng', Model: 'Máy ảnh mẫu', Copyright: 'Ảnh minh họa' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '11/1 33/1 54/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '108/1 59/1 24/1',
      },
    })
    .toFile(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.BANG_VANG_ROOT ?? process.cwd();
  for (const p of SAMPLE_PHOTOS) await drawPhoto(path.join(root, p.file), p.title, p.hue, p.width, p.height);
  console.log(`${SAMPLE_PHOTOS.length} ảnh mẫu đã vẽ.`);
}
