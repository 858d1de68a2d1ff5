// The project a command works on: its root, its config and its ADR folders. Every command that
// needs "where are the ADRs and how are they configured" asks here: config discovery upwards,
// `--config`, validation and `extends` live behind loadProject (see config/load.ts).
import { basename, dirname, relative, sep } from 'node:path';
import { allRules, type DocketConfig, type Rule } from '@docket/core';
import type { Command } from 'commander';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { loadConfigFile, locateConfigFile } from './config/load.js';
import { type AdrFolder, findAdrFolders } from './discover.js';

export interface Project {
  /** The folder paths are relative to: the config file's folder, else the working directory. */
  root: string;
  /** The config file in use, or null when there is none. */
  configFile: string | null;
  /** Lint configuration for core; command-line flags are merged over it by each command. */
  config: DocketConfig;
  /** ADR folders, configured or discovered; may be empty. A configured folder may not exist yet. */
  adrFolders: AdrFolder[];
  /** The configured templates folder (absolute), or null. */
  templatesDir: string | null;
  /** Absolute globs of files not to lint (the config's `ignore`). */
  ignore: string[];
  /** Whether the config's `ignore` globs cover `file` (absolute), or a folder it is in. */
  isIgnored(file: string): boolean;
}

export interface LoadProjectOptions {
  /** An explicit `--config <file>`; `false` (from `--no-config`) ignores config files. */
  configPath?: string | false;
  /** The rule registry config files are validated against; defaults to every rule docket ships. */
  rules?: readonly Rule[];
}

/** The global options every command shares (`--config`, `--no-config`), read from any command. */
export function projectOptions(command: Command, rules?: readonly Rule[]): LoadProjectOptions {
  const { config } = command.optsWithGlobals() as { config?: string | boolean };
  return { configPath: config === true ? undefined : config, rules };
}

function ignoreMatcher(patterns: string[]): (file: string) => boolean {
  if (patterns.length === 0) return () => false;
  // Globs are matched on '/'-separated absolute paths; a folder pattern covers what is inside it.
  const toPosix = (path: string) => path.split(sep).join('/');
  const matches = picomatch(
    patterns.map((p) => toPosix(p).replace(/\/+$/, '')),
    { dot: true },
  );
  return (file) => {
    let path = toPosix(file);
    for (;;) {
      if (matches(path)) return true;
      const parent = path.slice(0, path.lastIndexOf('/'));
      if (parent === '' || parent === path) return false;
      path = parent;
    }
  };
}

/** Configured folders: plain paths as given (lint reports a missing one), globs expanded to the folders they match. */
async function configuredFolders(patterns: string[], root: string, label: string): Promise<AdrFolder[]> {
  const folders: AdrFolder[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      folders.push({ path: pattern, source: label });
      continue;
    }
    const matches = await glob(relative(root, pattern).split(sep).join('/'), {
      cwd: root,
      absolute: true,
      onlyDirectories: true,
      expandDirectories: false,
      ignore: ['**/node_modules/**'],
    });
    for (const path of matches.sort()) folders.push({ path: path.replace(/[\\/]+$/, ''), source: label });
  }
  return folders;
}

/** Loads the project seen from `cwd`: the config file (named or found upwards) and the ADR folders. */
export async function loadProject(cwd: string, options: LoadProjectOptions = {}): Promise<Project> {
  const file = options.configPath === false ? null : await locateConfigFile(cwd, options.configPath);
  if (!file) {
    return {
      root: cwd,
      configFile: null,
      config: {},
      adrFolders: await findAdrFolders(cwd),
      templatesDir: null,
      ignore: [],
      isIgnored: () => false,
    };
  }
  const loaded = await loadConfigFile(file, cwd, options.rules ?? allRules);
  const root = dirname(file);
  const label = basename(file);
  return {
    root,
    configFile: file,
    config: loaded.config,
    adrFolders: loaded.adrFolders
      ? await configuredFolders(loaded.adrFolders, root, label)
      : await findAdrFolders(root),
    templatesDir: loaded.templates,
    ignore: loaded.ignore,
    isIgnored: ignoreMatcher(loaded.ignore),
  };
}
