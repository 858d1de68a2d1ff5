// First and last commit dates of ADR files, from one `git log` over the ADR folders rather than
// one call per file: a thousand records cost a single walk of the history.
import { resolve } from 'node:path';
import { openRepository, repositoryPath } from '../git/repository.js';

export interface CommitDates {
  /** Author date (YYYY-MM-DD) of the oldest commit that touched the file. */
  first: string;
  /** Author date of the newest one. */
  last: string;
}

const RECORD_SEPARATOR = '\u001e';

/**
 * Parses `git log --format=%x1e%aI --name-only` output (newest commit first) into dates per path,
 * resolved against the repository's top folder.
 */
export function parseGitLog(output: string, topLevel: string): Map<string, CommitDates> {
  const dates = new Map<string, CommitDates>();
  for (const chunk of output.split(RECORD_SEPARATOR)) {
    const [header, ...names] = chunk.split('\n');
    const date = header?.trim().slice(0, 10);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const name of names) {
      if (!name.trim()) continue;
      const path = resolve(topLevel, name);
      const known = dates.get(path);
      // Newest first: the first commit seen is the last one made; every later one is older.
      if (known) known.first = date;
      else dates.set(path, { first: date, last: date });
    }
  }
  return dates;
}

/** Commit dates for `files` (absolute paths) under `folders`; empty outside a git repository or before the first commit. */
export async function gitCommitDates(
  cwd: string,
  folders: readonly string[],
  files: readonly string[],
): Promise<Map<string, CommitDates>> {
  const result = new Map<string, CommitDates>();
  if (files.length === 0) return result;
  const repository = await openRepository(cwd);
  if (!repository) return result;
  const pathspecs = folders.map((f) => repositoryPath(repository, f)).filter((p): p is string => p !== null);
  if (pathspecs.length === 0) return result;
  let output: string;
  try {
    // quotePath=false: names with non-ASCII letters come back as written, not octal-quoted.
    output = await repository.git.raw([
      '-c',
      'core.quotePath=false',
      'log',
      `--format=${RECORD_SEPARATOR}%aI`,
      '--name-only',
      '--',
      ...pathspecs,
    ]);
  } catch {
    // No commit yet: the site uses the dates written in the records.
    return result;
  }
  const byPath = parseGitLog(output, repository.root);
  for (const file of files) {
    const dates = byPath.get(file);
    if (dates) result.set(file, dates);
  }
  return result;
}
