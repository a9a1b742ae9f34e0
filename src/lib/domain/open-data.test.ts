import { describe, expect, it } from 'vitest';
import { buildPortal } from './portal.ts';
import { neutralizeCell, OPEN_DATA_COLUMNS, openDataRows, toCsv, toJson, type OpenDataRow } from './open-data.ts';
import type { ContentSet } from './types.ts';

const HEADER =
  'award_id,award_name,year,honoree_id,honoree_name,honoree_type,decision,decision_date,article_url,revoked_decision,revoked_date';

const row = (over: Partial<OpenDataRow> = {}): OpenDataRow => ({
  award_id: 'co-thi-dua',
  award_name: 'Cờ thi đua',
  year: 2020,
  honoree_id: 'bao-ninh-thuan',
  honoree_name: 'Báo Ninh Thuận',
  honoree_type: 'tap-the',
  decision: '1234/QĐ-UBND',
  decision_date: '2021-03-10',
  article_url: 'https://x.gov.vn/tin-tuc/a/',
  revoked_decision: null,
  revoked_date: null,
  ...over,
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the header line, with CRLF line ends', () => {
    const csv = toCsv([]);
    expect(csv).toBe(`\uFEFF${HEADER}\r\n`);
    expect(OPEN_DATA_COLUMNS.join(',')).toBe(HEADER);
  });

  it('writes one line per row in column order; null is empty', () => {
    const csv = toCsv([row(), row({ decision: null, decision_date: null, honoree_id: 'x' })]);
    expect(csv.split('\r\n')).toEqual([
      `\uFEFF${HEADER}`,
      'co-thi-dua,Cờ thi đua,2020,bao-ninh-thuan,Báo Ninh Thuận,tap-the,1234/QĐ-UBND,2021-03-10,https://x.gov.vn/tin-tuc/a/,,',
      'co-thi-dua,Cờ thi đua,2020,x,Báo Ninh Thuận,tap-the,,,https://x.gov.vn/tin-tuc/a/,,',
      '',
    ]);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([
      row({ award_name: 'Bằng khen "Chủ tịch", tỉnh', honoree_name: 'Dòng 1\nDòng 2', decision: 'a\r\nb' }),
    ]);
    const line = csv.slice(csv.indexOf('\r\n') + 2);
    expect(line).toBe(
      'co-thi-dua,"Bằng khen ""Chủ tịch"", tỉnh",2020,bao-ninh-thuan,"Dòng 1\nDòng 2",tap-the,"a\r\nb",2021-03-10,https://x.gov.vn/tin-tuc/a/,,\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([
      row({
        honoree_name: '=HYPERLINK("http://evil","x")',
        award_name: '+1',
        decision: '-2',
        decision_date: '@SUM(A1)',
        honoree_id: '\tx',
      }),
    ]);
    const cells = csv.split('\r\n')[1]!;
    expect(cells).toBe(
      `co-thi-dua,'+1,2020,'\tx,"'=HYPERLINK(""http://evil"",""x"")",tap-the,'-2,'@SUM(A1),https://x.gov.vn/tin-tuc/a/,,`,
    );
  });

  it('does not touch numbers or cells that merely contain = + - @', () => {
    expect(toCsv([row({ year: 2020, decision: '12-QĐ/UBND' })]).split('\r\n')[1]).toContain(',2020,bao-ninh-thuan,');
    expect(neutralizeCell('12-QĐ/UBND')).toBe('12-QĐ/UBND');
    expect(neutralizeCell('a=b')).toBe('a=b');
    expect(neutralizeCell('\rx')).toBe("'\rx");
  });
});

describe('toJson and openDataRows', () => {
  const set: ContentSet = {
    site: { name: 'C', owner: 'B', province: 'P', base_url: 'https://x.gov.vn' },
    awardTypes: [
      {
        id: 'co-thi-dua',
        name: 'Cờ thi đua',
        group: 'danh-hieu-thi-dua',
        for: ['tap-the'],
        level: 'bo-nganh-tinh',
        rank: 1,
        basis: 'Điều 26',
        file: 'f',
      },
    ],
    honorees: [
      { id: 'bao-ninh-thuan', name: 'Báo Ninh Thuận', type: 'tap-the', file: 'f', index: 0 },
      { id: 'van-phong', name: 'Văn phòng', type: 'tap-the', file: 'f', index: 1 },
    ],
    blocs: [],
    articles: [
      {
        slug: 'a',
        file: 'f',
        format: 'md',
        folderYear: '2021',
        title: 't',
        date: '2021-03-15',
        kind: 'khen-thuong',
        summary: 's',
        body: 'b',
        awards: [{ award: 'co-thi-dua', year: 2020, recipients: ['bao-ninh-thuan', 'van-phong'], decision: '1/QĐ' }],
      },
      {
        slug: 'b',
        file: 'f',
        format: 'md',
        folderYear: '2021',
        title: 't',
        date: '2021-04-01',
        kind: 'khen-thuong',
        summary: 's',
        body: 'b',
        awards: [{ award: 'co-thi-dua', year: 2020, recipients: ['bao-ninh-thuan'] }],
      },
      {
        slug: 'nhap',
        file: 'f',
        format: 'md',
        folderYear: '2021',
        title: 't',
        date: '2021-05-01',
        kind: 'khen-thuong',
        summary: 's',
        body: 'b',
        draft: true,
        awards: [{ award: 'co-thi-dua', year: 2021, recipients: ['van-phong'] }],
      },
    ],
  };
  const rows = openDataRows(buildPortal(set), (slug) => `https://x.gov.vn/tin-tuc/${slug}/`);

  it('one row per recipient of each entry of each published article (the same award twice gives two rows)', () => {
    expect(rows.map((r) => `${r.honoree_id}@${r.article_url}`)).toEqual([
      'bao-ninh-thuan@https://x.gov.vn/tin-tuc/b/',
      'bao-ninh-thuan@https://x.gov.vn/tin-tuc/a/',
      'van-phong@https://x.gov.vn/tin-tuc/a/',
    ]);
    expect(rows[0]).toEqual({
      award_id: 'co-thi-dua',
      award_name: 'Cờ thi đua',
      year: 2020,
      honoree_id: 'bao-ninh-thuan',
      honoree_name: 'Báo Ninh Thuận',
      honoree_type: 'tap-the',
      decision: null,
      decision_date: null,
      article_url: 'https://x.gov.vn/tin-tuc/b/',
      revoked_decision: null,
      revoked_date: null,
    });
  });

  it('toJson writes an array of objects whose keys follow the column order', () => {
    const parsed = JSON.parse(toJson(rows)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    for (const obj of parsed) expect(Object.keys(obj)).toEqual([...OPEN_DATA_COLUMNS]);
    expect(parsed[1]!.decision).toBe('1/QĐ');
    expect(toJson(rows).endsWith('\n')).toBe(true);
    expect(toJson([])).toBe('[]\n');
  });

  it('CSV and JSON carry the same rows', () => {
    const lines = toCsv(rows).split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(rows.length);
    expect(lines[2]).toBe('co-thi-dua,Cờ thi đua,2020,van-phong,Văn phòng,tap-the,1/QĐ,,https://x.gov.vn/tin-tuc/a/,,');
  });
});
