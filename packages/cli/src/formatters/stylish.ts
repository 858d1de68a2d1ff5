// ESLint's `stylish` report: each file with problems, one aligned row per finding, then a summary.
import type { FileResult } from '@docket/core';
import type pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export interface StylishOptions {
  colors: Colors;
  /** Turns a result's absolute path into the one shown. */
  displayPath(filePath: string): string;
}

// Matches the escape sequences picocolors emits, to measure visible width.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const c = options.colors;
  let output = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity === 2 ? c.red('error') : c.yellow('warning'),
      // One line per finding; ESLint drops a final period too.
      f.message.replace(/\s*\n\s*/g, ' ').replace(/([^ .])\.$/, '$1'),
      f.ruleId,
    ]);
    const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => visibleLength(row[col] ?? ''))));
    output += `\n${c.underline(options.displayPath(result.filePath))}\n`;
    for (const [position = '', severity = '', message = '', ruleId = ''] of rows) {
      output += `  ${c.dim(padEnd(position, widths[0] ?? 0))}  ${padEnd(severity, widths[1] ?? 0)}  ${padEnd(message, widths[2] ?? 0)}  ${c.dim(ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${total} ${pluralize('problem', total)} (${errors} ${pluralize('error', errors)}, ${warnings} ${pluralize('warning', warnings)})`;
  output += `\n${c.bold(errors > 0 ? c.red(summary) : c.yellow(summary))}\n`;
  return output;
}
