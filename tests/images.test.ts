/**
 * Images, on a built fixture whose source photos carry EXIF and GPS: nothing
 * in dist/ carries metadata, every <img> has width, height and alt, covers
 * are <picture> with captions, and bad images are refused naming the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {
  build,
  distFiles,
  makeFixture,
  read,
  removeFixture,
  validate,
  write,
  type Fixture,
  REPO,
} from './helpers/site.ts';
import { drawPhoto } from '../scripts/sample-images.ts';

const MINIMAL = path.join(REPO, 'tests', 'fixtures', 'minimal');
const fixtures: Fixture[] = [];
afterAll(() => fixtures.forEach(removeFixture));

const front = (extra = '') =>
  `title: Bài có ảnh\ndate: 2021-05-01\nkind: tin-tuc\nsummary: Bài thử ảnh.${extra ? `\n${extra}` : ''}`;

describe('published images', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = makeFixture('images', MINIMAL);
    fixtures.push(f);
    await drawPhoto(path.join(f.root, 'content/articles/2021/bia.jpg'), 'Ảnh bìa', 10);
    await drawPhoto(path.join(f.root, 'content/articles/2021/trong-bai.jpg'), 'Ảnh trong bài', 200, 1200, 800);
    await drawPhoto(path.join(f.root, 'content/articles/2021/mdx.jpg'), 'Ảnh MDX', 120, 900, 600);
    write(
      f.root,
      'content/articles/2021/bai-anh.md',
      `---\n${front('cover: { src: ./bia.jpg, alt: Toàn cảnh hội nghị, caption: Hội nghị tổng kết }')}\n---\nĐoạn đầu.\n\n![Đại biểu ký giao ước](./trong-bai.jpg "Ký giao ước thi đua")\n\nĐoạn cuối.\n`,
    );
    write(
      f.root,
      'content/articles/2021/bai-mdx.mdx',
      `---\n${front()}\n---\nĐoạn MDX.\n\n![Ảnh trong bài MDX](./mdx.jpg "Chú thích MDX")\n`,
    );
    const r = build(f);
    expect(r.status, r.output).toBe(0);
  }, 300_000);

  it('the source photos carry GPS (so the check below means something)', async () => {
    const m = await sharp(path.join(f.root, 'content/articles/2021/bia.jpg')).metadata();
    expect(m.exif?.toString('latin1')).toMatch(/GPS|Máy|N/);
    expect(m.exif?.length).toBeGreaterThan(100);
  });

  it('no image in dist/ carries EXIF, GPS, XMP or IPTC', async () => {
    const images = distFiles(f).filter((p) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(p));
    expect(images.length).toBeGreaterThan(5);
    for (const rel of images) {
      const m = await sharp(path.join(f.dist, rel)).metadata();
      expect({ rel, exif: Boolean(m.exif), xmp: Boolean(m.xmp), iptc: Boolean(m.iptc) }).toEqual({
        rel,
        exif: false,
        xmp: false,
        iptc: false,
      });
    }
  });

  it('every <img> has width, height and non-empty alt', () => {
    const pages = distFiles(f).filter((p) => p.endsWith('.html'));
    let count = 0;
    for (const p of pages) {
      for (const img of read(f, p).match(/<img\b[^>]*>/g) ?? []) {
        count++;
        expect(img, p).toMatch(/\swidth="\d+"/);
        expect(img, p).toMatch(/\sheight="\d+"/);
        expect(img, p).toMatch(/\salt="[^"]+"/);
      }
    }
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('a cover is a responsive <picture> with a caption; body images are figures with srcset, lazy', () => {
    const html = read(f, 'tin-tuc/bai-anh/index.html');
    expect(html).toMatch(
      /<figure class="cover">\s*<picture>\s*<source srcset="[^"]+\.webp 400w[^"]*" type="image\/webp"/,
    );
    expect(html).toContain('<figcaption>Hội nghị tổng kết</figcaption>');
    const inline = html.match(/<figure><img\b[^>]*>/)?.[0] ?? '';
    expect(inline).toMatch(/srcset="[^"]*\.webp 400w/);
    expect(inline).toContain('loading="lazy"');
    expect(html).toContain('<figcaption>Ký giao ước thi đua</figcaption>');
    const mdx = read(f, 'tin-tuc/bai-mdx/index.html');
    expect(mdx).toContain('<figcaption>Chú thích MDX</figcaption>');
  });
});

describe('refused images, naming the file', () => {
  const cases: [string, Record<string, string | Buffer>, string][] = [
    [
      'missing',
      { 'content/articles/2021/bai.md': `---\n${front()}\n---\n![Ảnh](./khong-co.jpg)\n` },
      'content/articles/2021/bai.md:7: không tìm thấy ảnh "./khong-co.jpg"',
    ],
    [
      'empty alt',
      {
        'content/articles/2021/bai.md': `---\n${front()}\n---\n![](./anh.png)\n`,
        'content/articles/2021/anh.png': Buffer.alloc(0),
      },
      'content/articles/2021/bai.md:7: ảnh "./anh.png" chưa có mô tả',
    ],
    [
      'unsupported type',
      {
        'content/articles/2021/bai.md': `---\n${front('cover: { src: ./anh.bmp, alt: Ảnh }')}\n---\nNội dung.\n`,
        'content/articles/2021/anh.bmp': 'BM',
      },
      'content/articles/2021/bai.md › cover.src: "./anh.bmp" không phải loại ảnh được hỗ trợ',
    ],
    [
      'too many pixels',
      {
        'content/articles/2021/bai.md': `---\n${front('cover: { src: ./lon.png, alt: Ảnh rất lớn }')}\n---\nNội dung.\n`,
      },
      'content/articles/2021/bai.md › cover.src: ảnh "./lon.png" có 10000×6000 điểm ảnh',
    ],
    [
      'SVG with script',
      {
        'content/articles/2021/bai.md': `---\n${front('cover: { src: ./logo.svg, alt: Biểu trưng }')}\n---\nNội dung.\n`,
        'content/articles/2021/logo.svg':
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
      },
      'content/articles/2021/bai.md › cover.src: ảnh SVG "./logo.svg" chứa thẻ <script>, thuộc tính sự kiện (on…=)',
    ],
    [
      'remote image',
      { 'content/articles/2021/bai.md': `---\n${front()}\n---\n![Ảnh](https://example.com/a.jpg)\n` },
      'content/articles/2021/bai.md:7: ảnh "https://example.com/a.jpg" nằm ở trang khác',
    ],
  ];
  it.each(cases)('%s', (name, files, message) => {
    const f = makeFixture(`img-${name.replace(/\W/g, '')}`, MINIMAL);
    fixtures.push(f);
    for (const [rel, text] of Object.entries(files)) write(f.root, rel, text);
    if (name === 'too many pixels') {
      // A PNG header claiming 10000×6000 (60 megapixels): refused from its header, never decoded.
      const png = Buffer.alloc(33);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png);
      png.writeUInt32BE(10000, 16);
      png.writeUInt32BE(6000, 20);
      fs.writeFileSync(path.join(f.root, 'content/articles/2021/lon.png'), png);
    }
    const v = validate(f);
    expect(v.status, v.output).not.toBe(0);
    expect(v.output).toContain(message);
    const b = build(f);
    expect(b.status).not.toBe(0);
    expect(b.output).toContain(message);
  });
});
