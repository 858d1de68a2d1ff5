// Decisions expire: which accepted records are past their `revisit-by` date or close to it, and
// the revisit conditions every accepted record asks the team to keep checking.
import type { AdrDocument, Block } from '../model.js';
import { dueDate } from '../rules/revisit-overdue.js';
import { clip } from './checklist.js';
import type { Quote } from './types.js';

export interface DueRecord {
  path: string;
  number: number | null;
  title: string;
}

export interface DueEntry extends DueRecord {
  /** The `revisit-by` value as written. */
  revisitBy: string;
  /** The day it falls due (a month means its last day), YYYY-MM-DD. */
  dueDate: string;
  /** Days from today to the due date; negative when overdue. */
  days: number;
  line: number;
}

export interface ConditionsEntry extends DueRecord {
  /** The record's revisit conditions: `revisit-when` items and the lines of its revisit section. */
  conditions: Quote[];
}

export interface InvalidRevisitDate extends DueRecord {
  value: string;
  line: number;
}

export interface DueReport {
  today: string;
  withinDays: number;
  overdue: DueEntry[];
  upcoming: DueEntry[];
  conditions: ConditionsEntry[];
  /** Accepted records whose `revisit-by` is not a date: they can never fall due. */
  invalid: InvalidRevisitDate[];
}

const DAY_MS = 86_400_000;

function recordOf(document: AdrDocument): DueRecord {
  return {
    path: document.path,
    number: document.number?.value ?? null,
    title: document.title?.text ?? document.path.replace(/^.*[\\/]/, ''),
  };
}

function conditionsOf(document: AdrDocument): Quote[] {
  const conditions: Quote[] = [];
  const when = document.metadata['revisit-when'];
  if (when) {
    const values = Array.isArray(when.value) ? when.value.map(String) : [when.text];
    for (const text of values.filter((v) => v.trim() !== '')) {
      conditions.push({ text: clip(text), line: when.span.line, column: when.span.column });
    }
  }
  for (const section of document.sections.filter((s) => s.kind === 'revisit')) {
    for (const index of section.allBlocks) {
      const block = document.blocks[index] as Block;
      if (block.kind === 'code' || block.kind === 'html' || block.rowIndex === 0 || !block.prose.trim())
        continue;
      conditions.push({ text: clip(block.text), line: block.span.line, column: block.span.column });
    }
  }
  return conditions;
}

/** Accepted records only: proposals are not yet in force, and superseded ones are history. */
export function dueReport(
  documents: readonly AdrDocument[],
  options: { today: string; withinDays: number },
): DueReport {
  const today = /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? dueDate(options.today) : null;
  if (!today) {
    throw new RangeError(`today must be a YYYY-MM-DD date, not "${options.today}"`);
  }
  const report: DueReport = {
    today: options.today,
    withinDays: options.withinDays,
    overdue: [],
    upcoming: [],
    conditions: [],
    invalid: [],
  };
  for (const document of documents) {
    if (document.status?.normalized !== 'accepted') continue;
    const record = recordOf(document);
    report.conditions.push({ ...record, conditions: conditionsOf(document) });
    const field = document.metadata['revisit-by'];
    if (!field) continue;
    const due = dueDate(field.text);
    if (!due) {
      report.invalid.push({ ...record, value: field.text, line: field.span.line });
      continue;
    }
    const days = Math.round((Date.parse(due) - Date.parse(today)) / DAY_MS);
    const entry: DueEntry = {
      ...record,
      revisitBy: field.text.trim(),
      dueDate: due,
      days,
      line: field.span.line,
    };
    if (days < 0) report.overdue.push(entry);
    else if (days <= options.withinDays) report.upcoming.push(entry);
  }
  report.overdue.sort((a, b) => a.days - b.days || a.path.localeCompare(b.path));
  report.upcoming.sort((a, b) => a.days - b.days || a.path.localeCompare(b.path));
  return report;
}
