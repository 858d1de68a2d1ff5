// `docket new "Title"`: writes the next record from a template and prints its path. The number is
// the folder's highest plus one, the file is created exclusively, and a record created at the same
// moment by someone else (another `docket new`, a colleague's script) makes this one move on to the
// next number, so concurrent runs never share a number or overwrite each other.
import { readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_LIFECYCLE } from '@docket/core';
import {
  hasAnswers,
  oneLine,
  type RecordContent,
  renderTemplate,
  TemplateError,
  templateSyntax,
} from '@docket/templates';
import type { Command } from 'commander';
import { gitUserName } from '../authoring/authors.js';
import {
  askReviewQuestions,
  inquirerPrompts,
  isCalendarDate,
  isPromptCancel,
  parseReversibility,
} from '../authoring/interactive.js';
import { highestNumber, inspectFolder, type Naming, numberOfName } from '../authoring/layout.js';
import { isoDate, recordFileName, slugify } from '../authoring/naming.js';
import {
  checkNewRecordLinks,
  prepareNewRecordLinks,
  withLinks,
  writeReverseLinks,
} from '../authoring/new-links.js';
import { resolveTemplate } from '../authoring/templates.js';
import { EXIT_FAILURE, EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { type AdrFolder, CONVENTIONAL_FOLDERS, displayPath, isDirectory } from '../discover.js';
import { createExclusive } from '../fs/safe-write.js';
import { loadProject, projectOptions } from '../project.js';

export interface NewOptions {
  template?: string;
  status?: string;
  dir?: string;
  author?: string[];
  date?: string;
  open?: boolean;
  interactive?: boolean;
  supersedes?: string[];
  link?: string[];
  // Answers to the review questions.
  context?: string;
  option?: string[];
  chosen?: string;
  because?: string;
  whyNot?: string[];
  benefit?: string[];
  tradeoff?: string[];
  failure?: string;
  reversibility?: string;
  reversal?: string;
  revisitWhen?: string[];
  revisitBy?: string;
  evidence?: string;
  owner?: string;
}

/** Attempts at claiming a number before giving up: each one loses only to a record created meanwhile. */
const MAX_ATTEMPTS = 50;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The answers given as flags, checked against each other. */
export function contentFromFlags(options: NewOptions): RecordContent {
  const names = (options.option ?? []).map(oneLine).filter((n) => n !== '');
  const find = (name: string, flag: string) => {
    const found = names.find((n) => n.toLowerCase() === oneLine(name).toLowerCase());
    if (names.length > 0 && !found) {
      throw new UsageError(`${flag}: "${name}" is not one of the --option values (${names.join(', ')})`);
    }
    return found ?? oneLine(name);
  };
  const whyNot = new Map<string, string>();
  for (const entry of options.whyNot ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0 || entry.slice(at + 1).trim() === '') {
      throw new UsageError(
        `--why-not: "${entry}" needs the form "option=reason", e.g. --why-not "Kafka=nobody on the team runs it"`,
      );
    }
    const name = find(entry.slice(0, at), '--why-not');
    if (names.length === 0) names.push(name);
    whyNot.set(name, entry.slice(at + 1));
  }
  const chosen = options.chosen === undefined ? undefined : find(options.chosen, '--chosen');
  if (options.revisitBy !== undefined && !isCalendarDate(options.revisitBy)) {
    throw new UsageError(`--revisit-by: "${options.revisitBy}" is not a date; write it as YYYY-MM-DD`);
  }
  return {
    ...(options.context !== undefined ? { context: options.context } : {}),
    options: names.map((name) => ({ name, ...(whyNot.has(name) ? { whyNot: whyNot.get(name) } : {}) })),
    ...(chosen !== undefined ? { chosen } : {}),
    ...(options.because !== undefined ? { because: options.because } : {}),
    good: options.benefit ?? [],
    bad: options.tradeoff ?? [],
    ...(options.failure !== undefined ? { failure: options.failure } : {}),
    ...(options.reversibility !== undefined
      ? { reversibility: parseReversibility(options.reversibility) }
      : {}),
    ...(options.reversal !== undefined ? { reversal: options.reversal } : {}),
    revisitWhen: options.revisitWhen ?? [],
    ...(options.revisitBy !== undefined ? { revisitBy: options.revisitBy } : {}),
    ...(options.evidence !== undefined ? { evidence: options.evidence } : {}),
    ...(options.owner !== undefined ? { owner: options.owner } : {}),
  };
}

function writeError(error: unknown, folder: string, cwd: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UsageError(
      `cannot write in ${displayPath(folder, cwd)}: permission denied; nothing was created`,
    );
  }
  return error as Error;
}

/**
 * Creates the record under the next free number and returns its path. `render` gives the text for a
 * number. After an exclusive create, a rival with the same number (created between our listing and
 * our create) means both may have picked it: ours is removed and the folder listed again.
 */
export async function createNextRecord(
  folder: string,
  naming: Naming,
  date: string,
  slug: string,
  render: (number: number) => string,
): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const names = await readdir(folder);
    const number = highestNumber(names) + 1;
    // Dated names have no number to move on to: a clash gets a suffix instead.
    const suffix = naming.kind === 'date' && attempt > 0 ? `-${attempt + 1}` : '';
    const name = recordFileName(naming, number, date, `${slug}${suffix}`);
    const path = join(folder, name);
    if (dirname(path) !== folder) throw new Error(`refusing to write outside ${folder}: ${name}`);
    if (!(await createExclusive(path, render(number)))) continue;
    if (naming.kind === 'date') return path;
    const rivals = (await readdir(folder)).filter(
      (other) => other !== name && numberOfName(other) === number,
    );
    if (rivals.length === 0) return path;
    await unlink(path);
    // Spread the retries out so runs that collided do not collide again.
    await sleep(Math.floor(Math.random() * 20 * Math.min(attempt + 1, 5)));
  }
  throw new UsageError(
    `could not claim a number in ${folder} after ${MAX_ATTEMPTS} attempts: records are being created there faster than docket can number them; try again`,
  );
}

/** Opens `path` in $VISUAL or $EDITOR, the way git does: the variable may hold arguments. */
async function openInEditor(
  editor: string,
  path: string,
  env: Record<string, string | undefined>,
): Promise<number> {
  // Loaded here, as every other command would pay for it at start (it brings net and streams).
  const { spawn } = await import('node:child_process');
  return new Promise((resolvePromise, reject) => {
    const child =
      process.platform === 'win32'
        ? spawn(`${editor} "${path}"`, { shell: true, stdio: 'inherit', env })
        : spawn('sh', ['-c', `${editor} "$@"`, editor, path], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

export async function runNew(
  words: string[],
  options: NewOptions,
  io: ResolvedIo,
  command: Command,
): Promise<number> {
  const title = oneLine(words.join(' '));
  if (title === '')
    throw new UsageError('the title is empty; write it in quotes: docket new "Use PostgreSQL for orders"');
  const slug = slugify(title);
  if (slug === '') {
    throw new UsageError(`the title "${title}" has no letters or digits to name the file with; reword it`);
  }

  const project = await loadProject(io.cwd, projectOptions(command, io.rules));
  const lifecycle = project.config.lifecycle ?? DEFAULT_LIFECYCLE;
  const status = (
    options.status ??
    (lifecycle.includes('proposed') ? 'proposed' : lifecycle[0]) ??
    'proposed'
  )
    .trim()
    .toLowerCase();
  if (!lifecycle.includes(status)) {
    throw new UsageError(`--status: unknown status "${options.status}"; use one of ${lifecycle.join(', ')}`);
  }
  const date = options.date ?? isoDate(io.now());
  if (!isCalendarDate(date)) throw new UsageError(`--date: "${date}" is not a date; write it as YYYY-MM-DD`);

  let folder: AdrFolder;
  if (options.dir !== undefined) {
    folder = { path: resolve(io.cwd, options.dir), source: '--dir' };
    if (!(await isDirectory(folder.path))) {
      throw new UsageError(`--dir: no such folder ${options.dir}; create it or run docket init`);
    }
  } else {
    const existing = [];
    for (const folder of project.adrFolders) if (await isDirectory(folder.path)) existing.push(folder);
    const first = existing[0];
    if (!first) {
      throw new UsageError(
        `no ADR folder found in ${project.root} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); run docket init, or pass --dir <folder>`,
      );
    }
    folder = first;
  }
  const folderPath = folder.path;
  // The folder's own source matters: an empty log4brains folder still gets dated names.
  const layout = await inspectFolder(folder);
  const related = await prepareNewRecordLinks(project, io, date, options);
  const template = await resolveTemplate(options.template, {
    cwd: io.cwd,
    templatesDir: project.templatesDir,
    layout,
  });

  let content = contentFromFlags(options);
  if (options.interactive) {
    if (!io.stdin.isTTY) {
      throw new UsageError(
        '--interactive needs a terminal; give the answers as flags instead (--option, --chosen, --because, --why-not, --tradeoff, --failure, --reversibility, --revisit-when)',
      );
    }
    try {
      content = await askReviewQuestions(io.prompts ?? (await inquirerPrompts()), content);
    } catch (error) {
      if (isPromptCancel(error)) throw new UsageError('stopped; nothing was written');
      throw error;
    }
  }
  if (hasAnswers(content) && templateSyntax(template.text) !== 'mustache') {
    throw new UsageError(
      `template ${displayPath(template.source, io.cwd)} has no places for answers ({{variables}}); use --template review, madr, madr-minimal or nygard, or add the variables to it`,
    );
  }

  const editor = io.env.VISUAL || io.env.EDITOR;
  if (options.open && !editor) {
    throw new UsageError(
      '--open: set VISUAL or EDITOR to the editor to open the record with; nothing was written',
    );
  }

  const authors = options.author?.length
    ? options.author
    : [await gitUserName(io.cwd, io.env)].filter((n): n is string => !!n);
  const width = layout.naming.kind === 'number' ? layout.naming.width : 4;
  const render = (number: number) => {
    try {
      const text = renderTemplate(template.text, { number, width, title, date, status, authors }, content);
      return related ? withLinks(related, text, join(folderPath, 'new-record.md')) : text;
    } catch (error) {
      if (error instanceof TemplateError)
        throw new UsageError(`template ${displayPath(template.source, io.cwd)}: ${error.message}`);
      throw error;
    }
  };
  // A template that cannot be rendered, or a record that cannot take its link, is reported before
  // anything is written.
  const sample = render(1);
  if (related) await checkNewRecordLinks(related, folderPath, sample);

  let path: string;
  try {
    path = await createNextRecord(folderPath, layout.naming, date, slug, render);
  } catch (error) {
    throw writeError(error, folderPath, io.cwd);
  }
  const updated = related ? await writeReverseLinks(related, path, await readFile(path, 'utf8')) : [];
  io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  for (const line of updated) io.stderr.write(`updated ${line}\n`);

  if (options.open && editor) {
    try {
      const code = await openInEditor(editor, path, io.env);
      if (code !== 0) {
        io.stderr.write(
          `docket: the editor "${editor}" exited with ${code}; the record is at ${displayPath(path, io.cwd)}\n`,
        );
        return EXIT_FAILURE;
      }
    } catch (error) {
      io.stderr.write(
        `docket: could not start the editor "${editor}": ${(error as Error).message}; the record is at ${displayPath(path, io.cwd)}\n`,
      );
      return EXIT_FAILURE;
    }
  }
  return EXIT_OK;
}

export function registerNew(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('new')
    .description('Write the next ADR from a template and print its path')
    .argument('<title...>', 'the decision, e.g. "Use PostgreSQL for orders"')
    .option(
      '-t, --template <name>',
      'review (default), madr, madr-minimal, nygard, a template of the project, or a .md file',
    )
    .option('-s, --status <status>', 'the status to start with (default: proposed)')
    .option('--dir <folder>', 'the ADR folder to write in (default: the first one found)')
    .option('--author <name>', 'a decision-maker (repeatable; default: git user.name)', collect)
    .option('--date <YYYY-MM-DD>', 'the record date (default: today)')
    .option(
      '--supersedes <id>',
      'a record the new one replaces: it becomes superseded and both link to each other (repeatable)',
      collect,
    )
    .option(
      '--link <id:relation>',
      'a relation to a record, e.g. 7:amends; the record gets the reverse (repeatable)',
      collect,
    )
    .option('--open', 'open the new record in $VISUAL or $EDITOR')
    .option('-i, --interactive', 'ask the review questions one by one (on a terminal)')
    .option('--context <text>', 'the problem and its forces')
    .option('--option <name>', 'a considered option (repeatable)', collect)
    .option('--chosen <name>', 'the chosen option')
    .option('--because <reason>', 'why the chosen option won')
    .option('--why-not <option=reason>', 'why an option lost (repeatable)', collect)
    .option('--benefit <text>', 'a good consequence (repeatable)', collect)
    .option('--tradeoff <text>', 'a cost of the choice (repeatable)', collect)
    .option('--failure <text>', 'how it fails, and what users and the on-call engineer see')
    .option('--reversibility <level>', 'two-way, costly or one-way')
    .option('--reversal <text>', 'how the decision would be undone, and at what cost')
    .option(
      '--revisit-when <trigger>',
      'a threshold or event that reopens the decision (repeatable)',
      collect,
    )
    .option('--revisit-by <YYYY-MM-DD>', 'the date by which to look at the decision again')
    .option('--evidence <text>', 'benchmarks, a proof of concept or incidents behind the decision')
    .option('--owner <team>', 'who runs the result and gets paged')
    .action(async (words: string[], options: NewOptions, command: Command) => {
      setExitCode(await runNew(words, options, io, command));
    });
}
