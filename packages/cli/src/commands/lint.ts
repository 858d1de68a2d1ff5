// `docket lint [paths...]`: discover, read, lint with core, format, choose the exit code.
import {
  type AdrDocument,
  allRules,
  DEFAULT_LIFECYCLE,
  type DocketConfig,
  type FileResult,
  type PresetName,
  type RuleSetting,
  resolveConfig,
  rulesReadingCommitDates,
  type SourceFile,
} from '@docket/core';
import { type Command, Option } from 'commander';
import { BASELINE_FILE, baselineStep } from '../baseline.js';
import { cacheFileOption, DEFAULT_CACHE_LOCATION } from '../cache.js';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { lintWithFixes } from '../fix.js';
import { FORMAT_NAMES } from '../formatters/index.js';
import { gitRunInputs } from '../git/changes.js';
import { withFirstCommitDates } from '../git/commit-dates.js';
import { filesBeside } from '../known-paths.js';
import { collectInputs } from '../lint/inputs.js';
import { checkFormat, writeReport } from '../lint/report.js';
import { lintFiles } from '../lint-files.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import type { LintSource } from '../sources.js';
import { version } from '../version.js';

export interface LintOptions {
  format: string;
  ruleStatuses?: string;
  strict?: boolean;
  today?: string;
  preset?: PresetName;
  maxWarnings?: string;
  color?: boolean;
  since?: string;
  base?: string;
  baseline?: string | false;
  updateBaseline?: boolean;
  quiet?: boolean;
  outputFile?: string;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export const PRESETS: PresetName[] = ['recommended', 'strict', 'legacy'];

/** `all`, or a comma list of lifecycle statuses. */
export function parseRuleStatuses(
  value: string,
  lifecycle: readonly string[] = DEFAULT_LIFECYCLE,
  flag = '--rule-statuses',
): string[] | 'all' {
  const statuses = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (statuses.length === 1 && statuses[0] === 'all') return 'all';
  if (statuses.length === 0) {
    throw new UsageError(`${flag} needs "all" or a comma list of: ${lifecycle.join(', ')}`);
  }
  const unknown = statuses.filter((s) => !lifecycle.includes(s));
  if (unknown.length > 0) {
    throw new UsageError(
      `${flag}: unknown status "${unknown[0]}"; use "all" or a comma list of: ${lifecycle.join(', ')}`,
    );
  }
  return [...new Set(statuses)];
}

/** A real calendar date written YYYY-MM-DD. */
export function parseToday(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today: "${value}" is not a date; write it as YYYY-MM-DD`);
  }
  return value;
}

export function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings: "${value}" is not a whole number`);
  return Number(value);
}

/** The project's configuration with the command line's flags over it. */
export function configFromOptions(options: LintOptions, base: DocketConfig = {}): DocketConfig {
  const config: DocketConfig = { ...base };
  if (options.preset) config.preset = options.preset;
  if (options.strict) config.strict = true;
  if (options.today !== undefined) config.today = parseToday(options.today);
  if (options.ruleStatuses !== undefined) {
    config.reviewStatuses = parseRuleStatuses(options.ruleStatuses, base.lifecycle);
  }
  // --strict adds draft records to whichever statuses are reviewed.
  if (options.strict && Array.isArray(config.reviewStatuses)) {
    config.reviewStatuses = [...new Set([...config.reviewStatuses, 'draft'])];
  }
  return config;
}

/** Rules that compare each record with its text at a git base, and so run only with --base or --since. */
const BASE_RULES = ['accepted-immutable'];

function severityOf(setting: RuleSetting | undefined): string | undefined {
  return Array.isArray(setting) ? setting[0] : setting;
}

/**
 * A rule that needs a git base is silent without one. When the configuration turns such a rule on
 * by name, the user expects it to run, so say why it did not and what enables it.
 */
export function baseRuleNotes(config: DocketConfig, options: LintOptions): string[] {
  if (options.base !== undefined || options.since !== undefined) return [];
  return BASE_RULES.filter((id) => {
    const severity = severityOf(config.rules?.[id]);
    return severity !== undefined && severity !== 'off';
  }).map(
    (id) =>
      `${id} compares records with a git base and runs only with --base <ref> (in CI, the pull request's base branch, e.g. --base origin/main); skipped`,
  );
}

/** The records of a run that read them all first (collectInputs without readLater). */
function read(sources: LintSource[]): SourceFile[] {
  return sources.filter((source): source is SourceFile => source.text !== undefined);
}

/** A `--fix` run: fixes written by core's fixer; its notes come ready for stderr. */
async function fixedRun(
  git: Omit<Awaited<ReturnType<typeof gitRunInputs>>, 'sources'> & { sources: LintSource[] },
  config: DocketConfig,
  io: ResolvedIo,
): Promise<{ results: FileResult[]; documents: AdrDocument[]; notes: string[] }> {
  const inputs = {
    only: git.only,
    baseSources: git.baseSources,
    knownPaths: await filesBeside(git.sources.map((s) => s.path)),
  };
  const { run, notes } = await lintWithFixes(
    read(git.sources),
    config,
    io.rules ?? allRules,
    inputs,
    true,
    io.cwd,
  );
  return { ...run, notes };
}

export async function runLint(
  patterns: string[],
  options: LintOptions,
  io: ResolvedIo,
  projectOptions: LoadProjectOptions = {},
): Promise<number> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptions });
  const config = configFromOptions(options, project.config);
  const maxWarnings = options.maxWarnings === undefined ? undefined : parseMaxWarnings(options.maxWarnings);
  checkFormat(options.format);
  if (options.fix && (options.stdin || patterns.includes('-'))) {
    throw new UsageError('--fix rewrites files and cannot fix standard input; pass the file to fix instead');
  }
  // A plain run leaves each record to be read by the thread that lints it, so a collection of
  // thousands is never held in memory at once; --fix and the git comparisons read every record first.
  const readLater = !options.fix && options.since === undefined && options.base === undefined;
  const inputs = await collectInputs(patterns, options, project, io, { readLater });
  const folderPaths = inputs.folders.map((folder) => folder.path);
  const changes = readLater
    ? { sources: inputs.sources, only: undefined, baseSources: [], notes: [] }
    : await gitRunInputs(
        { since: options.since, base: options.base },
        io.cwd,
        read(inputs.sources),
        folderPaths,
      );
  // History is read only when an enabled rule asks for it: a one-file pre-commit run stays quick.
  const dated = await withFirstCommitDates(
    io.cwd,
    changes.sources,
    folderPaths,
    rulesReadingCommitDates(resolveConfig(config, io.rules ?? allRules)),
  );
  const git = { ...changes, sources: dated.sources };
  for (const note of [...git.notes, ...dated.notes, ...baseRuleNotes(config, options)])
    io.stderr.write(`docket: note: ${note}\n`);
  // --fix lints and rewrites in core; otherwise records go through the cache and worker threads.
  const run = options.fix
    ? await fixedRun(git, config, io)
    : await lintFiles(git.sources, config, {
        rules: io.rules,
        only: git.only,
        baseSources: git.baseSources,
        knownPaths: await filesBeside(git.sources.map((source) => source.path)),
        cacheFile: cacheFileOption(options, project.root, io.cwd),
        version: version(),
      });
  for (const note of run.notes) io.stderr.write(`docket: ${note}\n`);
  const failures = [...inputs.failures, ...('failures' in run ? run.failures : [])];
  const baseline = await baselineStep(options, project.root, io.cwd, run);
  for (const line of baseline.notes) io.stderr.write(`docket: ${line}\n`);
  const results = baseline.results;
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  await writeReport(results, options, io);

  for (const failure of failures) {
    io.stderr.write(`docket: cannot read ${displayPath(failure.path, io.cwd)}: ${failure.reason}\n`);
  }
  if (failures.length > 0) return EXIT_FAILURE;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`docket: too many warnings (${warnings}); --max-warnings allows ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

export function registerLint(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('lint')
    .description('Check architecture decision records against the review and structural rules')
    .argument('[paths...]', 'ADR files, folders or globs (default: the repository ADR folders)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option(
      '--rule-statuses <list>',
      `statuses the review rules apply to: "all" or a comma list (default: proposed,accepted)`,
    )
    .option('--strict', 'also review draft records')
    .option('--today <date>', 'the date date-aware rules treat as today (YYYY-MM-DD)')
    .addOption(new Option('--preset <name>', 'rule preset (default: recommended)').choices(PRESETS))
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings')
    .option(
      '--fix',
      'apply the fixes rules offer (section skeletons, status spelling, supersede links on both records) and report what is left',
    )
    .option('--since <ref>', 'lint only records changed since the merge base with <ref> (git)')
    .option('--base <ref>', 'compare records with their text at <ref> (git; default: the --since ref)')
    .option(
      '--update-baseline',
      `record the current findings in ${BASELINE_FILE}; later runs report only new ones`,
    )
    .option('--baseline <file>', `the baseline file (default: ${BASELINE_FILE} in the project root)`)
    .option('--no-baseline', 'report every finding, ignoring the baseline')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('-o, --output-file <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--stdin', 'lint markdown read from standard input (also: - as the path)')
    .option('--stdin-filename <path>', 'the file name to lint standard input as')
    .option('--cache', 'skip records unchanged since the last --cache run')
    .option(
      '--cache-location <path>',
      `the cache file, or a folder for it (default: ${DEFAULT_CACHE_LOCATION} in the project root)`,
    )
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .action(async (paths: string[], options: LintOptions, command: Command) => {
      setExitCode(await runLint(paths, options, io, projectOptions(command, io.rules)));
    });
}
