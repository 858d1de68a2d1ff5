// First and last commit dates of ADR files, from one `git log` over the ADR folders rather than
// one call per file: a thousand records cost a single walk of the history.
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { simpleGit } from 'simple-git';

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

/** Commit dates for `files` (absolute paths) under `folders`; empty when `root` is not in a git repository. */
export async function gitCommitDates(
  root: string,
  folders: readonly string[],
  files: readonly string[],
): Promise<Map<string, CommitDates>> {
  const result = new Map<string, CommitDates>();
  if (files.length === 0) return result;
  // Names with non-ASCII letters come back as written instead of octal-quoted.
  const git = simpleGit({ baseDir: root, config: ['core.quotePath=false'] });
  let output: string;
  let topLevel: string;
  try {
    if (!(await git.checkIsRepo())) return result;
    topLevel = (await git.revparse(['--show-toplevel'])).trim();
    output = await git.raw(['log', `--format=${RECORD_SEPARATOR}%aI`, '--name-only', '--', ...folders]);
  } catch {
    // No commits yet, or git is missing: the site falls back to the dates written in the files.
    return result;
  }
  const byPath = parseGitLog(output, topLevel);
  await Promise.all(
    files.map(async (file) => {
      const real = await realpath(file).catch(() => file);
      const dates = byPath.get(real);
      if (dates) result.set(file, dates);
    }),
  );
  return result;
}
