/**
 * Cross-checks of decisions, revocations and successors (issue 15): what no
 * schema can see alone. Every message names the file and the field; a
 * conflict between two files names both.
 */
import { problem, type Problem } from '../errors/problem.ts';
import { formatDate } from '../text/dates.ts';
import { decisionKey, decisionSlug, entryDecisionKey } from './decisions.ts';
import { successorLoops } from './successors.ts';
import type { ContentSet, Honoree } from './types.ts';

/** Where a decision's date was first given: the file, the field and the date. */
interface DateSource {
  file: string;
  field: string;
  date: string;
  number: string;
}

export function checkDecisions(set: ContentSet): Problem[] {
  const out: Problem[] = [];
  const records = set.decisions ?? [];
  const dated = new Map<string, DateSource>();
  /** slug → first spelling, per year, to catch two numbers that share a URL. */
  const spelling = new Map<string, DateSource>();

  const sameNumber = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();
  /** The field holding the number, beside the field holding the date. */
  const numberField = (field: string) =>
    field === 'date'
      ? 'number'
      : field.replace(/decision_date$/, 'decision').replace(/revoked\.date$/, 'revoked.decision');
  const note = (key: string, src: DateSource) => {
    const first = spelling.get(key);
    if (!first) spelling.set(key, src);
    else if (!sameNumber(first.number, src.number))
      out.push(
        problem(
          src.file,
          numberField(src.field),
          `số quyết định "${src.number}" và "${first.number}" (${first.file} › ${numberField(first.field)}) cho cùng một địa chỉ /quyet-dinh/${key}/ — viết số quyết định giống hệt nhau nếu là một quyết định, hoặc sửa số cho đúng`,
        ),
      );
  };

  // Records: one per decision, in the folder of its year, with a usable number.
  for (const r of records) {
    const slug = decisionSlug(r.number);
    if (!slug) {
      out.push(
        problem(r.file, 'number', `"${r.number}" không có chữ hay số nào — cần số quyết định, ví dụ "512/QĐ-UBND"`),
      );
      continue;
    }
    const year = r.date.slice(0, 4);
    if (r.folderYear !== year)
      out.push(
        problem(
          r.file,
          'date',
          `ngày ${formatDate(r.date)} không thuộc năm của thư mục ${r.folderYear} — chuyển tệp sang content/decisions/${year}/ (quyết định được nhận biết bằng số và năm ký)`,
        ),
      );
    const key = decisionKey(year, slug);
    const src = { file: r.file, field: 'date', date: r.date, number: r.number };
    const first = dated.get(key);
    if (first?.file.startsWith('content/decisions/'))
      out.push(
        problem(
          r.file,
          'number',
          `quyết định "${r.number}" năm ${year} đã có tệp ${first.file} — mỗi quyết định một tệp`,
        ),
      );
    else dated.set(key, src);
    note(key, src);
  }

  // Award entries and revocations against records and each other.
  for (const a of set.articles) {
    (a.awards ?? []).forEach((entry, i) => {
      const at = entryDecisionKey(entry, a.date ?? '');
      if (entry.decision !== undefined && !decisionSlug(entry.decision))
        out.push(
          problem(
            a.file,
            `awards[${i}].decision`,
            `"${entry.decision}" không có chữ hay số nào — cần số quyết định, ví dụ "512/QĐ-UBND"`,
          ),
        );
      if (at && a.date) {
        const src = {
          file: a.file,
          field: `awards[${i}].decision_date`,
          date: entry.decision_date ?? '',
          number: entry.decision!,
        };
        if (entry.decision_date !== undefined) agree(at.key, src);
        note(at.key, src);
      }
      const rv = entry.revoked;
      if (rv) {
        if (entry.decision_date !== undefined && rv.date < entry.decision_date)
          out.push(
            problem(
              a.file,
              `awards[${i}].revoked.date`,
              `ngày thu hồi ${formatDate(rv.date)} trước ngày quyết định khen thưởng ${formatDate(entry.decision_date)} — quyết định thu hồi phải ký sau quyết định khen thưởng`,
            ),
          );
        const slug = decisionSlug(rv.decision);
        if (!slug)
          out.push(
            problem(
              a.file,
              `awards[${i}].revoked.decision`,
              `"${rv.decision}" không có chữ hay số nào — cần số quyết định thu hồi, ví dụ "88/QĐ-UBND"`,
            ),
          );
        else {
          const key = decisionKey(rv.date.slice(0, 4), slug);
          const src = { file: a.file, field: `awards[${i}].revoked.date`, date: rv.date, number: rv.decision };
          agree(key, src);
          note(key, src);
          if (at && at.key === key)
            out.push(
              problem(
                a.file,
                `awards[${i}].revoked.decision`,
                `khen thưởng bị thu hồi bằng chính quyết định đã trao nó ("${rv.decision}") — ghi số quyết định thu hồi`,
              ),
            );
        }
      }
    });
  }

  function agree(key: string, src: DateSource) {
    const first = dated.get(key);
    if (!first) {
      dated.set(key, src);
      return;
    }
    if (first.date === src.date) return;
    out.push(
      problem(
        src.file,
        src.field,
        `quyết định "${src.number}" ghi ngày ${formatDate(src.date)}, nhưng ${first.file} › ${first.field} ghi ngày ${formatDate(first.date)} — cùng số trong cùng năm là một quyết định, sửa cho cùng một ngày`,
      ),
    );
  }
  return out;
}

export function checkSuccessors(set: ContentSet): Problem[] {
  const out: Problem[] = [];
  const byId = new Map<string, Honoree>();
  for (const h of set.honorees) if (!byId.has(h.id)) byId.set(h.id, h);
  for (const h of set.honorees) {
    const at = (f: string) => `[${h.index}].${f}`;
    if (h.successor === undefined) {
      if (h.until !== undefined)
        out.push(
          problem(
            h.file,
            at('until'),
            'until chỉ dùng cùng successor — ghi successor (đơn vị hợp nhất vào) hoặc xoá until',
          ),
        );
      continue;
    }
    if (h.type !== 'tap-the')
      out.push(
        problem(
          h.file,
          at('successor'),
          `"${h.name}" là cá nhân — chỉ tập thể mới có đơn vị kế thừa (successor); chức vụ, đơn vị mới của một người ghi ở position, parent`,
        ),
      );
    if (h.until === undefined)
      out.push(
        problem(
          h.file,
          at('until'),
          'thiếu ngày until — cần ngày đầu tiên đơn vị không còn mang tên này, ví dụ 2025-07-01',
        ),
      );
    const next = byId.get(h.successor);
    if (h.successor === h.id)
      out.push(problem(h.file, at('successor'), `"${h.id}" không thể là đơn vị kế thừa của chính nó`));
    else if (!next)
      out.push(
        problem(
          h.file,
          at('successor'),
          `không có đơn vị nào có id "${h.successor}" — cần id của một tập thể trong content/honorees/ (thêm đơn vị mới nếu chưa có)`,
        ),
      );
    else if (next.type !== 'tap-the')
      out.push(problem(h.file, at('successor'), `"${h.successor}" là cá nhân — đơn vị kế thừa phải là một tập thể`));
    else if (successorLoops(h.id, byId))
      out.push(
        problem(
          h.file,
          at('successor'),
          `đơn vị kế thừa tạo thành vòng lặp (${h.id} → ${h.successor} → … → ${h.id}) — một đơn vị không thể hợp nhất vào đơn vị đã hợp nhất vào nó`,
        ),
      );
  }
  return out;
}
