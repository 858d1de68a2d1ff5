// GitHub Actions workflow commands: one `::error` / `::warning` line per finding, which GitHub
// shows as an annotation on the pull request's changed lines. Escaping follows GitHub's runner:
// %, CR and LF in the message; additionally ':' and ',' in property values.
import { relative, sep } from 'node:path';
import type { FileResult } from '@docket/core';
import type { FormatContext } from './index.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations need paths relative to the repository checkout (GITHUB_WORKSPACE), '/'-separated. */
function annotationPath(filePath: string, context: FormatContext): string {
  const root = context.env.GITHUB_WORKSPACE || context.cwd;
  const rel = relative(root, filePath);
  return (rel === '' || rel.startsWith('..') ? filePath : rel).split(sep).join('/');
}

export function formatGithub(results: readonly FileResult[], context: FormatContext): string {
  let output = '';
  for (const result of results) {
    const file = annotationPath(result.filePath, context);
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`docket ${f.ruleId}`)}`,
      ];
      output += `::${f.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(f.message)}\n`;
    }
  }
  return output;
}
