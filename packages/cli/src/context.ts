// What a front end needs from its surroundings. Tests pass their own; bin.ts passes the process's.
import type { Rule } from '@docket/core';

/** Exit codes: like ESLint's. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory relative paths are resolved from. */
  cwd: string;
  /** Environment consulted for NO_COLOR / FORCE_COLOR. */
  env?: Record<string, string | undefined>;
  /** Rule registry; defaults to every rule docket ships. A seam for tests and embedders. */
  rules?: readonly Rule[];
}

export type ResolvedIo = Required<Omit<Io, 'rules'>> & Pick<Io, 'rules'>;

/** A problem with how docket was invoked or with its inputs: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Colors follow the NO_COLOR convention, then FORCE_COLOR, then whether stdout is a terminal. */
export function colorEnabled(io: ResolvedIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}
