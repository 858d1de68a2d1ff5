import type { DocumentRule } from '../engine/types.js';

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

/** Decisions expire: an accepted record whose revisit-by date has passed. */
export const revisitOverdue: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'revisit-overdue',
    description: 'Report accepted records whose `revisit-by` date has passed.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      overdue:
        "This decision was due to be revisited by {{due}}, {{days}} day(s) ago; review it against today's constraints, then set a new `revisit-by` date or write a record that supersedes this one.",
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
        'Turn it off if your team does not schedule reviews of accepted decisions; the rule only reports records that carry a `revisit-by` date, so it is silent for them anyway.',
    },
  },
  check({ document, settings, report }) {
    if (document.status?.normalized !== 'accepted') return;
    const field = document.metadata['revisit-by'];
    const due = field ? dueDate(field.text) : null;
    if (!field || !due || due >= settings.today) return;
    report({ messageId: 'overdue', span: field.span, data: { due, days: daysBetween(due, settings.today) } });
  },
};
