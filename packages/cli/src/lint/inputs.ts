// What `docket lint` reads: standard input (`--stdin`, or `-` as the path) under the name
// `--stdin-filename` gives it, else the files the paths or the project's ADR folders hold.
import { resolve } from 'node:path';
import type { SourceFile } from '@docket/core';
import { type ResolvedIo, UsageError } from '../context.js';
import { type AdrFolder, discover } from '../discover.js';
import type { Project } from '../project.js';
import { type ReadFailure, readSources, type UnreadSource } from '../sources.js';

export interface InputOptions {
  stdin?: boolean;
  stdinFilename?: string;
}

export interface CollectOptions {
  /**
   * Leave the files unread, for a run that reads each record as it lints it (lintFiles): a long
   * run then never holds every text at once. Standard input is read either way.
   */
  readLater?: boolean;
}

export interface LintInputs<S = SourceFile> {
  sources: S[];
  failures: ReadFailure[];
  /** The ADR folders searched (none when paths or stdin were given). */
  folders: AdrFolder[];
  /** True when the text came from standard input. */
  fromStdin: boolean;
}

/** The name a record read from standard input is linted and reported under. */
export const STDIN_NAME = '<stdin>';

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

export async function collectInputs(
  patterns: string[],
  options: InputOptions,
  project: Pick<Project, 'adrFolders' | 'isIgnored' | 'config'>,
  io: ResolvedIo,
): Promise<LintInputs>;
export async function collectInputs(
  patterns: string[],
  options: InputOptions,
  project: Pick<Project, 'adrFolders' | 'isIgnored' | 'config'>,
  io: ResolvedIo,
  collect: CollectOptions,
): Promise<LintInputs<SourceFile | UnreadSource>>;
export async function collectInputs(
  patterns: string[],
  options: InputOptions,
  project: Pick<Project, 'adrFolders' | 'isIgnored' | 'config'>,
  io: ResolvedIo,
  collect: CollectOptions = {},
): Promise<LintInputs<SourceFile | UnreadSource>> {
  const stdin = options.stdin === true || patterns.includes('-');
  if (stdin) {
    if (patterns.some((p) => p !== '-')) {
      throw new UsageError(
        'standard input is linted alone; drop the other paths or the --stdin / - argument',
      );
    }
    const path = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : STDIN_NAME;
    // A hook may pipe a file the project ignores: nothing to lint, and nothing to say.
    if (options.stdinFilename && project.isIgnored(path)) {
      return { sources: [], failures: [], folders: [], fromStdin: true };
    }
    return { sources: [{ path, text: await readAll(io.stdin) }], failures: [], folders: [], fromStdin: true };
  }
  if (options.stdinFilename !== undefined) {
    throw new UsageError('--stdin-filename names the text read with --stdin (or -); add --stdin');
  }
  const { files, folders } = await discover(patterns, io.cwd, {
    folders: project.adrFolders,
    isIgnored: project.isIgnored,
  });
  if (collect.readLater) {
    return { sources: files.map((path) => ({ path })), failures: [], folders, fromStdin: false };
  }
  const { sources, failures } = await readSources(files, { maxBytes: project.config.maxFileSize });
  return { sources, failures, folders, fromStdin: false };
}
