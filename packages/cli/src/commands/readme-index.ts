// `docket index`: keeps an index table in each ADR folder's README.md between marker comments.
// Every README is checked and planned before any is written, so a README docket must not touch
// (markers missing or out of order, no write permission) stops the run with nothing changed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareRows, recordRow, renderIndexTable, spliceIndex } from '@docket/core';
import type { Command } from 'commander';
import { catalogFolders, portablePath, readCatalog } from '../catalog.js';
import { EXIT_FINDINGS, EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { writeBlocker, writeFileAtomic } from '../fs/safe-write.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import type { AdrRecord } from '../records.js';

export interface IndexOptions {
  check?: boolean;
}

/** The heading of a README docket creates. */
export const NEW_README_TITLE = 'Architecture decision records';

interface Plan {
  readme: string;
  exists: boolean;
  text: string;
  changed: boolean;
  count: number;
}

/** The folder's README, whatever the case of its name, else where a new README.md goes. */
async function readmeOf(folder: string): Promise<string> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const existing = names.find((name) => name.toLowerCase() === 'readme.md');
  return join(folder, existing ?? 'README.md');
}

async function readOptional(path: string, shown: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

async function planFolder(folder: string, records: readonly AdrRecord[], cwd: string): Promise<Plan> {
  const readme = await readmeOf(folder);
  const shown = displayPath(readme, cwd);
  const current = await readOptional(readme, shown);
  // Only dates written in the records: a date from git would appear once the record is
  // committed and make a freshly written index stale in CI.
  const rows = records
    .filter((r) => r.folder === folder)
    .map(({ document }) => recordRow(document, { path: portablePath(document.path, folder) }))
    .sort(compareRows);
  const result = spliceIndex(current, renderIndexTable(rows), NEW_README_TITLE);
  if (!result.ok) throw new UsageError(`${shown}:${result.line}: ${result.message}; nothing written`);
  return { readme, exists: current !== null, text: result.text, changed: result.changed, count: rows.length };
}

function records(count: number): string {
  return `${count} ${count === 1 ? 'record' : 'records'}`;
}

export async function runIndex(
  options: IndexOptions,
  io: ResolvedIo,
  projectOptionsGiven: LoadProjectOptions = {},
): Promise<number> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptionsGiven });
  const folders = catalogFolders(project, io.cwd);
  const catalog = await readCatalog(project, io.cwd);
  const plans: Plan[] = [];
  for (const folder of folders) plans.push(await planFolder(folder, catalog, io.cwd));

  if (options.check) {
    const stale = plans.filter((plan) => plan.changed);
    for (const plan of stale) {
      io.stderr.write(
        `${displayPath(plan.readme, io.cwd)}: the index is ${plan.exists ? 'out of date' : 'missing'}; run docket index\n`,
      );
    }
    if (stale.length === 0) io.stdout.write(`The index is up to date (${records(catalog.length)}).\n`);
    return stale.length === 0 ? EXIT_OK : EXIT_FINDINGS;
  }

  const changed = plans.filter((plan) => plan.changed);
  for (const plan of changed) {
    const blocker = await writeBlocker(plan.readme);
    if (blocker)
      throw new UsageError(`cannot write ${displayPath(plan.readme, io.cwd)}: ${blocker}; nothing written`);
  }
  for (const plan of plans) {
    const shown = displayPath(plan.readme, io.cwd);
    if (!plan.changed) {
      io.stdout.write(`${shown} is up to date (${records(plan.count)}).\n`);
      continue;
    }
    try {
      await writeFileAtomic(plan.readme, plan.text);
    } catch (error) {
      throw new UsageError(`cannot write ${shown}: ${(error as Error).message}`);
    }
    io.stdout.write(`${plan.exists ? 'Updated' : 'Created'} ${shown} (${records(plan.count)}).\n`);
  }
  return EXIT_OK;
}

export function registerIndex(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('index')
    .description('Write the index table of each ADR folder into its README.md, between docket:index markers')
    .option('--check', 'write nothing; exit 1 when a README index is missing or out of date (for CI)')
    .action(async (options: IndexOptions, command: Command) => {
      setExitCode(await runIndex(options, io, projectOptions(command, io.rules)));
    });
}
