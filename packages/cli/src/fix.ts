// `docket lint --fix`: core computes the fixed texts (fixes of rules whose meta.fixable is set,
// applied pass by pass until none is left); this shell writes the files that changed, each
// atomically, and never over a file that changed on disk while docket was working.
import { readFile } from 'node:fs/promises';
import {
  type DocketConfig,
  fixSources,
  type LintRun,
  type LintSourcesInputs,
  lintSources,
  type Rule,
  type SourceFile,
} from '@docket/core';
import { displayPath } from './discover.js';
import { writeFileAtomic } from './fs/safe-write.js';

export interface FixOutcome {
  run: LintRun;
  /** Files rewritten. */
  written: string[];
  /** Files left alone because they changed on disk during the run. */
  skipped: string[];
  /** One-line messages for stderr, each printed after "docket: ". */
  notes: string[];
}

/** Lints, and with `fix` writes the fixed texts; the returned run describes the files as written. */
export async function lintWithFixes(
  sources: SourceFile[],
  config: DocketConfig,
  rules: readonly Rule[],
  inputs: LintSourcesInputs,
  fix: boolean,
  cwd: string,
): Promise<FixOutcome> {
  if (!fix) return { run: lintSources(sources, config, rules, inputs), written: [], skipped: [], notes: [] };
  const run = fixSources(sources, config, rules, inputs);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const file of run.fixed) {
    if (file.text === file.original) continue;
    const onDisk = await readFile(file.path, 'utf8').catch(() => null);
    if (onDisk !== file.original) {
      skipped.push(file.path);
      continue;
    }
    await writeFileAtomic(file.path, file.text);
    written.push(file.path);
  }
  const notes = skipped.map(
    (path) =>
      `${displayPath(path, cwd)} changed on disk while docket was fixing it; left as it was, run docket lint --fix again`,
  );
  return { run, written, skipped, notes };
}
