// `docket review [ids...]`: the review pack for a meeting, as Markdown or one self-contained HTML
// page. Thin over core's buildReviewPack and renderers: this file picks the records, checks the
// output can be written before any work, and writes it atomically.
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  type AdrDocument,
  allRules,
  buildReviewPack,
  type DocketConfig,
  encodePath,
  type PresetName,
  renderReviewHtml,
  renderReviewMarkdown,
} from '@docket/core';
import { type Command, Option } from 'commander';
import { EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { writeFileAtomic } from '../fs/safe-write.js';
import { idPaths, resolveIds } from '../ids.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import { byNumberThenPath, readProjectRecords } from '../records.js';
import { PRESETS, parseRuleStatuses, parseToday } from './lint.js';

export const REVIEW_FORMATS = ['markdown', 'html'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export interface ReviewOptions {
  status?: string;
  format?: ReviewFormat;
  output?: string;
  minutes?: string;
  today?: string;
  preset?: PresetName;
}

/** The default when no ids are given: the records waiting for a decision. */
export const DEFAULT_REVIEW_STATUS = 'proposed';

export function parseMinutes(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new UsageError(`--minutes: "${value}" is not a positive whole number of minutes`);
  }
  return Number(value);
}

/** `-o pack.html` means HTML unless --format says otherwise. */
export function reviewFormat(options: Pick<ReviewOptions, 'format' | 'output'>): ReviewFormat {
  if (options.format) return options.format;
  return options.output && /\.html?$/i.test(options.output) ? 'html' : 'markdown';
}

/**
 * Refuses an output docket could not write, before any work: a folder, a path under a file, a
 * folder without write permission. Missing folders are fine: they are created when the pack is
 * written, as `docket lint -o` does.
 */
export async function checkWritable(path: string, shown: string, cwd: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory())
    throw new UsageError(`-o ${shown} is a folder; give a file name such as review.html`);
  let existing = info ? path : dirname(path);
  for (;;) {
    const found = await stat(existing).catch(() => null);
    if (found) {
      if (!found.isDirectory() && existing !== path) {
        throw new UsageError(`cannot write ${shown}: ${displayPath(existing, cwd)} is a file, not a folder`);
      }
      break;
    }
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    await access(existing, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${shown}: permission denied`);
  }
}

export async function runReview(
  ids: string[],
  options: ReviewOptions,
  io: ResolvedIo,
  projectOptionsGiven: LoadProjectOptions = {},
): Promise<number> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptionsGiven });
  const config: DocketConfig = { ...project.config };
  if (options.preset) config.preset = options.preset;
  if (options.today !== undefined) config.today = parseToday(options.today);
  const statusText = options.status ?? (ids.length === 0 ? DEFAULT_REVIEW_STATUS : 'all');
  const statuses = parseRuleStatuses(statusText, config.lifecycle, '--status');
  const minutes = options.minutes === undefined ? undefined : parseMinutes(options.minutes);
  const format = reviewFormat(options);
  const output = options.output === undefined ? null : resolve(io.cwd, options.output);
  if (output && options.output !== undefined) await checkWritable(output, options.output, io.cwd);

  const sources = await readProjectRecords(project, io.cwd, { extraFiles: idPaths(ids, io.cwd) });
  const select = (documents: readonly AdrDocument[]): AdrDocument[] => {
    const named = ids.length > 0 ? resolveIds(ids, documents, io.cwd) : [...documents].sort(byNumberThenPath);
    const chosen =
      statuses === 'all' ? named : named.filter((d) => statuses.includes(d.status?.normalized ?? ''));
    if (minutes !== undefined && minutes < chosen.length) {
      throw new UsageError(`--minutes ${minutes} cannot give ${chosen.length} records a minute each`);
    }
    return chosen;
  };
  const pack = buildReviewPack(sources, config, io.rules ?? allRules, { select, totalMinutes: minutes });

  // Links are relative to where the pack is read: the output file's folder, or here for stdout.
  const from = output ? dirname(output) : io.cwd;
  const renderOptions = {
    displayPath: (path: string) => displayPath(path, io.cwd),
    href: (path: string, line: number) => `${encodePath(relative(from, path).split(sep).join('/'))}#L${line}`,
  };
  const text =
    format === 'html' ? renderReviewHtml(pack, renderOptions) : renderReviewMarkdown(pack, renderOptions);
  if (!output || options.output === undefined) {
    io.stdout.write(text);
    return EXIT_OK;
  }
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFileAtomic(output, text);
  } catch (error) {
    throw new UsageError(`cannot write ${options.output}: ${(error as Error).message}`);
  }
  const open = pack.adrs.reduce((n, a) => n + a.openCount, 0);
  io.stdout.write(
    `Wrote the review pack to ${displayPath(output, io.cwd)}: ${pack.adrs.length} ${pack.adrs.length === 1 ? 'record' : 'records'}, ${pack.totalMinutes} minutes, ${open} open ${open === 1 ? 'question' : 'questions'}.\n`,
  );
  return EXIT_OK;
}

export function registerReview(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('review')
    .description('Write the review pack for a meeting: agenda, checklist per record, options, findings')
    .argument('[ids...]', 'records to review: 7, 0007, ADR-7 or a path (default: every record with --status)')
    .option(
      '--status <list>',
      `statuses to review: "all" or a comma list (default: ${DEFAULT_REVIEW_STATUS} when no ids are given)`,
    )
    .addOption(
      new Option(
        '-f, --format <name>',
        'markdown or html (default: html when -o ends in .html, else markdown)',
      ).choices(REVIEW_FORMATS),
    )
    .option('-o, --output <file>', 'write the pack to this file instead of standard output')
    .option('--minutes <n>', "the meeting's length, split between the records (default: a time box each)")
    .option('--today <date>', 'the date the pack is made for and date-aware rules use (YYYY-MM-DD)')
    .addOption(
      new Option('--preset <name>', 'rule preset for the findings (default: recommended)').choices(PRESETS),
    )
    .action(async (ids: string[], options: ReviewOptions, command: Command) => {
      setExitCode(await runReview(ids, options, io, projectOptions(command, io.rules)));
    });
}
