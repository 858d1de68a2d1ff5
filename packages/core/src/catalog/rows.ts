// One row per record for `docket list` and `docket index`: number, title, status, date and path,
// read from the parsed model. Where the date comes from is kept, because a date taken from git
// history is a fallback the reader should be able to tell apart from one the author wrote.
import type { AdrDocument } from '../model.js';

export type DateSource = 'record' | 'git';

export interface RecordRow {
  number: number | null;
  /** The number as the file name writes it ("0007"), else as the record states it; null without one. */
  numberText: string | null;
  title: string;
  /** The lifecycle status when the parser recognises the wording, else the status as written. */
  status: string | null;
  date: string | null;
  dateSource: DateSource | null;
  /** The path as the caller wants it shown or linked. */
  path: string;
}

export interface RowOptions {
  /** The path the row shows; defaults to the document's own. */
  path?: string;
  /** A date to use when the record states none (the commit that added the file). */
  fallbackDate?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const NUMBER_IN_NAME = /^(?:adr[-_ ]?)?(\d+)(?=[-_. ]|$)/i;

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The date written in the record: its YYYY-MM-DD start when it has one, else the text as written. */
export function writtenDate(document: AdrDocument): string | null {
  const text = document.metadata.date?.text.trim() ?? '';
  if (text === '') return null;
  return ISO_DATE.exec(text)?.[0] ?? text;
}

/** The number as the file name writes it ("0007"), else as the record states it ("7"); null without one. */
export function recordNumberText(document: AdrDocument): string | null {
  if (!document.number) return null;
  if (document.number.source === 'filename') {
    const fromName = NUMBER_IN_NAME.exec(fileName(document.path))?.[1];
    if (fromName !== undefined) return fromName;
  }
  return String(document.number.value);
}

/** The record's title, or its file name when it has none. */
export function recordTitle(document: AdrDocument): string {
  return document.title?.text ?? fileName(document.path).replace(/\.md$/i, '');
}

export function recordRow(document: AdrDocument, options: RowOptions = {}): RecordRow {
  const written = writtenDate(document);
  const fallback = options.fallbackDate ?? null;
  return {
    number: document.number?.value ?? null,
    numberText: recordNumberText(document),
    title: recordTitle(document),
    status: document.status ? (document.status.normalized ?? document.status.raw) : null,
    date: written ?? fallback,
    dateSource: written !== null ? 'record' : fallback !== null ? 'git' : null,
    path: options.path ?? document.path,
  };
}

/** Rows in reading order: by number, records without one last, then by path. */
export function compareRows(a: RecordRow, b: RecordRow): number {
  const x = a.number ?? Number.POSITIVE_INFINITY;
  const y = b.number ?? Number.POSITIVE_INFINITY;
  if (x !== y) return x < y ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
