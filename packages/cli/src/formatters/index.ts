import type { FileResult } from '@docket/core';
import { formatJson } from './json.js';
import { type Colors, formatStylish } from './stylish.js';

export interface FormatContext {
  colors: Colors;
  displayPath(filePath: string): string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** Output formats by name; the first is the default. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
};

export const FORMAT_NAMES = Object.keys(formatters);
