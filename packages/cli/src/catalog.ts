// What `docket list`, `docket index` and `docket graph` read: every record of the project's ADR
// folders, parsed with the project's aliases, each with the folder it belongs to. The commit that
// added a file dates records that state no date, for `docket list` only (see commitDates).
import { relative, sep } from 'node:path';
import { type AdrDocument, allRules, parseAdr, type Rule, resolveConfig, writtenDate } from '@docket/core';
import { parseRuleStatuses } from './commands/lint.js';
import { UsageError } from './context.js';
import { CONVENTIONAL_FOLDERS } from './discover.js';
import type { Project } from './project.js';
import { readProjectRecords } from './records.js';
import { gitCommitDates } from './site/git-dates.js';

export interface CatalogRecord {
  document: AdrDocument;
  /** The ADR folder (absolute) the record was found in. */
  folder: string;
}

/** The project's ADR folders, or a one-line error saying how to get one. */
export function catalogFolders(project: Project, cwd: string): string[] {
  if (project.adrFolders.length === 0) {
    throw new UsageError(
      `no ADR folder found in ${cwd} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); run docket init, or set adrFolders in docket.config.json`,
    );
  }
  return project.adrFolders.map((folder) => folder.path);
}

/** The folder a record is in: the deepest ADR folder holding it. */
function folderOf(path: string, folders: readonly string[]): string {
  const holding = folders.filter((folder) => path.startsWith(folder + sep));
  return holding.sort((a, b) => b.length - a.length)[0] ?? (folders[0] as string);
}

/** Every record of the project's ADR folders, parsed. */
export async function readCatalog(
  project: Project,
  cwd: string,
  rules: readonly Rule[] = allRules,
): Promise<CatalogRecord[]> {
  const folders = catalogFolders(project, cwd);
  const sources = await readProjectRecords(project, cwd);
  const resolved = resolveConfig(project.config, rules);
  const parseOptions = { sectionAliases: resolved.sectionAliases, statusAliases: resolved.statusAliases };
  return sources.map((source) => ({
    document: parseAdr(source, parseOptions),
    folder: folderOf(source.path, folders),
  }));
}

/**
 * The date of the commit that added each record which states no date of its own. Empty outside a
 * git repository and for files not committed yet: the date stays blank rather than failing.
 */
export async function commitDates(
  records: readonly CatalogRecord[],
  cwd: string,
): Promise<Map<string, string>> {
  const undated = records.filter((r) => writtenDate(r.document) === null).map((r) => r.document.path);
  if (undated.length === 0) return new Map();
  const folders = [...new Set(records.map((r) => r.folder))];
  const dates = await gitCommitDates(cwd, folders, undated);
  return new Map([...dates].map(([path, { first }]) => [path, first]));
}

/** A path for output: relative to `from`, with forward slashes on every platform. */
export function portablePath(path: string, from: string): string {
  return relative(from, path).split(sep).join('/');
}

/** `--status`: "all" (the default) or statuses of the configured lifecycle; anything else is a usage error. */
export function catalogStatuses(value: string | undefined, project: Project): string[] | 'all' {
  return parseRuleStatuses(value ?? 'all', project.config.lifecycle, '--status');
}
