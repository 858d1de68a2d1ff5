import type { FileResult, Rule } from '@docket/core';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { type Colors, formatStylish } from './stylish.js';

export interface FormatContext {
  colors: Colors;
  /** A result's path as people read it: relative to the working directory when inside it. */
  displayPath(filePath: string): string;
  /** The working directory: the base of relative paths in machine formats. */
  cwd: string;
  /** The rules of the run's registry, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  /** docket's version. */
  version: string;
  /** Environment, for formats that adapt to their CI (GITHUB_WORKSPACE). */
  env: Record<string, string | undefined>;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** Output formats by name; the first is the default. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
};

export const FORMAT_NAMES = Object.keys(formatters);
