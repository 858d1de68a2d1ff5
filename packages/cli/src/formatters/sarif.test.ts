import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allRules } from '@docket/core';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fileResult, finding, formatContext } from '../testing/results.js';
import { formatSarif } from './sarif.js';

// The SARIF 2.1.0 schema (draft-04) as @microsoft/jest-sarif ships it: no network at test time.
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
// unicodeRegExp off: one of the schema's patterns (a language tag) is not valid with the u flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const context = formatContext({ rules: allRules });
const results = [
  fileResult(
    '/repo/docs/adr/0001-use kafka#1.md',
    [
      finding({
        ruleId: 'options-min-two',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 20,
        message: 'Only one option.',
      }),
      finding({
        ruleId: 'number-unique',
        severity: 1,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        related: [{ path: '/repo/docs/adr/0001-other.md', line: 1, column: 1, message: 'also number 1' }],
      }),
    ],
    [
      finding({
        ruleId: 'failure-story',
        line: 9,
        suppressions: [{ kind: 'directive', justification: 'imported as written' }],
      }),
    ],
  ),
  fileResult('/repo/docs/adr/0002-clean.md', []),
];

describe('sarif', () => {
  const log = JSON.parse(formatSarif(results, context));
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    expect(validateSarif(broken)).toBe(false);
  });

  it('describes every rule with its metadata and a help link to its docs page', () => {
    expect(run.tool.driver).toMatchObject({ name: 'docket', version: '9.8.7' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    const rule = run.tool.driver.rules[0];
    const meta = allRules[0]?.meta;
    expect(rule).toMatchObject({
      id: meta?.id,
      shortDescription: { text: meta?.description },
      fullDescription: { text: meta?.rationale },
      defaultConfiguration: { level: 'error' },
    });
    expect(rule.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${meta?.id}\\.md$`));
  });

  it('gives each finding a result at its file and region, relative to the working directory', () => {
    const [first, second, suppressed] = run.results;
    expect(first).toMatchObject({
      ruleId: 'options-min-two',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Only one option.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/adr/0001-use%20kafka%231.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 20 },
          },
        },
      ],
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    // An empty span is a point: no end before the start.
    expect(second.level).toBe('warning');
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(second.relatedLocations[0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'docs/adr/0001-other.md' } },
      message: { text: 'also number 1' },
    });
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'imported as written' }]);
    expect(run.results).toHaveLength(3);
  });

  it('names files outside the working directory by file URL', () => {
    const outside = JSON.parse(formatSarif([fileResult('/elsewhere/0001-a.md', [finding()])], context));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///elsewhere/0001-a.md',
    });
    expect(validateSarif(outside)).toBe(true);
  });
});
