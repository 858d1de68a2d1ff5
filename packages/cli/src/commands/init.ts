// `docket init [dir]`: sets a repository up for docket. A repository that already keeps ADRs
// (adr-tools, MADR, log4brains) keeps its folder, numbering and format; a new one gets docs/adr,
// a docket.config.json and ADR 1. Nothing that exists is ever overwritten, and a failure removes
// what this run created.
import { mkdir, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  FIRST_DECISION_TITLE,
  firstDecision,
  renderTemplate,
  TemplateError,
  templateSyntax,
} from '@docket/templates';
import type { Command } from 'commander';
import { gitUserName } from '../authoring/authors.js';
import { type FolderLayout, inspectFolder, type RecordDialect } from '../authoring/layout.js';
import { isoDate, recordFileName, slugify } from '../authoring/naming.js';
import { type ResolvedTemplate, resolveTemplate } from '../authoring/templates.js';
import { EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { type AdrFolder, displayPath, findAdrFolders } from '../discover.js';
import { createExclusive } from '../fs/safe-write.js';

export const CONFIG_FILE = 'docket.config.json';
/** Where the config schema ships inside an installed @docket/cli; editors follow `$schema` to it. */
export const CONFIG_SCHEMA_REF = './node_modules/@docket/cli/schema/docket.config.schema.json';
const CONFIG_FILES = [CONFIG_FILE, 'docket.config.yaml', 'docket.config.yml'];
export const DEFAULT_ADR_FOLDER = 'docs/adr';
/** Who ADR 1 names as deciding when neither --author nor git's user.name says. */
const DEFAULT_FIRST_DECIDERS = ['The maintainers of this repository'];

export interface InitOptions {
  adrDir?: string;
  template?: string;
  author?: string[];
}

const DIALECT_NAMES: Record<NonNullable<RecordDialect>, string> = {
  docket: "docket's review format",
  madr: 'MADR format',
  nygard: 'Nygard / adr-tools format',
};

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function describeLayout(layout: FolderLayout, root: string): Promise<string> {
  const where = displayPath(layout.folder.path, root);
  const source = CONVENTIONAL_SOURCE.test(layout.folder.source) ? '' : ` (named by ${layout.folder.source})`;
  const count = `${layout.records.length} record${layout.records.length === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const dialect = await layout.dialect();
  if (dialect) parts.push(DIALECT_NAMES[dialect]);
  const naming = layout.naming;
  parts.push(
    naming.kind === 'date'
      ? 'files named by date (YYYYMMDD-title.md)'
      : naming.width > 1
        ? `numbers ${naming.width} digits wide`
        : 'numbers without leading zeros',
  );
  if (layout.toolTemplate) parts.push(`template ${displayPath(layout.toolTemplate, root)}`);
  return `Found ${count} in ${where}${source}: ${parts.join(', ')}. docket new will follow them.`;
}

const CONVENTIONAL_SOURCE = /^(?:docs\/adr|docs\/decisions|doc\/adr|adr)$/;

/** Which folder to set up: --adr-dir, else the first folder that holds records, else the first found, else docs/adr. */
async function chooseFolder(root: string, options: InitOptions): Promise<AdrFolder> {
  if (options.adrDir !== undefined) {
    return { path: resolve(root, options.adrDir), source: '--adr-dir' };
  }
  const found = await findAdrFolders(root);
  for (const folder of found) {
    if ((await inspectFolder(folder)).records.length > 0) return folder;
  }
  return found[0] ?? { path: join(root, DEFAULT_ADR_FOLDER), source: DEFAULT_ADR_FOLDER };
}

/** ADR 1 needs slots for its answers: a template without them gives way to the built-in of its kind. */
async function firstDecisionTemplate(
  requested: string | undefined,
  root: string,
  layout: FolderLayout,
): Promise<ResolvedTemplate> {
  const template = await resolveTemplate(requested, { cwd: root, templatesDir: null, layout });
  const syntax = templateSyntax(template.text);
  if (syntax === 'mustache') return template;
  return resolveTemplate(syntax === 'adr-tools' ? 'nygard' : 'madr', {
    cwd: root,
    templatesDir: null,
    layout,
  });
}

function toConfigPath(path: string, root: string): string {
  const rel = relative(root, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** Files and folders this run created, removed again when a later step fails. */
class Created {
  private readonly paths: { path: string; dir: boolean }[] = [];
  file(path: string) {
    this.paths.push({ path, dir: false });
  }
  async dir(path: string) {
    const first = await mkdir(path, { recursive: true });
    if (first) {
      // mkdir returns the first folder it had to create; remember each one down to `path`.
      let current = path;
      const made: string[] = [];
      while (current.length >= first.length) {
        made.unshift(current);
        if (current === first) break;
        current = dirname(current);
      }
      for (const dir of made) this.paths.push({ path: dir, dir: true });
    }
  }
  async rollback() {
    for (const { path, dir } of this.paths.reverse()) {
      await (dir ? rmdir(path) : rm(path, { force: true })).catch(() => undefined);
    }
  }
}

function writeError(error: unknown, root: string): Error {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
    const where = err.path ? displayPath(err.path, root) : root;
    return new UsageError(`cannot write ${where}: permission denied; nothing was created`);
  }
  if (err.code === 'ENOTDIR' || err.code === 'EEXIST') {
    const where = err.path ? displayPath(err.path, root) : root;
    return new UsageError(`cannot create folder ${where}: a file is in the way; nothing was created`);
  }
  return error as Error;
}

export async function runInit(
  dir: string | undefined,
  options: InitOptions,
  io: ResolvedIo,
): Promise<number> {
  const root = resolve(io.cwd, dir ?? '.');
  if ((await kindOf(root)) === 'file') throw new UsageError(`${dir} is a file; give the folder to set up`);
  if (options.adrDir !== undefined && options.adrDir.trim() === '') {
    throw new UsageError('--adr-dir needs a folder path, e.g. --adr-dir docs/decisions');
  }
  const lines: string[] = [];
  const folder = await chooseFolder(root, options);
  const layout = await inspectFolder(folder);
  const folderKind = await kindOf(folder.path);
  if (folderKind === 'file') {
    throw new UsageError(
      `${displayPath(folder.path, io.cwd)} is a file, not an ADR folder; choose another with --adr-dir`,
    );
  }
  if (layout.records.length > 0) lines.push(await describeLayout(layout, root));

  const existingConfig = [];
  for (const name of CONFIG_FILES) if (await kindOf(join(root, name))) existingConfig.push(name);

  // Everything that can fail before writing is decided here.
  let firstRecord: { path: string; text: string } | null = null;
  if (layout.records.length === 0) {
    const template = await firstDecisionTemplate(options.template, root, layout);
    const date = isoDate(io.now());
    const authors = options.author?.length
      ? options.author
      : [(await gitUserName(root, io.env)) ?? DEFAULT_FIRST_DECIDERS[0]].filter((n): n is string => !!n);
    let text: string;
    try {
      text = renderTemplate(
        template.text,
        {
          number: 1,
          width: layout.naming.kind === 'number' ? layout.naming.width : 4,
          title: FIRST_DECISION_TITLE,
          date,
          status: 'accepted',
          authors,
        },
        firstDecision(date),
      );
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(`template ${template.name}: ${error.message}`);
      throw error;
    }
    const name = recordFileName(layout.naming, 1, date, slugify(FIRST_DECISION_TITLE));
    firstRecord = { path: join(folder.path, name), text };
  }
  const config = `${JSON.stringify({ $schema: CONFIG_SCHEMA_REF, adrFolders: [toConfigPath(folder.path, root)] }, null, 2)}\n`;

  const created = new Created();
  try {
    // The ADR folder may lie outside dir (--adr-dir ../decisions): dir itself must exist for the config.
    await created.dir(root);
    if (!folderKind) {
      await created.dir(folder.path);
      lines.push(`Created ${displayPath(folder.path, io.cwd)}/`);
    }
    if (existingConfig.length > 0) {
      lines.push(`Kept ${existingConfig.join(', ')}: docket never overwrites a config file.`);
    } else {
      const path = join(root, CONFIG_FILE);
      if (await createExclusive(path, config)) {
        created.file(path);
        lines.push(`Created ${displayPath(path, io.cwd)}`);
      } else {
        lines.push(`Kept ${CONFIG_FILE}: docket never overwrites a config file.`);
      }
    }
    if (firstRecord) {
      if (await createExclusive(firstRecord.path, firstRecord.text)) {
        created.file(firstRecord.path);
        lines.push(`Created ${displayPath(firstRecord.path, io.cwd)}`);
      } else {
        lines.push(`Kept ${displayPath(firstRecord.path, io.cwd)}: it already exists.`);
      }
    }
  } catch (error) {
    await created.rollback();
    throw writeError(error, io.cwd);
  }
  lines.push('Next: docket new "Title of your next decision"');
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export function registerInit(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description('Set a repository up for ADRs: the ADR folder, docket.config.json and ADR 1')
    .argument('[dir]', 'the repository to set up (default: the current directory)')
    .option(
      '--adr-dir <folder>',
      `the ADR folder, relative to dir (default: the existing one, else ${DEFAULT_ADR_FOLDER})`,
    )
    .option(
      '-t, --template <name>',
      'template for ADR 1 (default: the one matching existing records, else review)',
    )
    .option(
      '--author <name>',
      'who decided ADR 1 (repeatable; default: git user.name)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (dir: string | undefined, options: InitOptions) => {
      setExitCode(await runInit(dir, options, io));
    });
}
