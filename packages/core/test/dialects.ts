// The opening of a record in each dialect the review rules read, for tests that hold a rule to
// the same verdict in all of them.

export type Dialect = 'nygard' | 'madr' | 'log4brains';

export const DIALECTS: readonly Dialect[] = ['nygard', 'madr', 'log4brains'];

/**
 * A record's lines before its first content section: MADR's frontmatter (status only) and title;
 * Nygard's numbered title, Date line and Status section; log4brains' title and "- Status:" /
 * "- Date:" lines. The date is left out when not given.
 */
export function recordHead(
  dialect: Dialect,
  title: string,
  record: { number?: number; date?: string } = {},
): string[] {
  const { number = 1, date } = record;
  if (dialect === 'madr') return ['---', 'status: accepted', '---', `# ${title}`, ''];
  if (dialect === 'log4brains')
    return [`# ${title}`, '', '- Status: accepted', ...(date ? [`- Date: ${date}`] : []), ''];
  return [
    `# ${number}. ${title}`,
    '',
    ...(date ? [`Date: ${date}`, ''] : []),
    '## Status',
    '',
    'Accepted',
    '',
  ];
}

/** The decision's heading: "Decision" in Nygard's records, "Decision Outcome" in MADR and log4brains. */
export function decisionHeading(dialect: Dialect): string {
  return dialect === 'nygard' ? '## Decision' : '## Decision Outcome';
}
