// `docket list`: the project's records as a table, JSON or CSV, optionally only those in some
// statuses. Thin over core's rows and renderers; this file reads the records and asks git for the
// date of records that state none.
import { compareRows, LIST_FORMATS, type ListFormat, recordRow, renderList } from '@docket/core';
import { type Command, Option } from 'commander';
import { catalogStatuses, commitDates, portablePath, readCatalog } from '../catalog.js';
import { EXIT_OK, type ResolvedIo } from '../context.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';

export interface ListOptions {
  status?: string;
  format: ListFormat;
}

export async function runList(
  options: ListOptions,
  io: ResolvedIo,
  projectOptionsGiven: LoadProjectOptions = {},
): Promise<number> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptionsGiven });
  const statuses = catalogStatuses(options.status, project);
  const records = await readCatalog(project, io.cwd);
  const chosen =
    statuses === 'all'
      ? records
      : records.filter((r) => statuses.includes(r.document.status?.normalized ?? ''));
  const { dates, note } = await commitDates(chosen, io.cwd);
  if (note) io.stderr.write(`docket: note: ${note}\n`);
  const rows = chosen
    .map(({ document }) =>
      recordRow(document, {
        path: portablePath(document.path, io.cwd),
        fallbackDate: dates.get(document.path) ?? null,
      }),
    )
    .sort(compareRows);
  io.stdout.write(await renderList(rows, options.format));
  return EXIT_OK;
}

export function registerList(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('list')
    .description('List the records: number, title, status, date and path')
    .option(
      '--status <list>',
      'only records in these statuses: a comma list of the lifecycle, or "all" (default)',
    )
    .addOption(new Option('-f, --format <name>', 'output format').choices(LIST_FORMATS).default('table'))
    .action(async (options: ListOptions, command: Command) => {
      setExitCode(await runList(options, io, projectOptions(command, io.rules)));
    });
}
