// A small rule tester in the spirit of ESLint's RuleTester: every rule's tests go through it,
// so the basics (valid cases clean, invalid cases exact, no unfilled placeholders, no mutation
// of the model) are enforced the same way everywhere.
import { describe, expect, it } from 'vitest';
import { resolveRuleOptions } from '../src/engine/config.js';
import { lintDocuments } from '../src/engine/lint.js';
import type { Finding, Rule } from '../src/engine/types.js';
import { parseAdr } from '../src/parser/parse.js';

export interface SourceCase {
  /** A short name shown by vitest. */
  name: string;
  /** One document ... */
  text?: string;
  path?: string;
  /** ... or several, for repository rules. */
  files?: { path: string; text: string; baseText?: string | null; firstCommitted?: string }[];
  /** The single document's text at the git base (null: a new file); omitted means no comparison. */
  baseText?: string | null;
  /** The single document's first-commit date, as a front end reads it from git. */
  firstCommitted?: string;
  /** Files the front end knows exist besides the linted records. */
  knownPaths?: string[];
  /** For repository rules: records that exist only on the git base branch. */
  baseFiles?: { path: string; text: string }[];
  options?: Record<string, unknown>;
  today?: string;
}

export interface ExpectedFinding {
  messageId: string;
  line?: number;
  column?: number;
  /** For repository rules: the file the finding belongs to. */
  path?: string;
  data?: Record<string, string | number>;
  /** The finding's severity when the rule runs as an error ('warn' for findings a rule lowers). */
  severity?: 'warn' | 'error';
}

export interface InvalidCase extends SourceCase {
  errors: ExpectedFinding[];
}

export function runRule(rule: Rule, testCase: SourceCase): { path: string; finding: Finding }[] {
  const files = testCase.files ?? [
    {
      path: testCase.path ?? '0001-example.md',
      text: testCase.text ?? '',
      baseText: testCase.baseText,
      firstCommitted: testCase.firstCommitted,
    },
  ];
  const documents = files.map((file) => {
    const document = parseAdr({ path: file.path, text: file.text });
    // As the engine does for SourceFile.baseText.
    if (file.baseText !== undefined) document.baseText = file.baseText;
    if (file.firstCommitted !== undefined) document.firstCommitted = file.firstCommitted;
    return document;
  });
  const before = documents.map((d) => JSON.stringify(d));
  const baseDocuments = (testCase.baseFiles ?? []).map((file) => parseAdr(file));
  const results = lintDocuments(
    documents,
    {
      rules: [{ rule, severity: 'error', options: resolveRuleOptions(rule, testCase.options) }],
      settings: {
        lifecycle: ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'],
        reviewStatuses: 'all',
        today: testCase.today ?? '2026-01-15',
        statusAliases: {},
      },
      sectionAliases: {},
      statusAliases: {},
    },
    { baseDocuments, ...(testCase.knownPaths ? { knownPaths: testCase.knownPaths } : {}) },
  );
  documents.forEach((d, i) => {
    if (JSON.stringify(d) !== before[i])
      throw new Error(`Rule ${rule.meta.id} mutated the document model of ${d.path}`);
  });
  return results.flatMap((result) => result.findings.map((finding) => ({ path: result.filePath, finding })));
}

/** Data a rule passes to a message must fill every placeholder. */
function expectFilled(finding: Finding) {
  expect(finding.message, `unfilled placeholder in "${finding.message}"`).not.toMatch(/\{\{\s*\w+\s*\}\}/);
}

export function ruleTester(rule: Rule, cases: { valid: SourceCase[]; invalid: InvalidCase[] }) {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const findings = runRule(rule, testCase);
          expect(
            findings.map((f) => `${f.finding.messageId} L${f.finding.line}: ${f.finding.message}`),
          ).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const findings = runRule(rule, testCase);
          expect(
            findings.length,
            findings.map((f) => `${f.finding.messageId} L${f.finding.line}`).join(', '),
          ).toBe(testCase.errors.length);
          testCase.errors.forEach((expected, i) => {
            const actual = findings[i] as { path: string; finding: Finding };
            expectFilled(actual.finding);
            expect(actual.finding.messageId).toBe(expected.messageId);
            if (expected.line !== undefined) expect(actual.finding.line).toBe(expected.line);
            if (expected.column !== undefined) expect(actual.finding.column).toBe(expected.column);
            if (expected.path !== undefined) expect(actual.path).toBe(expected.path);
            if (expected.severity !== undefined)
              expect(actual.finding.severity).toBe(expected.severity === 'error' ? 2 : 1);
            if (expected.data) {
              const message = rule.meta.messages[expected.messageId] as string;
              for (const [key, value] of Object.entries(expected.data)) {
                expect(message, `message ${expected.messageId} has no {{${key}}}`).toContain(`{{${key}}}`);
                expect(actual.finding.message).toContain(String(value));
              }
            }
          });
        });
      }
    });
  });
}

/** Builds ADR text from lines, so test cases stay readable. */
export function adr(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
