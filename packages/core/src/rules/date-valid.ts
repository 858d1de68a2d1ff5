import type { DocumentRule } from '../engine/types.js';
import { anchorFor, isUnreadable } from './anchors.js';
import { ISO_DATE, isoDate } from './record-date.js';

interface Options {
  required: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)) && month.startsWith(lower)) + 1;
}

/** The dates a non-ISO spelling can mean: one when it is clear, two when day and month could swap. */
export function readings(value: string): string[] {
  const text = value.trim();
  let match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (match) return [isoDate(Number(match[1]), Number(match[2]), Number(match[3]))].filter(isString);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] as string)];
    // Day-month (most of the world) and month-day (US) both appear; only a day above 12 settles it.
    const candidates = [isoDate(year, second, first), isoDate(year, first, second)].filter(isString);
    return [...new Set(candidates)];
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = monthNumber(match[2] as string);
    return month ? [isoDate(Number(match[3]), month, Number(match[1]))].filter(isString) : [];
  }
  match = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = monthNumber(match[1] as string);
    return month ? [isoDate(Number(match[3]), month, Number(match[2]))].filter(isString) : [];
  }
  return [];
}

function isString(value: string | null): value is string {
  return value !== null;
}

/** The record's date is an ISO 8601 calendar date, and not in the future. */
export const dateValid: DocumentRule<Options> = {
  meta: {
    id: 'date-valid',
    description:
      'Require the record date to be an ISO 8601 date (YYYY-MM-DD); warn when it is in the future.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        required: {
          type: 'boolean',
          description:
            'Also report records that carry no date at all; the message suggests the day the file was first committed when git knows it.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { required: false },
    messages: {
      notIso: 'Date "{{value}}" is not an ISO 8601 date; write it as YYYY-MM-DD, e.g. 2024-03-01.',
      notIsoClear: 'Date "{{value}}" is not an ISO 8601 date; write it as {{suggestion}}.',
      ambiguous:
        'Date "{{value}}" is not an ISO 8601 date and could be {{first}} or {{second}}; write the one you mean as YYYY-MM-DD.',
      noSuchDay:
        'Date "{{value}}" is not a calendar date (there is no such month or day); write a real date as YYYY-MM-DD{{hint}}.',
      future:
        'Date {{value}} is after today ({{today}}); a record is dated when it is written or last changed, so check the year and month.',
      missing:
        'The record has no date; add `date: YYYY-MM-DD` to the frontmatter or a "Date: YYYY-MM-DD" line under the title.',
      missingCommitted:
        'The record has no date; add {{line}} (the day it was first committed), or the day it was decided if that was earlier.',
    },
    rationale:
      'A decision log is read in time order: "what did we know then?". Dates only sort and compare when they are written one way, and 05/02/2018 means two different days on two sides of the Atlantic.',
    docs: {
      incorrect: `---
status: accepted
date: 05/02/2018
---
# Use UTC for every stored timestamp

## Decision

Timestamps are stored and exchanged in UTC.
`,
      correct: `---
status: accepted
date: 2018-02-05
---
# Use UTC for every stored timestamp

## Decision

Timestamps are stored and exchanged in UTC.
`,
      howToFix:
        'Write the date as YYYY-MM-DD in the frontmatter `date:` or a "Date:" line under the title. When the message says the date is ambiguous, pick the day you mean; a date in the future is usually a typo in the year or month. Set `required: true` to also report records without a date; in a git repository the message then names the day the file was first committed, ready to copy.',
      whenNotToUse:
        'Keep it on: a wrong date misorders the decision log. A future date is only a warning, and records without a date are reported only with `required: true`.',
    },
  },
  readsCommitDates: (options) => options.required,
  check({ document, options, settings, report }) {
    if (isUnreadable(document)) return;
    const field = document.metadata.date;
    if (!field?.text.trim()) {
      if (!options.required) return;
      const span = field?.span ?? anchorFor(document, []);
      const committed = document.firstCommitted;
      if (committed) {
        // The exact line for the record's own dialect: a frontmatter key, else a line under the title.
        const line = document.frontmatter
          ? `\`date: ${committed}\` to the frontmatter`
          : `the line \`Date: ${committed}\` under the title`;
        report({ messageId: 'missingCommitted', span, data: { line } });
      } else report({ messageId: 'missing', span });
      return;
    }
    const value = field.text.trim();
    const iso = ISO_DATE.exec(value);
    if (iso) {
      const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      const date = isoDate(year, month, day);
      if (!date) {
        // "2024-14-02": day and month swapped is the usual slip.
        const swapped = isoDate(year, day, month);
        report({
          messageId: 'noSuchDay',
          span: field.span,
          data: { value, hint: swapped ? ` (perhaps ${swapped})` : '' },
        });
        return;
      }
      if (date > settings.today) {
        report({
          messageId: 'future',
          span: field.span,
          data: { value: date, today: settings.today },
          severity: 'warn',
        });
      }
      return;
    }
    const meanings = readings(value);
    if (meanings.length === 1) {
      report({
        messageId: 'notIsoClear',
        span: field.span,
        data: { value, suggestion: meanings[0] as string },
      });
    } else if (meanings.length === 2) {
      report({
        messageId: 'ambiguous',
        span: field.span,
        data: { value, first: meanings[0] as string, second: meanings[1] as string },
      });
    } else {
      report({ messageId: 'notIso', span: field.span, data: { value } });
    }
  },
};
