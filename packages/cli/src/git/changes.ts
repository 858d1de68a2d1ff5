// Git awareness for `docket lint`: `--since <ref>` reports only on records changed since the merge
// base with <ref>; `--base <ref>` gives rules each record's text at <ref> and shows number-unique
// the records the base branch gained since this branch forked. Git is touched only when one of
// the two is asked for, so docket works the same outside a repository.
import { dirname, relative } from 'node:path';
import type { SourceFile } from '@docket/core';
import { UsageError } from '../context.js';
import { isAdrFile } from '../discover.js';
import {
  absolutePath,
  differencesFrom,
  FULL_HISTORY,
  filesAddedBetween,
  filesChangedSince,
  type GitRepository,
  mergeBase,
  openRepository,
  repositoryPath,
  resolveCommit,
  textAt,
} from './repository.js';

export interface GitOptions {
  since?: string;
  /** Defaults to `since`: a branch checked for its changes is compared with the same base. */
  base?: string;
}

export interface GitRunInputs {
  /** The sources, with `baseText` set when a base comparison runs. */
  sources: SourceFile[];
  /** Absolute paths to report on; undefined: all of them. */
  only?: ReadonlySet<string>;
  /** Records that exist only on the base branch (added there since this branch forked). */
  baseSources: SourceFile[];
  /** One-line notes for stderr: checks that could not run, and what would let them. */
  notes: string[];
}

/** The folders whose records number-unique compares: the searched folders, else the files' own. */
function watchedFolders(sources: SourceFile[], folders: string[]): string[] {
  return folders.length > 0 ? folders : [...new Set(sources.map((source) => dirname(source.path)))];
}

async function changedRecords(
  repository: GitRepository,
  since: string,
  sources: SourceFile[],
  notes: string[],
): Promise<Set<string> | undefined> {
  const commit = await resolveCommit(repository, since, '--since');
  const base = await mergeBase(repository, commit);
  if (!base) {
    if (!repository.shallow) {
      throw new UsageError(
        `--since: HEAD and "${since}" share no history; name the branch this one was made from`,
      );
    }
    notes.push(
      `--since ${since} needs the history back to the merge base, which this shallow clone lacks (${FULL_HISTORY}); linting every record`,
    );
    return undefined;
  }
  const changed = await filesChangedSince(repository, base);
  return new Set(
    sources
      .map((source) => source.path)
      .filter((path) => changed.has(repositoryPath(repository, path) ?? '')),
  );
}

/** Each reported record's text at `commit`: null when it did not exist there. */
async function withBaseTexts(
  repository: GitRepository,
  commit: string,
  sources: SourceFile[],
  only: ReadonlySet<string> | undefined,
): Promise<SourceFile[]> {
  const differences = await differencesFrom(repository, commit);
  return Promise.all(
    sources.map(async (source): Promise<SourceFile> => {
      const path = repositoryPath(repository, source.path);
      if (path === null || (only && !only.has(source.path))) return source;
      const state = differences.get(path) ?? { kind: 'same' };
      if (state.kind === 'same') return { ...source, baseText: source.text };
      if (state.kind === 'new') return { ...source, baseText: null };
      const baseText = await textAt(repository, commit, state.path).catch(() => null);
      return { ...source, baseText };
    }),
  );
}

/** Records the base branch gained after this branch forked, in the folders being linted. */
async function recordsAddedOnBase(
  repository: GitRepository,
  commit: string,
  fork: string,
  sources: SourceFile[],
  folders: string[],
): Promise<SourceFile[]> {
  const watched = watchedFolders(sources, folders);
  const linted = new Set(sources.map((source) => source.path));
  const wanted = (await filesAddedBetween(repository, fork, commit, watched.flatMap(folderPath(repository))))
    .map((path) => ({ path, file: absolutePath(repository, path) }))
    .filter(({ file }) => !linted.has(file))
    .filter(({ file }) =>
      watched.some((folder) => isInside(folder, file) && isAdrFile(relative(folder, file))),
    );
  return Promise.all(
    wanted.map(async ({ path, file }) => ({ path: file, text: await textAt(repository, commit, path) })),
  );
}

function folderPath(repository: GitRepository): (folder: string) => string[] {
  return (folder) => {
    if (folder === repository.root) return [''];
    const path = repositoryPath(repository, folder);
    return path === null ? [] : [path];
  };
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..');
}

/**
 * What git adds to a lint run. `folders` are the ADR folders searched (empty when files were named).
 * Without --since or --base git is not consulted; asking for either outside a repository is an error.
 */
export async function gitRunInputs(
  options: GitOptions,
  cwd: string,
  sources: SourceFile[],
  folders: string[],
): Promise<GitRunInputs> {
  const baseRef = options.base ?? options.since;
  if (options.since === undefined && baseRef === undefined) return { sources, baseSources: [], notes: [] };
  const repository = await openRepository(cwd);
  if (!repository) {
    const flag = options.since !== undefined ? '--since' : '--base';
    throw new UsageError(
      `${flag} needs a git repository, and ${cwd} is not inside one (or git is not installed)`,
    );
  }
  const notes: string[] = [];
  const only =
    options.since === undefined ? undefined : await changedRecords(repository, options.since, sources, notes);
  if (baseRef === undefined) return { sources, only, baseSources: [], notes };
  const commit = await resolveCommit(repository, baseRef, options.base !== undefined ? '--base' : '--since');
  // What this branch changed is measured from the fork point; on a pull request's merge commit
  // that is the base branch's tip itself.
  const fork = await mergeBase(repository, commit);
  if (!fork) {
    notes.push(
      `comparing with ${baseRef} needs the history back to the merge base${
        repository.shallow ? `, which this shallow clone lacks (${FULL_HISTORY})` : ', and there is none'
      }; accepted-immutable compares with ${baseRef} itself and number-unique's check of the records added there is skipped`,
    );
  }
  return {
    sources: await withBaseTexts(repository, fork ?? commit, sources, only),
    only,
    baseSources: fork ? await recordsAddedOnBase(repository, commit, fork, sources, folders) : [],
    notes,
  };
}
