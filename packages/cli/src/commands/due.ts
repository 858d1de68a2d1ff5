// `docket due`: accepted records whose revisit-by date has passed or is near, and the revisit
// conditions of every accepted record, for a scheduled CI job or a team's weekly look.
import {
  allRules,
  type DueEntry,
  type DueRecord,
  type DueReport,
  dueReport,
  parseAdr,
  resolveConfig,
} from '@docket/core';
import { type Command, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import { readProjectRecords } from '../records.js';
import { parseToday } from './lint.js';

export const DUE_FORMATS = ['text', 'json'] as const;
export const DEFAULT_WITHIN = '30d';

export interface DueOptions {
  within: string;
  today?: string;
  format: (typeof DUE_FORMATS)[number];
  failOnOverdue?: boolean;
}

/** A window in days: `30d`, `6w`, `30` (days). */
export function parseWithin(value: string): number {
  const match = /^(\d+)\s*(d|days?|w|weeks?)?$/i.exec(value.trim());
  if (!match)
    throw new UsageError(`--within: "${value}" is not a period; write days or weeks, e.g. 30d or 6w`);
  const count = Number(match[1]);
  return /^w/i.test(match[2] ?? '') ? count * 7 : count;
}

function label(record: DueRecord): string {
  return record.number === null ? record.title : `ADR-${record.number} ${record.title}`;
}

function days(count: number): string {
  return `${count} ${Math.abs(count) === 1 ? 'day' : 'days'}`;
}

function entryLine(entry: DueEntry, where: (path: string, line: number) => string): string {
  const when =
    entry.days < 0
      ? `${days(-entry.days)} overdue`
      : entry.days === 0
        ? 'due today'
        : `due in ${days(entry.days)}`;
  return `  ${label(entry)}\n    revisit-by ${entry.revisitBy}: ${when} (${where(entry.path, entry.line)})`;
}

export function formatDueText(report: DueReport, where: (path: string, line: number) => string): string {
  const lines = [`Revisit dates as of ${report.today}, looking ${days(report.withinDays)} ahead:`, ''];
  if (report.overdue.length === 0 && report.upcoming.length === 0) {
    lines.push(`  Nothing is overdue or due within ${days(report.withinDays)}.`, '');
  }
  if (report.overdue.length > 0) {
    lines.push(`Overdue (${report.overdue.length}):`, ...report.overdue.map((e) => entryLine(e, where)), '');
  }
  if (report.upcoming.length > 0) {
    lines.push(
      `Due within ${days(report.withinDays)} (${report.upcoming.length}):`,
      ...report.upcoming.map((e) => entryLine(e, where)),
      '',
    );
  }
  if (report.invalid.length > 0) {
    lines.push(`revisit-by is not a date (${report.invalid.length}); write it as YYYY-MM-DD:`);
    for (const entry of report.invalid) {
      lines.push(`  ${label(entry)}\n    revisit-by "${entry.value}" (${where(entry.path, entry.line)})`);
    }
    lines.push('');
  }
  lines.push(`Revisit conditions of the accepted records (${report.conditions.length}):`);
  if (report.conditions.length === 0) lines.push('  There are no accepted records.');
  for (const record of report.conditions) {
    lines.push(`  ${label(record)} (${where(record.path, 1).replace(/:1$/, '')})`);
    if (record.conditions.length === 0) lines.push('    - none written: add revisit triggers to this record');
    for (const condition of record.conditions) {
      lines.push(`    - ${condition.text} (line ${condition.line})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runDue(
  paths: string[],
  options: DueOptions,
  io: ResolvedIo,
  projectOptionsGiven: LoadProjectOptions = {},
): Promise<number> {
  const withinDays = parseWithin(options.within);
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptionsGiven });
  const resolved = resolveConfig(project.config, io.rules ?? allRules);
  const today = options.today === undefined ? resolved.settings.today : parseToday(options.today);
  const sources = await readProjectRecords(project, io.cwd, { paths });
  const documents = sources.map((source) =>
    parseAdr(source, { sectionAliases: resolved.sectionAliases, statusAliases: resolved.statusAliases }),
  );
  const report = dueReport(documents, { today, withinDays });
  const relative = <T extends DueRecord>(record: T): T => ({
    ...record,
    path: displayPath(record.path, io.cwd),
  });
  if (options.format === 'json') {
    const json = {
      today: report.today,
      withinDays: report.withinDays,
      overdue: report.overdue.map(relative),
      upcoming: report.upcoming.map(relative),
      invalid: report.invalid.map(relative),
      conditions: report.conditions.map(relative),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout.write(formatDueText(report, (path, line) => `${displayPath(path, io.cwd)}:${line}`));
  }
  return options.failOnOverdue && report.overdue.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export function registerDue(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('due')
    .description(
      'List accepted records whose revisit-by date has passed or is near, and every revisit condition',
    )
    .argument('[paths...]', 'ADR files, folders or globs (default: the repository ADR folders)')
    .option('--within <period>', 'how far ahead to look: days or weeks, e.g. 30d or 6w', DEFAULT_WITHIN)
    .option('--today <date>', 'the date to count from (YYYY-MM-DD; default: today)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(DUE_FORMATS).default('text'))
    .option('--fail-on-overdue', 'exit with 1 when a record is overdue (for a scheduled CI job)')
    .action(async (paths: string[], options: DueOptions, command: Command) => {
      setExitCode(await runDue(paths, options, io, projectOptions(command, io.rules)));
    });
}
