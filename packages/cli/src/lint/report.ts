// Writes `docket lint`'s report: the chosen format, errors only with --quiet, colors by flag,
// NO_COLOR / FORCE_COLOR and terminal, to stdout or atomically to `-o <file>`.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { allRules, type FileResult } from '@docket/core';
import pc from 'picocolors';
import { colorEnabled, type ResolvedIo, UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { FORMAT_NAMES, formatters } from '../formatters/index.js';
import { writeFileAtomic } from '../fs/safe-write.js';
import { version } from '../version.js';

export interface ReportOptions {
  format: string;
  quiet?: boolean;
  color?: boolean;
  outputFile?: string;
}

/** Results without warnings, for --quiet; counts follow. */
export function errorsOnly(results: readonly FileResult[]): FileResult[] {
  return results.map((result) => ({
    ...result,
    findings: result.findings.filter((f) => f.severity === 2),
    warningCount: 0,
  }));
}

/** Fails early, before any work, on a format that does not exist. */
export function checkFormat(format: string): void {
  if (!formatters[format]) throw new UsageError(`unknown format "${format}"; use ${FORMAT_NAMES.join(', ')}`);
}

export async function writeReport(
  results: readonly FileResult[],
  options: ReportOptions,
  io: ResolvedIo,
): Promise<void> {
  checkFormat(options.format);
  const formatter = formatters[options.format] as NonNullable<(typeof formatters)[string]>;
  // A report file gets no escape codes unless --color asks for them.
  const useColor =
    options.outputFile !== undefined ? options.color === true : colorEnabled(io, options.color);
  const text = formatter(options.quiet ? errorsOnly(results) : results, {
    colors: pc.createColors(useColor),
    displayPath: (path) => displayPath(path, io.cwd),
    cwd: io.cwd,
    rules: io.rules ?? allRules,
    version: version(),
    env: io.env,
  });
  if (options.outputFile === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, options.outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String((error as Error).message);
    throw new UsageError(`cannot write the report to ${options.outputFile}: ${reason}`);
  }
}
