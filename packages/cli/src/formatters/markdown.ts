// A summary for a pull-request comment: the counts in a heading, then one table row per finding
// with the rule linked to its docs. Long reports are cut to fit GitHub's comment limit, saying so.
import { type FileResult, ruleDocsUrl } from '@docket/core';
import type { FormatContext } from './index.js';

/** GitHub refuses comments above 65,536 characters; leave room for what a workflow adds around ours. */
export const MARKDOWN_LIMIT = 60_000;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Text safe inside a table cell: no pipes, line breaks or HTML. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

/** A path as inline code, with a fence longer than any backtick run inside it. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}

export function formatMarkdown(results: readonly FileResult[], context: FormatContext): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const suppressed = results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
  const withFindings = results.filter((r) => r.findings.length > 0);
  const records = plural(results.length, 'record');
  const lines: string[] = [];
  if (errors + warnings === 0) {
    lines.push(`### docket: no problems in ${records}`);
  } else {
    const counts = [
      errors > 0 ? plural(errors, 'error') : '',
      warnings > 0 ? plural(warnings, 'warning') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    lines.push(`### docket: ${counts} in ${withFindings.length} of ${records}`);
    lines.push('', '| | Record | Line | Rule | Problem |', '|---|---|---|---|---|');
  }
  let length = lines.join('\n').length;
  let shown = 0;
  const total = errors + warnings;
  rows: for (const result of withFindings) {
    const path = code(context.displayPath(result.filePath));
    for (const f of result.findings) {
      const row = `| ${f.severity === 2 ? '❌' : '⚠️'} | ${path} | ${f.line} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | ${cell(f.message)} |`;
      if (length + row.length + 200 > MARKDOWN_LIMIT) break rows;
      lines.push(row);
      length += row.length + 1;
      shown++;
    }
  }
  if (shown < total) {
    lines.push('', `…and ${plural(total - shown, 'more finding')}; run \`docket lint\` for the full report.`);
  }
  if (suppressed > 0) {
    lines.push('', `${plural(suppressed, 'finding')} suppressed by inline \`docket-disable\` comments.`);
  }
  return `${lines.join('\n')}\n`;
}
