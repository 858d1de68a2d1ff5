// docket's own decisions must pass docket's own recommended preset, written with its review template.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, lintSources } from '../../packages/core/src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Fixed so that the revisit-by dates do not turn this test red on a calendar day; CI lints with the real date. */
const TODAY = '2026-11-21';

const files = readdirSync(HERE)
  .filter((name) => /^\d{4}-.*\.md$/.test(name))
  .sort();
const run = lintSources(
  files.map((name) => ({ path: `docs/adr/${name}`, text: readFileSync(join(HERE, name), 'utf8') })),
  { preset: 'recommended', today: TODAY },
  allRules,
);

/** The sections docket's review template writes, by kind. */
const TEMPLATE_KINDS = [
  'context',
  'constraints',
  'drivers',
  'options',
  'outcome',
  'rejected',
  'consequences',
  'failure',
  'reversibility',
  'revisit',
  'evidence',
];

describe("docket's own ADRs", () => {
  it('are at least five, numbered 1 to n without gaps', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(run.documents.map((document) => document.number?.value)).toEqual(files.map((_, i) => i + 1));
  });

  it.each(files)('%s passes the recommended preset without a finding', (name) => {
    const result = run.results[files.indexOf(name)];
    const findings = result?.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    expect(findings).toEqual([]);
  });

  it.each(files)('%s is accepted and follows the review template', (name) => {
    const document = run.documents[files.indexOf(name)];
    expect(document?.status?.normalized).toBe('accepted');
    const kinds = new Set(document?.sections.map((section) => section.kind));
    expect(TEMPLATE_KINDS.filter((kind) => !kinds.has(kind as never))).toEqual([]);
    for (const key of ['reversibility', 'revisit-by', 'owner', 'decision-makers']) {
      expect(document?.frontmatter?.data, key).toHaveProperty(key);
    }
  });
});
