// SARIF 2.1.0, the format GitHub code scanning and other security dashboards read: one run, the
// tool's rules with their metadata and help links, one result per finding (suppressed findings
// too, marked as suppressed in source, as SARIF consumers expect).
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, type FileResult, type Finding, type Rule, ruleDocsUrl } from '@docket/core';
import type { FormatContext } from './index.js';

const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning';
const level = (severity: 1 | 2): Level => (severity === 2 ? 'error' : 'warning');

function ruleDescriptor(rule: Rule) {
  const { meta } = rule;
  const url = ruleDocsUrl(meta.id);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.rationale },
    helpUri: url,
    help: {
      text: `${meta.description} See ${url}`,
      markdown: `${meta.description} [Rule documentation](${url})`,
    },
    defaultConfiguration: { level: level(meta.severity === 'error' ? 2 : 1), enabled: meta.recommended },
    properties: { category: meta.category, fixable: meta.fixable, tags: ['adr', meta.category] },
  };
}

/** A path relative to the working directory (the usual repository root in CI), '/'-separated and escaped. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || rel.includes(':')) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(finding: Pick<Finding, 'line' | 'column'> & Partial<Pick<Finding, 'endLine' | 'endColumn'>>) {
  const result: Record<string, number> = { startLine: finding.line, startColumn: finding.column };
  // SARIF regions need an end after the start; an empty span is a point.
  if (finding.endLine !== undefined && finding.endColumn !== undefined) {
    const after =
      finding.endLine > finding.line ||
      (finding.endLine === finding.line && finding.endColumn > finding.column);
    if (after) {
      result.endLine = finding.endLine;
      result.endColumn = finding.endColumn;
    }
  }
  return result;
}

export function formatSarif(results: readonly FileResult[], context: FormatContext): string {
  const rules = [...context.rules];
  const index = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  const toResult = (file: FileResult, finding: Finding) => {
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      level: level(finding.severity),
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file.filePath, context.cwd),
            region: region(finding),
          },
        },
      ],
      properties: { messageId: finding.messageId },
    };
    const ruleIndex = index.get(finding.ruleId);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    if (finding.related?.length) {
      result.relatedLocations = finding.related.map((related, id) => ({
        id,
        physicalLocation: {
          artifactLocation: artifactLocation(related.path, context.cwd),
          region: region(related),
        },
        ...(related.message ? { message: { text: related.message } } : {}),
      }));
    }
    if (finding.suppressions?.length) {
      result.suppressions = finding.suppressions.map((s) => ({
        kind: 'inSource',
        ...(s.justification ? { justification: s.justification } : {}),
      }));
    }
    return result;
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docket',
            version: context.version,
            semanticVersion: context.version,
            informationUri: DOCS_BASE_URL,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((file) => [
          ...file.findings.map((finding) => toResult(file, finding)),
          ...(file.suppressed ?? []).map((finding) => toResult(file, finding)),
        ]),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
