// `docket site build` and `docket site serve`: the decision log as a static site.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DocketConfig } from '@docket/core';
import { type Command, Option } from 'commander';
import { EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { CONVENTIONAL_FOLDERS, displayPath } from '../discover.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import { DEFAULT_PORT, DEFAULT_TITLE, parsePort } from '../site/settings.js';
import { PRESETS, parseToday } from './lint.js';

export const DEFAULT_OUT = 'adr-site';

export interface SiteBuildOptions {
  out: string;
  title?: string;
  preset?: DocketConfig['preset'];
  today?: string;
  git: boolean;
}

export interface SiteSetup {
  root: string;
  folders: string[];
  config: DocketConfig;
}

/** The folders to build and the lint configuration, from the arguments or the project. */
export async function siteSetup(
  folders: readonly string[],
  options: Pick<SiteBuildOptions, 'preset' | 'today'>,
  io: ResolvedIo,
  projectOptions: LoadProjectOptions = {},
): Promise<SiteSetup> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptions });
  const config: DocketConfig = { ...project.config };
  if (options.preset) config.preset = options.preset;
  if (options.today !== undefined) config.today = parseToday(options.today);
  if (folders.length > 0) {
    const resolved: string[] = [];
    for (const folder of folders) {
      const path = resolve(io.cwd, folder);
      const info = await stat(path).catch(() => null);
      if (!info) throw new UsageError(`no such folder: ${folder}`);
      if (!info.isDirectory()) throw new UsageError(`${folder} is a file; docket site takes ADR folders`);
      resolved.push(path);
    }
    return { root: project.root, folders: [...new Set(resolved)], config };
  }
  if (project.adrFolders.length === 0) {
    throw new UsageError(
      `no ADR folder found in ${io.cwd} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); pass the ADR folders to build`,
    );
  }
  return { root: project.root, folders: project.adrFolders.map((f) => f.path), config };
}

export async function runSiteBuild(
  folders: string[],
  options: SiteBuildOptions,
  io: ResolvedIo,
  projectOptions: LoadProjectOptions = {},
): Promise<number> {
  const setup = await siteSetup(folders, options, io, projectOptions);
  const out = resolve(io.cwd, options.out);
  // The builder (HTML rendering, search index) loads only when a site is built.
  const { buildSite } = await import('../site/build.js');
  const result = await buildSite({
    cwd: io.cwd,
    root: setup.root,
    folders: setup.folders,
    out,
    title: options.title,
    config: setup.config,
    rules: io.rules,
    git: options.git,
  });
  const { records, sections } = result.model;
  const where = displayPath(resolve(out, 'index.html'), io.cwd);
  io.stdout.write(
    `Built the decision site: ${records.length} ${records.length === 1 ? 'record' : 'records'}` +
      `${sections.length > 1 ? ` in ${sections.length} sections` : ''}, ${result.summary.written} files written, ` +
      `${result.summary.unchanged} unchanged, ${result.summary.removed} removed. Open ${where}\n`,
  );
  return EXIT_OK;
}

export interface SiteServeOptions extends Omit<SiteBuildOptions, 'out'> {
  out?: string;
  port: string;
}

export async function runSiteServe(
  folders: string[],
  options: SiteServeOptions,
  io: ResolvedIo,
  projectOptions: LoadProjectOptions = {},
): Promise<number> {
  const port = parsePort(options.port);
  const setup = await siteSetup(folders, options, io, projectOptions);
  const { serveSite } = await import('../site/serve.js');
  await serveSite({
    cwd: io.cwd,
    root: setup.root,
    folders: setup.folders,
    out: options.out === undefined ? undefined : resolve(io.cwd, options.out),
    title: options.title,
    config: setup.config,
    rules: io.rules,
    git: options.git,
    port,
    signal: io.signal,
    log: (line) => io.stdout.write(`${line}\n`),
    warn: (line) => io.stderr.write(`${line}\n`),
  });
  return EXIT_OK;
}

function siteOptions(command: Command): Command {
  return command
    .option('--title <text>', `the site's title (default: "${DEFAULT_TITLE}")`)
    .addOption(new Option('--preset <name>', 'rule preset for findings and readiness').choices(PRESETS))
    .option('--today <date>', 'the date date-aware rules treat as today (YYYY-MM-DD)')
    .option('--no-git', 'do not read first and last commit dates from git');
}

export function registerSite(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  const site = program.command('site').description('Build or serve a browsable site of the decision log');
  siteOptions(
    site
      .command('build')
      .description(
        'Write the decision log as a static site (plain files; works from any sub-path and from file://)',
      )
      .argument('[folders...]', 'ADR folders, one section each (default: the repository ADR folders)')
      .option('-o, --out <dir>', 'output folder', DEFAULT_OUT),
  ).action(async (folders: string[], options: SiteBuildOptions, command: Command) => {
    setExitCode(await runSiteBuild(folders, options, io, projectOptions(command, io.rules)));
  });
  siteOptions(
    site
      .command('serve')
      .description('Serve the site on 127.0.0.1, rebuild it when a record changes and reload open pages')
      .argument('[folders...]', 'ADR folders, one section each (default: the repository ADR folders)')
      .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
      .option('-o, --out <dir>', 'also keep the built site in this folder (default: a temporary folder)'),
  ).action(async (folders: string[], options: SiteServeOptions, command: Command) => {
    setExitCode(await runSiteServe(folders, options, io, projectOptions(command, io.rules)));
  });
}
