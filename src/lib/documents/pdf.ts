/**
 * The check every attached decision document passes before it is published:
 * a PDF (by its bytes, not its name), within the size limit, without active
 * content (JavaScript, launch actions, embedded files, forms that submit…),
 * not encrypted (its insides could not be checked), and without personal
 * metadata (author, XMP). The software that made it (/Creator, /Producer),
 * which nearly every PDF names and which says nothing about a person, is
 * published as it is, with a warning.
 *
 * Metadata is refused, not removed: an official decision is often signed
 * digitally (chữ ký số), and a signature covers the file byte for byte, so
 * rewriting the PDF would break the very check a citizen comes to make and
 * publish a file that differs from the one signed. The editor removes the
 * metadata before signing or exports a clean copy; the message says so.
 *
 * PDF names may be written with hex escapes (`/#4A#53` is `/JS`) and objects
 * may sit compressed in object streams (`/Type /ObjStm`, FlateDecode): names
 * are decoded before comparing, and object streams are inflated (node:zlib)
 * and scanned too. An object stream that cannot be read is refused, never
 * skipped. Pure: bytes in, findings out.
 */
import zlib from 'node:zlib';

/** Largest document published: 20 MB (a scanned decision of a few pages is 1–5 MB). */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** Names that make a PDF do something when opened or clicked, or carry other files. */
const ACTIVE: Record<string, string> = {
  JavaScript: 'JavaScript',
  JS: 'JavaScript',
  Launch: 'lệnh chạy chương trình (/Launch)',
  EmbeddedFile: 'tệp đính kèm bên trong (/EmbeddedFile)',
  EmbeddedFiles: 'tệp đính kèm bên trong (/EmbeddedFiles)',
  FileAttachment: 'tệp đính kèm bên trong (/FileAttachment)',
  RichMedia: 'nội dung đa phương tiện chạy được (/RichMedia)',
  XFA: 'biểu mẫu XFA',
  SubmitForm: 'biểu mẫu gửi dữ liệu đi (/SubmitForm)',
  ImportData: 'lệnh nhập dữ liệu (/ImportData)',
  AA: 'hành động tự chạy (/AA)',
  GoToE: 'liên kết tới tệp nhúng (/GoToE)',
  GoToR: 'liên kết mở tệp khác (/GoToR)',
  Sound: 'âm thanh nhúng (/Sound)',
  Movie: 'phim nhúng (/Movie)',
};

/** Document metadata keys (Info dictionary, XMP stream). */
const METADATA: Record<string, string> = {
  Author: 'tác giả (/Author)',
  Metadata: 'siêu dữ liệu XMP (/Metadata)',
};
/** The software that wrote the file: no personal data, kept with a warning. */
const SOFTWARE: Record<string, string> = {
  Creator: 'phần mềm tạo (/Creator)',
  Producer: 'phần mềm xuất (/Producer)',
};

export type PdfFinding =
  | { kind: 'not-pdf' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'encrypted' }
  | { kind: 'unreadable'; what: string }
  | { kind: 'active'; what: string[] }
  | { kind: 'metadata'; what: string[] }
  | { kind: 'software'; what: string[] };

/** Findings that still let the document be published (as a warning). */
export const isPdfWarning = (f: PdfFinding): boolean => f.kind === 'software';

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Every PDF name in a text, hex escapes decoded: `/#4A#53` → `JS`. */
export function pdfNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\/([^\s/[\]<>(){}%]+)/g)) {
    out.add(m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))));
  }
  return out;
}

/**
 * The file's text outside stream bodies (binary data — images, page contents —
 * is not scanned: random bytes would spell names by chance), and the decoded
 * text of each object stream, or the reason one could not be read.
 */
function splitStreams(text: string, bytes: Uint8Array): { outer: string; texts: string[]; unreadable?: string } {
  const texts: string[] = [];
  const outer: string[] = [];
  let from = 0;
  const streamRe = /stream\r?\n/g;
  const done = (unreadable?: string) => ({ outer: outer.join('') + text.slice(from), texts, unreadable });
  for (let m = streamRe.exec(text); m; m = streamRe.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    // The dictionary before "stream" (back to the object's start).
    const objStart = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(objStart < 0 ? Math.max(0, m.index - 2000) : objStart, m.index);
    const names = pdfNames(dict);
    const start = m.index + m[0].length;
    // A direct /Length says where the data ends (binary data may spell "endstream" by chance); else search.
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    const declared = length ? start + Number(length[1]) : -1;
    const gap = declared >= 0 ? /^\s*endstream/.exec(text.slice(declared, declared + 20)) : null;
    const end = gap ? declared + gap[0].length - 'endstream'.length : text.indexOf('endstream', start);
    if (end < 0) return done('một luồng dữ liệu không có endstream');
    outer.push(text.slice(from, start));
    from = end;
    streamRe.lastIndex = end + 'endstream'.length;
    if (!names.has('ObjStm')) continue;
    const raw = bytes.subarray(start, gap ? declared : end);
    const filters = [...names].filter((n) => /Decode$/.test(n));
    if (filters.length === 0) {
      texts.push(latin1(raw));
      continue;
    }
    if (filters.length > 1 || filters[0] !== 'FlateDecode' || names.has('DecodeParms'))
      return done(`object stream nén bằng ${filters.join(', ')}`);
    try {
      texts.push(latin1(zlib.inflateSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH })));
    } catch {
      return done('object stream nén hỏng (FlateDecode)');
    }
  }
  return done();
}

/** What is wrong with a document, or [] when it may be published. */
export function inspectPdf(bytes: Uint8Array, maxBytes: number = MAX_PDF_BYTES): PdfFinding[] {
  if (latin1(bytes.subarray(0, 5)) !== '%PDF-') return [{ kind: 'not-pdf' }];
  if (bytes.byteLength > maxBytes) return [{ kind: 'too-large', bytes: bytes.byteLength }];
  const streams = splitStreams(latin1(bytes), bytes);
  const names = pdfNames(streams.outer);
  if (names.has('Encrypt')) return [{ kind: 'encrypted' }];
  if (streams.unreadable) return [{ kind: 'unreadable', what: streams.unreadable }];
  for (const t of streams.texts) for (const n of pdfNames(t)) names.add(n);
  const out: PdfFinding[] = [];
  const active = [
    ...new Set(
      Object.keys(ACTIVE)
        .filter((n) => names.has(n))
        .map((n) => ACTIVE[n]!),
    ),
  ];
  if (active.length) out.push({ kind: 'active', what: active });
  const meta = Object.keys(METADATA)
    .filter((n) => names.has(n))
    .map((n) => METADATA[n]!);
  if (meta.length) out.push({ kind: 'metadata', what: meta });
  const software = Object.keys(SOFTWARE)
    .filter((n) => names.has(n))
    .map((n) => SOFTWARE[n]!);
  if (software.length) out.push({ kind: 'software', what: software });
  return out;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** One Vietnamese sentence per finding, for the problem report (the caller names the file and field). */
export function describePdfFinding(f: PdfFinding, name: string): string {
  switch (f.kind) {
    case 'not-pdf':
      return `"${name}" không phải tệp PDF (nội dung không bắt đầu bằng %PDF-) — chỉ đính kèm văn bản dạng PDF`;
    case 'too-large':
      return `"${name}" nặng ${mb(f.bytes)}, quá giới hạn ${mb(MAX_PDF_BYTES)} — quét lại với độ phân giải thấp hơn (200 dpi là đủ đọc)`;
    case 'encrypted':
      return `"${name}" được mã hoá nên không kiểm tra được nội dung — xuất lại bản PDF không đặt mật khẩu`;
    case 'unreadable':
      return `"${name}" không đọc được để kiểm tra (${f.what}) — xuất lại tệp PDF bằng phần mềm khác`;
    case 'active':
      return `"${name}" chứa nội dung tự chạy: ${f.what.join(', ')} — không đăng được tệp này; xuất lại bản PDF chỉ gồm trang văn bản (ví dụ in ra PDF)`;
    case 'metadata':
      return `"${name}" mang siêu dữ liệu: ${f.what.join(', ')} — xoá thuộc tính tài liệu trước khi ký số rồi đính kèm lại (tệp đã ký không được sửa, vì sửa sẽ làm hỏng chữ ký)`;
    case 'software':
      return `"${name}" ghi tên phần mềm đã tạo tệp: ${f.what.join(', ')} — tệp vẫn được đăng nguyên vẹn (không sửa để giữ chữ ký số); nếu không muốn công bố thông tin này, xoá thuộc tính tài liệu trước khi ký`;
  }
}
