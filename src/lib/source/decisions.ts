/**
 * Decision records: `content/decisions/<year>/<id>.yaml`, each with an
 * optional signed document (a PDF beside it). The PDF is checked here (see
 * documents/pdf.ts) so a refused file stops the build naming the record, the
 * field and the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decisionSchema } from '../../schemas/decision.ts';
import { describePdfFinding, isPdfWarning, inspectPdf, MAX_PDF_BYTES } from '../documents/pdf.ts';
import type { DecisionRecord } from '../domain/types.ts';
import { problem } from '../errors/problem.ts';
import { ID_PATTERN } from '../text/slug.ts';
import type { ContentReader } from './read.ts';

const YAML_EXT = /\.(ya?ml|json)$/i;
/** A document is a file name beside the record: `./512-qd-ubnd.pdf` or `512-qd-ubnd.pdf`. */
const DOCUMENT_NAME = /^(?:\.\/)?([A-Za-z0-9][A-Za-z0-9._-]*)$/;

const list = (dir: string) => {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
};

export function readDecisions(r: ContentReader, contentDir: string): DecisionRecord[] {
  const out: DecisionRecord[] = [];
  const dir = path.join(contentDir, 'decisions');
  for (const yearEntry of list(dir)) {
    const yearAbs = path.join(dir, yearEntry.name);
    if (!yearEntry.isDirectory() || !/^\d{4}$/.test(yearEntry.name)) {
      r.problems.push(
        problem(
          r.rel(yearAbs),
          undefined,
          'content/decisions/ chỉ chứa thư mục năm bốn chữ số (ví dụ content/decisions/2021/), mỗi quyết định một tệp .yaml trong đó',
        ),
      );
      continue;
    }
    const entries = list(yearAbs);
    const documents = new Set<string>();
    for (const entry of entries) {
      const abs = path.join(yearAbs, entry.name);
      const file = r.rel(abs);
      if (!entry.isFile() || !YAML_EXT.test(entry.name)) continue;
      const id = entry.name.replace(YAML_EXT, '');
      if (!ID_PATTERN.test(id)) {
        r.problems.push(
          problem(
            file,
            undefined,
            `tên tệp "${entry.name}" không dùng làm id được — cần chữ thường không dấu và dấu gạch ngang, ví dụ 512-qd-ubnd.yaml`,
          ),
        );
        continue;
      }
      const y = r.yaml(abs);
      const data = y && r.parse(decisionSchema, y.value, file);
      if (!data) continue;
      const record: DecisionRecord = { ...data, id, file, folderYear: yearEntry.name };
      if (data.document !== undefined) {
        const checked = checkDocument(r, file, yearAbs, data.document);
        if (checked) {
          record.documentFile = r.rel(checked.abs);
          record.documentBytes = checked.bytes;
          documents.add(path.basename(checked.abs));
        }
      }
      out.push(record);
    }
    // Anything else in the folder would never be published: say so.
    for (const entry of entries) {
      if (entry.isFile() && (YAML_EXT.test(entry.name) || documents.has(entry.name))) continue;
      if (entry.isFile() && /\.pdf$/i.test(entry.name)) {
        r.problems.push(
          problem(
            r.rel(path.join(yearAbs, entry.name)),
            undefined,
            'không quyết định nào trỏ tới tệp này (trường document) — tệp sẽ không được đăng',
            { severity: 'warning' },
          ),
        );
      } else if (!entry.isFile() || !YAML_EXT.test(entry.name)) {
        r.problems.push(
          problem(
            r.rel(path.join(yearAbs, entry.name)),
            undefined,
            'thư mục quyết định chỉ chứa tệp .yaml và văn bản PDF của chúng — tệp này sẽ không được đăng',
            { severity: 'warning' },
          ),
        );
      }
    }
  }
  return out;
}

/** The document beside the record, checked; undefined after reporting when it cannot be published. */
function checkDocument(
  r: ContentReader,
  file: string,
  folder: string,
  written: string,
): { abs: string; bytes: number } | undefined {
  const m = DOCUMENT_NAME.exec(written);
  if (!m || m[1]!.includes('..') || !/\.pdf$/i.test(m[1]!)) {
    r.problems.push(
      problem(
        file,
        'document',
        `"${written}" không dùng được — cần tên một tệp .pdf nằm cùng thư mục với tệp quyết định, ví dụ ./512-qd-ubnd.pdf`,
      ),
    );
    return undefined;
  }
  const abs = path.join(folder, m[1]!);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(abs);
  } catch {
    r.problems.push(
      problem(file, 'document', `không có tệp "${m[1]}" trong ${r.rel(folder)}/ — đặt văn bản PDF cạnh tệp quyết định`),
    );
    return undefined;
  }
  if (!stat.isFile()) {
    r.problems.push(
      problem(
        file,
        'document',
        `"${m[1]}" không phải một tệp thường (liên kết hay thư mục) — đặt chính tệp PDF vào đây`,
      ),
    );
    return undefined;
  }
  if (stat.size > MAX_PDF_BYTES) {
    r.problems.push(problem(file, 'document', describePdfFinding({ kind: 'too-large', bytes: stat.size }, r.rel(abs))));
    return undefined;
  }
  const findings = inspectPdf(fs.readFileSync(abs));
  for (const f of findings) {
    const severity = isPdfWarning(f) ? 'warning' : 'error';
    r.problems.push(problem(file, 'document', describePdfFinding(f, r.rel(abs)), { severity }));
  }
  return findings.length ? undefined : { abs, bytes: stat.size };
}
