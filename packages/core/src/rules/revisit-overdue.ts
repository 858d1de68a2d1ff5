import type { DocumentRule, Report } from '../engine/types.js';
import type { AdrDocument } from '../model.js';
import { anchorFor } from './anchors.js';
import { recordDate } from './record-date.js';

interface Options {
  /** Off when absent. */
  maxAgeMonths?: number;
}

/** `2027-06-30`, or a month, `2027-06`, due by its last day. */
const REVISIT_BY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The last day a revisit-by value allows, as YYYY-MM-DD, or null when it is not a date (revisit-triggers reports that). */
export function dueDate(value: string): string | null {
  const match = REVISIT_BY.exec(value.trim());
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const day = match[3] === undefined ? new Date(Date.UTC(year, month, 0)).getUTCDate() : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Whole calendar months from one YYYY-MM-DD date to a later one (Jan 31 to Feb 28 is not yet a month). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return td < fd ? months - 1 : months;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "2 years 3 months", "7 months". */
export function ageText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

/**
 * Decisions expire: an accepted record whose revisit-by date has passed, and (with maxAgeMonths)
 * one that names no revisit-by date and is older than the team's review horizon.
 */
export const revisitOverdue: DocumentRule<Options> = {
  meta: {
    id: 'revisit-overdue',
    description:
      'Report accepted records whose `revisit-by` date has passed, and optionally those without one that are older than `maxAgeMonths`.',
    category: 'review',
    needsEnglish: false,
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        maxAgeMonths: {
          type: 'integer',
          minimum: 1,
          description:
            'Also report accepted records with no `revisit-by` date whose date (written, else the day the file was first committed) is more than this many months before today. Unset: off.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    messages: {
      overdue:
        "This decision was due to be revisited by {{due}}, {{days}} day(s) ago; review it against today's constraints, then set a new `revisit-by` date or write a record that supersedes this one.",
      tooOld:
        "This decision was {{when}}, {{age}} ago, and names no `revisit-by` date (maxAgeMonths is {{max}}); review it against today's constraints and add `revisit-by: YYYY-MM-DD`, or write a record that supersedes it.",
    },
    rationale:
      'Decisions expire: the constraints they were made under change. A revisit-by date nobody acts on is a promise silently broken; the linter keeps it visible. Runs are reproducible with `--today`.',
    review: {
      topic: 'Revisit date',
      question:
        'Its revisit-by date has passed: do the constraints it was decided under still hold, and when do we look again?',
    },
    docs: {
      incorrect: `---
status: accepted
date: 2023-02-01
revisit-by: 2024-06-30
---
# Keep session data in Memcached

## Decision

Sessions are stored in a two-node Memcached pool.
`,
      correct: `---
status: accepted
date: 2023-02-01
revisit-by: 2030-06-30
---
# Keep session data in Memcached

## Decision

Sessions are stored in a two-node Memcached pool.

Reviewed on 2025-12-01: still under 40,000 sessions, so the pool stays; next review by mid-2030.
`,
      howToFix:
        "Review the decision against today's constraints. If it still holds, set a new `revisit-by` date (and say in the record that it was reviewed); if it does not, write a new record that supersedes it. Pass `--today YYYY-MM-DD` to make runs reproducible.",
      whenNotToUse:
        'Turn it off if your team does not schedule reviews of accepted decisions; the rule only reports records that carry a `revisit-by` date, so it is silent for them anyway. Leave `maxAgeMonths` unset unless every accepted decision should come up for review after a while: records without a written date are then aged from their first commit, which needs the full git history (actions/checkout: `fetch-depth: 0`).',
    },
  },
  readsCommitDates: (options) => options.maxAgeMonths !== undefined,
  check({ document, options, settings, report }) {
    if (document.status?.normalized !== 'accepted') return;
    const field = document.metadata['revisit-by'];
    if (!field?.text.trim()) {
      if (options.maxAgeMonths !== undefined)
        checkAge(document, options.maxAgeMonths, settings.today, report);
      return;
    }
    const due = dueDate(field.text);
    if (!due || due >= settings.today) return;
    report({ messageId: 'overdue', span: field.span, data: { due, days: daysBetween(due, settings.today) } });
  },
};

/** With maxAgeMonths: a record with no revisit-by date, older than the horizon, is due a review. */
function checkAge(
  document: AdrDocument,
  maxAgeMonths: number,
  today: string,
  report: (report: Report) => void,
): void {
  const dated = recordDate(document);
  if (!dated || dated.date > today) return;
  const months = monthsBetween(dated.date, today);
  if (months < maxAgeMonths || (months === maxAgeMonths && dated.date.slice(8) === today.slice(8))) return;
  const when = dated.source === 'written' ? `dated ${dated.date}` : `first committed on ${dated.date}`;
  const span = dated.source === 'written' ? document.metadata.date?.span : undefined;
  report({
    messageId: 'tooOld',
    span: span ?? anchorFor(document, []),
    data: { when, age: ageText(months), max: maxAgeMonths },
  });
}
