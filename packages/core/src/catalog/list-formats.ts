// How `docket list` prints its rows: an aligned table for people, JSON and CSV for scripts and
// spreadsheets. CSV is written by csv-stringify, so fields holding commas, quotes or line breaks
// are quoted as RFC 4180 says.
import { stringify } from 'csv-stringify/sync';
import type { RecordRow } from './rows.js';

export const LIST_FORMATS = ['table', 'json', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const COLUMNS = ['number', 'title', 'status', 'date', 'path'] as const;
const HEADINGS = ['NUMBER', 'TITLE', 'STATUS', 'DATE', 'PATH'];
/** Shown in the table for a value the record does not have. */
const MISSING = '-';

function cellsOf(row: RecordRow): string[] {
  // Line breaks in a title would break the table's alignment; the other formats keep them.
  const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
  return [
    row.numberText ?? MISSING,
    oneLine(row.title),
    row.status ?? MISSING,
    row.date ?? MISSING,
    oneLine(row.path),
  ];
}

/**
 * Columns padded to their widest cell, measured in terminal columns (wide CJK letters count two),
 * two spaces apart; no trailing spaces. An empty list gives the heading line only.
 */
export async function renderListTable(rows: readonly RecordRow[]): Promise<string> {
  // Loaded here, not at the top: string-width sets up a text segmenter and emoji patterns when it
  // loads, which costs more than a one-file lint's whole parse, and only the table needs it.
  const { default: stringWidth } = await import('string-width');
  const lines = [HEADINGS, ...rows.map(cellsOf)];
  const widths = HEADINGS.map((_, column) =>
    Math.max(...lines.map((cells) => stringWidth(cells[column] ?? ''))),
  );
  return lines
    .map((cells) =>
      cells
        .map((cell, column) =>
          column === cells.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - stringWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** A JSON array, one object per record; `number` is the integer, `dateSource` says where the date came from. */
export function renderListJson(rows: readonly RecordRow[]): string {
  const objects = rows.map((row) => ({
    number: row.number,
    title: row.title,
    status: row.status,
    date: row.date,
    dateSource: row.dateSource,
    path: row.path,
  }));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** CSV with a header row; the number as the file name writes it, empty fields for missing values. */
export function renderListCsv(rows: readonly RecordRow[]): string {
  return stringify(
    rows.map((row) => [row.numberText ?? '', row.title, row.status ?? '', row.date ?? '', row.path]),
    // A bare LF or CR must be quoted too; csv-stringify quotes only the record delimiter (CRLF) by itself.
    { header: true, columns: [...COLUMNS], record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

export async function renderList(rows: readonly RecordRow[], format: ListFormat): Promise<string> {
  switch (format) {
    case 'json':
      return renderListJson(rows);
    case 'csv':
      return renderListCsv(rows);
    default:
      return renderListTable(rows);
  }
}
