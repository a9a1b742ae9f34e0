import { describe, expect, it } from 'vitest';
import { checkDecisions, checkSuccessors } from './decision-checks.ts';
import { article, contentSet, honoree } from '../../../tests/helpers/content.ts';
import type { Article, DecisionRecord } from './types.ts';

const hon = honoree;
const art = (slug: string, date: string, awards: Article['awards']): Article =>
  article(slug, date, { title: 't', kind: 'khen-thuong', awards });
const rec = (id: string, number: string, date: string, folderYear = date.slice(0, 4)): DecisionRecord => ({
  id,
  number,
  date,
  file: `content/decisions/${folderYear}/${id}.yaml`,
  folderYear,
});
const set = contentSet;
const lines = (problems: { file: string; field?: string; message: string }[]) =>
  problems.map((p) => `${p.file} › ${p.field ?? ''}: ${p.message}`);

describe('checkSuccessors', () => {
  it('accepts a merger with its date, and a chain of mergers', () => {
    const s = set({
      honorees: [
        hon('a', 0, { successor: 'b', until: '2020-01-01' }),
        hon('b', 1, { successor: 'c', until: '2025-07-01' }),
        hon('c', 2),
      ],
    });
    expect(checkSuccessors(s)).toEqual([]);
  });

  it('refuses an unknown successor, a person as successor or predecessor, a loop, and until without successor', () => {
    const s = set({
      honorees: [
        hon('a', 0, { successor: 'khong-co', until: '2025-07-01' }),
        hon('b', 1, { successor: 'nguoi', until: '2025-07-01' }),
        hon('nguoi', 2, { type: 'ca-nhan' }),
        hon('nguoi-2', 3, { type: 'ca-nhan', successor: 'c', until: '2025-07-01' }),
        hon('c', 4),
        hon('x', 5, { successor: 'y', until: '2025-07-01' }),
        hon('y', 6, { successor: 'z', until: '2025-07-01' }),
        hon('z', 7, { successor: 'x', until: '2025-07-01' }),
        hon('tu-than', 8, { successor: 'tu-than', until: '2025-07-01' }),
        hon('d', 9, { until: '2025-07-01' }),
        hon('e', 10, { successor: 'c' }),
      ],
    });
    const out = lines(checkSuccessors(s));
    expect(out).toEqual([
      expect.stringMatching(/^content\/honorees\/a\.yaml › \[0\]\.successor: không có đơn vị nào có id "khong-co"/),
      expect.stringMatching(/› \[1\]\.successor: "nguoi" là cá nhân — đơn vị kế thừa phải là một tập thể/),
      expect.stringMatching(/› \[3\]\.successor: "nguoi-2" là cá nhân — chỉ tập thể mới có đơn vị kế thừa/),
      expect.stringMatching(/› \[5\]\.successor: đơn vị kế thừa tạo thành vòng lặp \(x → y → … → x\)/),
      expect.stringMatching(/› \[6\]\.successor: đơn vị kế thừa tạo thành vòng lặp/),
      expect.stringMatching(/› \[7\]\.successor: đơn vị kế thừa tạo thành vòng lặp/),
      expect.stringMatching(/› \[8\]\.successor: "tu-than" không thể là đơn vị kế thừa của chính nó/),
      expect.stringMatching(/› \[9\]\.until: until chỉ dùng cùng successor/),
      expect.stringMatching(/› \[10\]\.until: thiếu ngày until/),
    ]);
  });
});

describe('checkDecisions', () => {
  const entry = (decision: string, decision_date?: string) => ({
    award: 'co',
    year: 2020,
    recipients: ['a'],
    decision,
    ...(decision_date ? { decision_date } : {}),
  });

  it('accepts entries that agree with each other and with the record, and undated entries', () => {
    const s = set({
      articles: [
        art('a', '2021-03-20', [entry('512/QĐ-UBND', '2021-03-10'), entry('652/QĐ-UBND')]),
        art('b', '2021-03-25', [entry('512/QĐ-UBND', '2021-03-10'), entry('512/QĐ-UBND')]),
      ],
      decisions: [rec('512-qd-ubnd', '512/QĐ-UBND', '2021-03-10')],
    });
    expect(checkDecisions(s)).toEqual([]);
  });

  it('refuses a record whose date contradicts an award entry, naming both files', () => {
    const s = set({
      articles: [art('a', '2021-03-20', [entry('512/QĐ-UBND', '2021-03-11')])],
      decisions: [rec('512-qd-ubnd', '512/QĐ-UBND', '2021-03-10')],
    });
    expect(lines(checkDecisions(s))).toEqual([
      'content/articles/2021/a.md › awards[0].decision_date: quyết định "512/QĐ-UBND" ghi ngày 11/03/2021, nhưng content/decisions/2021/512-qd-ubnd.yaml › date ghi ngày 10/03/2021 — cùng số trong cùng năm là một quyết định, sửa cho cùng một ngày',
    ]);
  });

  it('refuses two articles giving one decision two dates', () => {
    const s = set({
      articles: [
        art('a', '2021-03-20', [entry('512/QĐ-UBND', '2021-03-10')]),
        art('b', '2021-03-25', [entry('512/QĐ-UBND', '2021-03-12')]),
      ],
    });
    expect(lines(checkDecisions(s))).toEqual([
      expect.stringMatching(
        /^content\/articles\/2021\/b\.md › awards\[0\]\.decision_date: .*content\/articles\/2021\/a\.md › awards\[0\]\.decision_date ghi ngày 10\/03\/2021/,
      ),
    ]);
  });

  it('refuses a record in the folder of another year, a second record, two numbers with one URL and a number without letters or digits', () => {
    const s = set({
      articles: [art('a', '2021-03-20', [entry('512/QD-UBND', '2021-03-10'), entry('//')])],
      decisions: [
        rec('512-qd-ubnd', '512/QĐ-UBND', '2021-03-10', '2020'),
        rec('512-ban-sao', '512/QĐ-UBND', '2021-03-10'),
      ],
    });
    const out = lines(checkDecisions(s));
    expect(out).toContain(
      'content/decisions/2020/512-qd-ubnd.yaml › date: ngày 10/03/2021 không thuộc năm của thư mục 2020 — chuyển tệp sang content/decisions/2021/ (quyết định được nhận biết bằng số và năm ký)',
    );
    expect(out).toContain(
      'content/decisions/2021/512-ban-sao.yaml › number: quyết định "512/QĐ-UBND" năm 2021 đã có tệp content/decisions/2020/512-qd-ubnd.yaml — mỗi quyết định một tệp',
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^content\/articles\/2021\/a\.md › awards\[0\]\.decision: số quyết định "512\/QD-UBND" và "512\/QĐ-UBND" \(content\/decisions\/2020\/512-qd-ubnd\.yaml › number\) cho cùng một địa chỉ \/quyet-dinh\/2021\/512-qd-ubnd\//,
      ),
    );
    expect(out).toContainEqual(expect.stringMatching(/awards\[1\]\.decision: "\/\/" không có chữ hay số nào/));
  });

  it('refuses a revocation dated before the award it revokes, or by the decision that granted it', () => {
    const s = set({
      articles: [
        art('a', '2021-03-20', [
          { ...entry('512/QĐ-UBND', '2021-03-10'), revoked: { decision: '88/QĐ-UBND', date: '2021-01-04' } },
          { ...entry('513/QĐ-UBND', '2021-03-10'), revoked: { decision: '513/QĐ-UBND', date: '2021-03-10' } },
          { ...entry('514/QĐ-UBND', '2021-03-10'), revoked: { decision: '89/QĐ-UBND', date: '2022-01-04' } },
        ]),
      ],
    });
    expect(lines(checkDecisions(s))).toEqual([
      'content/articles/2021/a.md › awards[0].revoked.date: ngày thu hồi 04/01/2021 trước ngày quyết định khen thưởng 10/03/2021 — quyết định thu hồi phải ký sau quyết định khen thưởng',
      'content/articles/2021/a.md › awards[1].revoked.decision: khen thưởng bị thu hồi bằng chính quyết định đã trao nó ("513/QĐ-UBND") — ghi số quyết định thu hồi',
    ]);
  });
});
