import { describe, expect, it } from 'vitest';
import { renderListCsv, renderListJson, renderListTable } from './list-formats.js';
import type { RecordRow } from './rows.js';

const rows: RecordRow[] = [
  {
    number: 1,
    numberText: '0001',
    title: 'Use "MySQL", for now',
    status: 'accepted',
    date: '2023-02-01',
    dateSource: 'record',
    path: 'docs/adr/0001-use-mysql.md',
  },
  {
    number: 12,
    numberText: '0012',
    title: '日本語の題名',
    status: null,
    date: null,
    dateSource: null,
    path: 'docs/adr/0012-x.md',
  },
];

describe('renderListTable', () => {
  it('aligns columns by display width and marks missing values', async () => {
    expect(await renderListTable(rows)).toBe(
      [
        'NUMBER  TITLE                 STATUS    DATE        PATH',
        '0001    Use "MySQL", for now  accepted  2023-02-01  docs/adr/0001-use-mysql.md',
        '0012    日本語の題名          -         -           docs/adr/0012-x.md',
        '',
      ].join('\n'),
    );
  });

  it('prints the heading alone for no records', async () => {
    expect(await renderListTable([])).toBe('NUMBER  TITLE  STATUS  DATE  PATH\n');
  });
});

describe('renderListJson', () => {
  it('gives numbers as integers and where each date came from', () => {
    const parsed = JSON.parse(renderListJson(rows));
    expect(parsed[0]).toEqual({
      number: 1,
      title: 'Use "MySQL", for now',
      status: 'accepted',
      date: '2023-02-01',
      dateSource: 'record',
      path: 'docs/adr/0001-use-mysql.md',
    });
    expect(parsed[1].status).toBeNull();
  });
});

describe('renderListCsv', () => {
  it('quotes fields with commas, quotes and line breaks as RFC 4180 says, with CRLF records', () => {
    const multiline = { ...rows[1], title: 'Two\nlines' } as RecordRow;
    expect(renderListCsv([rows[0] as RecordRow, multiline])).toBe(
      'number,title,status,date,path\r\n' +
        '0001,"Use ""MySQL"", for now",accepted,2023-02-01,docs/adr/0001-use-mysql.md\r\n' +
        '0012,"Two\nlines",,,docs/adr/0012-x.md\r\n',
    );
  });
});
