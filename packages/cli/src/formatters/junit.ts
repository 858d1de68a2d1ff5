// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test
// suite per record, one failing test case per finding (warnings too, as ESLint's junit format
// does, with the severity in the failure's type), one passing case for a clean record.
import type { FileResult } from '@docket/core';
import type { FormatContext } from './index.js';

// XML 1.0 cannot carry most control characters, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(results: readonly FileResult[], context: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const name = escapeXml(context.displayPath(result.filePath));
    const cases = result.findings.map((f) => {
      const severity = f.severity === 2 ? 'error' : 'warning';
      const detail = `${f.line}:${f.column} ${severity} ${f.message} (${f.ruleId})`;
      return `    <testcase classname="${name}" name="${escapeXml(`${f.ruleId} at ${f.line}:${f.column}`)}" time="0">\n      <failure type="${severity}" message="${escapeXml(f.message)}">${escapeXml(detail)}</failure>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="docket" time="0"/>`);
    tests += cases.length;
    failures += result.findings.length;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${result.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="docket" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
