// ESLint's `json` report, so tools that read ESLint results read docket's.
import type { FileResult, Finding } from '@docket/core';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Finding['fix'];
  related?: Finding['related'];
  /** On suppressed messages: the inline comment's reason, as ESLint reports it. */
  suppressions?: Finding['suppressions'];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
}

function toMessage(finding: Finding): JsonMessage {
  const message: JsonMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    messageId: finding.messageId,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
  if (finding.fix) message.fix = finding.fix;
  if (finding.related) message.related = finding.related;
  if (finding.suppressions) message.suppressions = finding.suppressions;
  return message;
}

export function toJsonResults(results: readonly FileResult[]): JsonResult[] {
  return results.map((result) => ({
    filePath: result.filePath,
    messages: result.findings.map(toMessage),
    suppressedMessages: (result.suppressed ?? []).map(toMessage),
    errorCount: result.errorCount,
    fatalErrorCount: 0,
    warningCount: result.warningCount,
    fixableErrorCount: result.findings.filter((f) => f.fix && f.severity === 2).length,
    fixableWarningCount: result.findings.filter((f) => f.fix && f.severity === 1).length,
    usedDeprecatedRules: [],
  }));
}

/** Every file, with or without findings, with its absolute path (as ESLint prints it). */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonResults(results))}\n`;
}
