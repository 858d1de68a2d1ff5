// Test support (not built): git in temporary repositories, with a fixed identity and no user or
// system configuration, so commits work the same on any machine.
import { execFileSync } from 'node:child_process';

/** Runs git in `cwd`; `date` (ISO) sets the author and committer dates of a commit. */
export function git(cwd: string, ...args: string[]): string {
  return gitAt(undefined, cwd, ...args);
}

function gitAt(date: string | undefined, cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

/** Stages everything in `root` and commits it, at `date` (ISO) when given. */
export function commitAll(root: string, message: string, date?: string): void {
  gitAt(undefined, root, 'add', '-A');
  gitAt(date, root, 'commit', '-q', '-m', message);
}
