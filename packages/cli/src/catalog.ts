// What `docket list`, `docket index` and `docket graph` share: the project's records (loaded by
// records.ts like every other command's), the `--status` filter, and the date of the commit that
// added a record which states no date of its own (for `docket list` only: see commitDates).
import { relative, sep } from 'node:path';
import { writtenDate } from '@docket/core';
import { parseRuleStatuses } from './commands/lint.js';
import { UsageError } from './context.js';
import { CONVENTIONAL_FOLDERS } from './discover.js';
import { gitCommitDates } from './git/commit-dates.js';
import type { Project } from './project.js';
import { type AdrRecord, loadProjectRecords } from './records.js';

/** The project's ADR folders, or a one-line error saying how to get one. */
export function catalogFolders(project: Project, cwd: string): string[] {
  if (project.adrFolders.length === 0) {
    throw new UsageError(
      `no ADR folder found in ${cwd} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); run docket init, or set adrFolders in docket.config.json`,
    );
  }
  return project.adrFolders.map((folder) => folder.path);
}

/** Every record of the project's ADR folders, parsed, in number order. */
export async function readCatalog(project: Project, cwd: string): Promise<AdrRecord[]> {
  catalogFolders(project, cwd);
  return loadProjectRecords(project, cwd);
}

/** `--status`: "all" (the default) or statuses of the configured lifecycle; anything else is a usage error. */
export function catalogStatuses(value: string | undefined, project: Project): string[] | 'all' {
  return parseRuleStatuses(value ?? 'all', project.config.lifecycle, '--status');
}

/**
 * The date of the commit that added each record which states no date of its own. Empty outside a
 * git repository and for files not committed yet: the date stays blank rather than failing. In a
 * shallow clone it is empty too, with a note saying why.
 */
export async function commitDates(
  records: readonly AdrRecord[],
  cwd: string,
): Promise<{ dates: Map<string, string>; note?: string }> {
  const undated = records.filter((r) => writtenDate(r.document) === null).map((r) => r.path);
  if (undated.length === 0) return { dates: new Map() };
  const folders = [...new Set(records.map((r) => r.folder))];
  const found = await gitCommitDates(cwd, folders, undated);
  return { dates: new Map([...found.dates].map(([path, { first }]) => [path, first])), note: found.note };
}

/** A path for output: relative to `from`, with forward slashes on every platform. */
export function portablePath(path: string, from: string): string {
  return relative(from, path).split(sep).join('/');
}
