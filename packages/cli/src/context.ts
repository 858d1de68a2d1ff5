// What a front end needs from its surroundings. Tests pass their own; bin.ts passes the process's.
import type { Rule } from '@docket/core';

/** Exit codes: like ESLint's. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Terminal width; help text wraps to it (80 when unknown). */
  columns?: number;
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
  /**
   * Standard input: `docket lint --stdin` reads it; `docket new --interactive` asks its questions
   * only when it is a terminal.
   */
  stdin?: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  /** The question prompts of `docket new --interactive`; default: @inquirer/prompts. A seam for tests. */
  prompts?: Prompts;
  /** The clock commands date records with. A seam for tests. */
  now?: () => Date;
  /** Stops long-running commands (`docket site serve`); without it they stop on SIGINT or SIGTERM. */
  signal?: AbortSignal;
}

export type ResolvedIo = Required<Omit<Io, 'rules' | 'prompts' | 'signal'>> &
  Pick<Io, 'rules' | 'prompts' | 'signal'>;

/** The two kinds of question `docket new --interactive` asks, shaped like @inquirer/prompts' own. */
export interface Prompts {
  input(question: {
    message: string;
    default?: string;
    validate?: (value: string) => boolean | string;
  }): Promise<string>;
  select<Value extends string>(question: {
    message: string;
    choices: { name: string; value: Value; description?: string }[];
    default?: Value;
  }): Promise<Value>;
}

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
