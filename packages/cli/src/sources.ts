// Reads ADR files as UTF-8. A file that cannot be read is reported, not thrown.
import { readFile } from 'node:fs/promises';
import type { SourceFile } from '@docket/core';

export interface ReadFailure {
  path: string;
  reason: string;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file',
  ELOOP: 'too many symbolic links',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

export async function readSources(
  files: string[],
): Promise<{ sources: SourceFile[]; failures: ReadFailure[] }> {
  const sources: SourceFile[] = [];
  const failures: ReadFailure[] = [];
  const results = await Promise.allSettled(files.map((path) => readFile(path, 'utf8')));
  results.forEach((result, i) => {
    const path = files[i] as string;
    if (result.status === 'fulfilled') sources.push({ path, text: result.value });
    else failures.push({ path, reason: describe(result.reason) });
  });
  return { sources, failures };
}
