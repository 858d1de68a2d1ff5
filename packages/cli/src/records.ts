// The records a review-meeting command works on: the project's ADR folders plus any files named
// on the command line, read whole. A file that cannot be read stops the command: a pack or a due
// list that silently leaves a record out would mislead the room.
import { stat } from 'node:fs/promises';
import type { SourceFile } from '@docket/core';
import { UsageError } from './context.js';
import { discover, displayPath } from './discover.js';
import type { Project } from './project.js';
import { readSources } from './sources.js';

/** Reads the project's records (or only `paths`, when `replaceFolders`), plus `extraFiles` named by path. */
export async function readProjectRecords(
  project: Project,
  cwd: string,
  options: { paths?: string[]; extraFiles?: string[] } = {},
): Promise<SourceFile[]> {
  const extra = options.extraFiles ?? [];
  for (const file of extra) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`no such ADR file: ${displayPath(file, cwd)}`);
  }
  const searchFolders =
    (options.paths?.length ?? 0) > 0 || project.adrFolders.length > 0 || extra.length === 0;
  const found = searchFolders
    ? await discover(options.paths ?? [], cwd, { folders: project.adrFolders, isIgnored: project.isIgnored })
    : { files: [] };
  const files = [...new Set([...found.files, ...extra])].sort();
  const { sources, failures } = await readSources(files);
  const failure = failures[0];
  if (failure) throw new UsageError(`cannot read ${displayPath(failure.path, cwd)}: ${failure.reason}`);
  return sources;
}
