import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { describePdfFinding, inspectPdf, isPdfWarning, MAX_PDF_BYTES, pdfNames } from './pdf.ts';
import { makePdf } from '../../../tests/helpers/pdf.ts';

const PAGE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
];

/** A stream object with the given dictionary entries and data. */
const stream = (dict: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

const kinds = (b: Buffer) => inspectPdf(b).map((f) => f.kind);

describe('pdfNames', () => {
  it('decodes hex escapes in names', () => {
    expect(pdfNames('<< /#4A#53 (x) /Java#53cript 1 0 R >>')).toEqual(new Set(['JS', 'JavaScript']));
  });
});

describe('inspectPdf', () => {
  it('accepts a plain PDF', () => {
    expect(inspectPdf(makePdf(PAGE))).toEqual([]);
  });
  it('refuses what is not a PDF, whatever its name', () => {
    expect(kinds(Buffer.from('<html><script>alert(1)</script></html>'))).toEqual(['not-pdf']);
    expect(kinds(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual(['not-pdf']);
  });
  it('refuses a file over the size limit', () => {
    expect(inspectPdf(makePdf(PAGE), 100)).toEqual([{ kind: 'too-large', bytes: expect.any(Number) }]);
    expect(MAX_PDF_BYTES).toBe(20 * 1024 * 1024);
  });
  it('refuses JavaScript in an open action, plainly or hex-escaped', () => {
    const js = makePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      PAGE[1]!,
      PAGE[2]!,
      '<< /S /JavaScript /JS (app.alert(1)) >>',
    ]);
    expect(inspectPdf(js)).toEqual([{ kind: 'active', what: ['JavaScript'] }]);
    const escaped = makePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      PAGE[1]!,
      PAGE[2]!,
      '<< /S /#4Aava#53cript /#4A#53 (app.alert(1)) >>',
    ]);
    expect(kinds(escaped)).toEqual(['active']);
  });
  it('refuses launch actions, embedded files, XFA forms and automatic actions', () => {
    for (const body of [
      '<< /S /Launch /F (cmd.exe) >>',
      '<< /Names << /EmbeddedFiles 5 0 R >> >>',
      '<< /AcroForm << /XFA 6 0 R >> >>',
      '<< /Type /Page /AA << /O 7 0 R >> >>',
      '<< /S /SubmitForm /F (https://example.org/) >>',
    ]) {
      expect(kinds(makePdf([...PAGE, body])), body).toEqual(['active']);
    }
  });
  it('finds JavaScript hidden in a compressed object stream', () => {
    const inner = zlib.deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>', 'latin1'));
    const pdf = makePdf([...PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', inner)]);
    expect(inspectPdf(pdf)).toEqual([{ kind: 'active', what: ['JavaScript'] }]);
    // The same stream, clean: accepted.
    const clean = zlib.deflateSync(Buffer.from('5 0 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'));
    expect(inspectPdf(makePdf([...PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', clean)]))).toEqual(
      [],
    );
  });
  it('refuses an object stream it cannot read rather than skipping it', () => {
    const broken = makePdf([...PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('xxxx'))]);
    expect(kinds(broken)).toEqual(['unreadable']);
    const lzw = makePdf([...PAGE, stream('/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', Buffer.from('xxxx'))]);
    expect(kinds(lzw)).toEqual(['unreadable']);
  });
  it('does not read names into binary stream data (page images)', () => {
    const image = stream(
      '/Type /XObject /Subtype /Image /Filter /DCTDecode',
      Buffer.from(' /JS /AA /Launch ', 'latin1'),
    );
    expect(inspectPdf(makePdf([...PAGE, image]))).toEqual([]);
  });
  it('refuses an encrypted PDF (its insides cannot be checked)', () => {
    expect(kinds(makePdf(PAGE, '/Root 1 0 R /Encrypt 4 0 R'))).toEqual(['encrypted']);
  });
  it('refuses personal metadata (author, XMP) and only warns about the software that made the file', () => {
    const info = makePdf([...PAGE, '<< /Author (Nguyen Van A) /Producer (Scanner 1.0) >>'], '/Root 1 0 R /Info 4 0 R');
    expect(inspectPdf(info)).toEqual([
      { kind: 'metadata', what: ['tác giả (/Author)'] },
      { kind: 'software', what: ['phần mềm xuất (/Producer)'] },
    ]);
    expect(inspectPdf(info).map(isPdfWarning)).toEqual([false, true]);
    const xmp = makePdf([
      '<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>',
      PAGE[1]!,
      PAGE[2]!,
      stream('/Type /Metadata /Subtype /XML', Buffer.from('<x:xmpmeta/>')),
    ]);
    expect(kinds(xmp)).toEqual(['metadata']);
  });
  it('describes each finding in Vietnamese, naming the file', () => {
    expect(describePdfFinding({ kind: 'not-pdf' }, 'qd.pdf')).toMatch(/^"qd.pdf" không phải tệp PDF/);
    expect(describePdfFinding({ kind: 'active', what: ['JavaScript'] }, 'qd.pdf')).toContain('JavaScript');
    expect(describePdfFinding({ kind: 'too-large', bytes: 25 * 1024 * 1024 }, 'qd.pdf')).toContain('20,0 MB');
  });
});

describe('stream boundaries', () => {
  it('trusts a direct /Length over an "endstream" spelled inside binary data', () => {
    const data = Buffer.from('\x00\x01endstream\n/JS (x) /AA\x02', 'latin1');
    expect(inspectPdf(makePdf([...PAGE, stream('/Type /XObject /Subtype /Image /Filter /DCTDecode', data)]))).toEqual(
      [],
    );
  });
  it('reads an indirect /Length as unknown and falls back to searching', () => {
    const inner = zlib.deflateSync(Buffer.from('5 0 << /S /Launch /F (x.exe) >>', 'latin1'));
    const obj = Buffer.concat([
      Buffer.from('<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 12 0 R >>\nstream\n', 'latin1'),
      inner,
      Buffer.from('\nendstream', 'latin1'),
    ]);
    expect(kinds(makePdf([...PAGE, obj]))).toEqual(['active']);
  });
});
