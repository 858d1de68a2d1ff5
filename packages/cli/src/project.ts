// The project a command works on: its root, its config and its ADR folders. Every command that
// needs "where are the ADRs and how are they configured" asks here, so config-file support
// (discovery upwards, `--config`, validation) lands in one place.
import type { DocketConfig } from '@docket/core';
import { type AdrFolder, findAdrFolders } from './discover.js';

export interface Project {
  /** The folder paths are relative to: the config file's folder, else the working directory. */
  root: string;
  /** The config file in use, or null when there is none. */
  configFile: string | null;
  /** Lint configuration for core; command-line flags are merged over it by each command. */
  config: DocketConfig;
  /** ADR folders, configured or discovered; may be empty. */
  adrFolders: AdrFolder[];
}

export interface LoadProjectOptions {
  /** An explicit `--config <file>`. */
  configPath?: string;
}

/** Loads the project seen from `cwd`. Config files are not read yet: folders are discovered. */
export async function loadProject(cwd: string, _options: LoadProjectOptions = {}): Promise<Project> {
  return { root: cwd, configFile: null, config: {}, adrFolders: await findAdrFolders(cwd) };
}
