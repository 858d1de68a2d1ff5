// The git queries docket needs, through simple-git: where the repository is, whether the clone is
// shallow, which files changed since a ref, and what a file held at a ref. Paths cross this module
// as absolute paths on the caller's side and as repository-relative POSIX paths on git's side.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { UsageError } from '../context.js';

/** What a shallow clone's notes tell CI to change: actions/checkout's setting for the whole history. */
export const FULL_HISTORY = 'actions/checkout: fetch-depth: 0';

export interface GitRepository {
  git: SimpleGit;
  /** The working tree's top folder, as seen from the caller's working directory (symlinks kept). */
  root: string;
  /** True in a shallow clone (CI checkouts often are): history before the cut is missing. */
  shallow: boolean;
}

/** The repository `cwd` is in, or null when it is in none (or git is not installed). */
export async function openRepository(cwd: string): Promise<GitRepository | null> {
  // Loaded here, not at the top: most runs never touch git, and simple-git need not load for them.
  const { simpleGit } = await import('simple-git');
  try {
    const git = simpleGit({ baseDir: cwd });
    // --show-cdup ("../../") rather than --show-toplevel, which resolves symlinks the caller kept.
    const [cdup, shallow] = (await git.raw(['rev-parse', '--show-cdup', '--is-shallow-repository']))
      .split('\n')
      .map((line) => line.trim());
    const root = resolve(cwd, cdup ?? '');
    return { git: simpleGit({ baseDir: root }), root, shallow: shallow === 'true' };
  } catch {
    return null;
  }
}

/** A path for git: relative to the repository root, with forward slashes. Null outside the root. */
export function repositoryPath(repository: GitRepository, file: string): string | null {
  const rel = relative(repository.root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

export function absolutePath(repository: GitRepository, path: string): string {
  return resolve(repository.root, ...path.split('/'));
}

/**
 * The commit `ref` names, or a usage error that says what to do. `option` is the flag that named it,
 * for the message. A shallow clone often lacks the base branch entirely, so it gets its own hint.
 */
export async function resolveCommit(repository: GitRepository, ref: string, option: string): Promise<string> {
  if (ref.trim() === '' || ref.startsWith('-')) {
    throw new UsageError(
      `${option}: "${ref}" is not a git ref; name a branch, tag or commit, e.g. origin/main`,
    );
  }
  const sha = await repository.git
    .raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
    .then((out) => out.trim())
    .catch(() => '');
  if (sha) return sha;
  if (repository.shallow) {
    throw new UsageError(
      `${option}: "${ref}" is not in this shallow clone; fetch the base branch with its history (${FULL_HISTORY})`,
    );
  }
  throw new UsageError(
    `${option}: "${ref}" is not a branch, tag or commit in this repository; e.g. origin/main`,
  );
}

/** The merge base of HEAD and `commit`, or null when the history does not reach one. */
export async function mergeBase(repository: GitRepository, commit: string): Promise<string | null> {
  try {
    return (await repository.git.raw(['merge-base', 'HEAD', commit])).trim() || null;
  } catch {
    return null;
  }
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((part) => part !== '');
}

/** Files in the working tree git does not track (new files count as changed). */
export async function untrackedFiles(repository: GitRepository): Promise<Set<string>> {
  return new Set(
    splitNul(await repository.git.raw(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'])),
  );
}

/**
 * Files whose working-tree content differs from `commit`: committed, staged or not. Deleted files
 * are left out; a renamed file counts as changed under its new name.
 */
export async function filesChangedSince(repository: GitRepository, commit: string): Promise<Set<string>> {
  const tracked = splitNul(
    await repository.git.raw([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--no-relative',
      '--diff-filter=ACMRT',
      commit,
      '--',
    ]),
  );
  return new Set([...tracked, ...(await untrackedFiles(repository))]);
}

export type BaseState =
  | { kind: 'same' }
  | { kind: 'new' }
  /** Changed, or renamed from `path`. */
  | { kind: 'changed'; path: string };

/**
 * How each working-tree file differs from `commit`, keyed by repository path. Files absent from the
 * map are unchanged. Renames are followed, so a record that moved still compares with its old text.
 */
export async function differencesFrom(
  repository: GitRepository,
  commit: string,
): Promise<Map<string, BaseState>> {
  const states = new Map<string, BaseState>();
  const parts = splitNul(
    await repository.git.raw(['diff', '--name-status', '-z', '-M', '--no-relative', commit, '--']),
  );
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      states.set(to, { kind: 'changed', path: from });
    } else {
      const path = parts[i++] ?? '';
      if (status === 'A') states.set(path, { kind: 'new' });
      else if (status !== 'D') states.set(path, { kind: 'changed', path });
    }
  }
  for (const path of await untrackedFiles(repository)) states.set(path, { kind: 'new' });
  return states;
}

/** The text of `path` at `commit`. */
export async function textAt(repository: GitRepository, commit: string, path: string): Promise<string> {
  return repository.git.raw(['show', `${commit}:${path}`]);
}

/** Files added between `from` and `to` under the given folders (repository paths). */
export async function filesAddedBetween(
  repository: GitRepository,
  from: string,
  to: string,
  folders: string[],
): Promise<string[]> {
  if (folders.length === 0) return [];
  return splitNul(
    await repository.git.raw([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--no-relative',
      '--diff-filter=A',
      from,
      to,
      '--',
      ...folders.map((folder) => `:(literal)${folder || '.'}`),
    ]),
  );
}
