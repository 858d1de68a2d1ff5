// Test support (not built): findings, file results and a format context, for formatter tests.
import type { FileResult, Finding, Rule } from '@docket/core';
import pc from 'picocolors';
import type { FormatContext } from '../formatters/index.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'some-rule',
    severity: 2,
    messageId: 'found',
    message: 'Something is wrong.',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    ...overrides,
  };
}

export function fileResult(filePath: string, findings: Finding[], suppressed?: Finding[]): FileResult {
  const result: FileResult = {
    filePath,
    findings,
    errorCount: findings.filter((f) => f.severity === 2).length,
    warningCount: findings.filter((f) => f.severity === 1).length,
  };
  if (suppressed) result.suppressed = suppressed;
  return result;
}

/** A context for results under /repo, without colors. */
export function formatContext(
  overrides: Partial<FormatContext> & { rules?: readonly Rule[] } = {},
): FormatContext {
  return {
    colors: pc.createColors(false),
    displayPath: (p: string) => p.replace('/repo/', ''),
    cwd: '/repo',
    rules: [],
    version: '9.8.7',
    env: {},
    ...overrides,
  };
}
