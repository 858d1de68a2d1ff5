// When a record was decided: the date its author wrote, else the day git first saw the file. Rules
// that age records (revisit-overdue) read it here, so a written date always wins and the reader is
// told which one was used.
import type { AdrDocument } from '../model.js';

/** YYYY-MM-DD, optionally with an ISO time, optionally followed by a note in parentheses ("(back dated)"). */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s*\([^)]*\))?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO form of a calendar date, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar day a written date value names when it is a valid ISO date, else null. */
export function writtenIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export interface RecordDate {
  /** YYYY-MM-DD. */
  date: string;
  /** written: the record's own `date`; git: the author date of the file's first commit. */
  source: 'written' | 'git';
}

/**
 * The record's date: its written `date` when that is a valid ISO date, else the day it was first
 * committed when the front end looked that up (`SourceFile.firstCommitted`); null without either.
 */
export function recordDate(document: Pick<AdrDocument, 'metadata' | 'firstCommitted'>): RecordDate | null {
  const written = document.metadata.date ? writtenIsoDate(document.metadata.date.text) : null;
  if (written) return { date: written, source: 'written' };
  if (document.firstCommitted) return { date: document.firstCommitted, source: 'git' };
  return null;
}
