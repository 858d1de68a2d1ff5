// First and last commit dates of ADR files, from one `git log` over the ADR folders rather than
// one call per file: a thousand records cost a single walk of the history. `docket list` and the
// site show them for records without a written date; `docket lint` hands the first ones to rules
// that age records (revisit-overdue's maxAgeMonths, date-valid's suggestion).
import { dirname, resolve } from 'node:path';
import type { SourceFile } from '@docket/core';
import { FULL_HISTORY, type GitRepository, openRepository, repositoryPath } from './repository.js';

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

/** A folder (or file) as a pathspec git takes literally; the repository's own root is ".". */
function literalPathspec(repository: GitRepository, path: string): string | null {
  if (path === repository.root) return ':(literal).';
  const inside = repositoryPath(repository, path);
  return inside === null ? null : `:(literal)${inside}`;
}

async function datesIn(
  repository: GitRepository,
  folders: readonly string[],
  files: readonly string[],
): Promise<Map<string, CommitDates>> {
  const result = new Map<string, CommitDates>();
  const pathspecs = folders.map((f) => literalPathspec(repository, f)).filter((p): p is string => p !== null);
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
    // No commit yet: callers use the dates written in the records.
    return result;
  }
  const byPath = parseGitLog(output, repository.root);
  for (const file of files) {
    const dates = byPath.get(file);
    if (dates) result.set(file, dates);
  }
  return result;
}

export interface FoundCommitDates {
  dates: Map<string, CommitDates>;
  /** Set in a shallow clone, where no dates are given: a one-line note for stderr. */
  note?: string;
}

/**
 * Commit dates for `files` (absolute paths) under `folders`; none outside a git repository, before
 * the first commit, or in a shallow clone, where every file seems added and changed by the cut.
 */
export async function gitCommitDates(
  cwd: string,
  folders: readonly string[],
  files: readonly string[],
): Promise<FoundCommitDates> {
  if (files.length === 0) return { dates: new Map() };
  const repository = await openRepository(cwd);
  if (!repository) return { dates: new Map() };
  if (repository.shallow) {
    return {
      dates: new Map(),
      note: `records that state no date get theirs from git history, which this shallow clone lacks (${FULL_HISTORY}); their dates are left blank`,
    };
  }
  return { dates: await datesIn(repository, folders, files) };
}

export interface FirstCommitted<S extends Pick<SourceFile, 'path' | 'firstCommitted'> = SourceFile> {
  /** The sources, each with `firstCommitted` set when git knows the file. */
  sources: S[];
  /** One-line notes for stderr (a shallow clone, whose first commits are not the real ones). */
  notes: string[];
}

/**
 * Each record's first-commit date for the rules that read it (`ruleIds`, from
 * rulesReadingCommitDates). `folders` are the ADR folders searched; when files were named instead,
 * their folders' history is read. Outside a repository or before the first commit nothing is
 * added; in a shallow clone nothing is added either, since the oldest commit there is only the cut.
 */
export async function withFirstCommitDates<S extends Pick<SourceFile, 'path' | 'firstCommitted'>>(
  cwd: string,
  sources: S[],
  folders: readonly string[],
  ruleIds: readonly string[],
): Promise<FirstCommitted<S>> {
  if (ruleIds.length === 0 || sources.length === 0) return { sources, notes: [] };
  const repository = await openRepository(cwd);
  if (!repository) return { sources, notes: [] };
  if (repository.shallow) {
    return {
      sources,
      notes: [
        `${ruleIds.join(' and ')} read the first commit of records that state no date, which needs the full history this shallow clone lacks (${FULL_HISTORY}); using written dates only`,
      ],
    };
  }
  const files = sources.map((source) => source.path);
  // Named files: their folders bound the walk (a shell glob may name thousands of files).
  const searched = folders.length > 0 ? folders : [...new Set(files.map((file) => dirname(file)))];
  const dates = await datesIn(repository, searched, files);
  return {
    sources: sources.map((source) => {
      const first = dates.get(source.path)?.first;
      return first === undefined ? source : { ...source, firstCommitted: first };
    }),
    notes: [],
  };
}
