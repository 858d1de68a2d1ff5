// docket's own decisions must pass docket's own recommended preset, written with its review template.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, lintSources, parseAdr } from '../../packages/core/src/index.js';
import { builtInTemplate, DEFAULT_TEMPLATE, renderTemplate } from '../../packages/templates/src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Fixed so that the revisit-by dates do not turn this test red on a calendar day; CI lints with the real date. */
const TODAY = '2026-11-22';

const files = readdirSync(HERE)
  .filter((name) => /^\d{4}-.*\.md$/.test(name))
  .sort();
const run = lintSources(
  files.map((name) => ({ path: `docs/adr/${name}`, text: readFileSync(join(HERE, name), 'utf8') })),
  { preset: 'recommended', today: TODAY },
  allRules,
);

/** The section kinds docket's review template scaffolds, read from the template itself. */
const review = builtInTemplate(DEFAULT_TEMPLATE);
if (!review) throw new Error(`no built-in ${DEFAULT_TEMPLATE} template`);
const TEMPLATE_KINDS = [
  ...new Set(
    parseAdr({
      path: 'docs/adr/0001-template.md',
      text: renderTemplate(review.text, {
        number: 1,
        width: 4,
        title: 'Template',
        date: TODAY,
        status: 'proposed',
        authors: [],
      }),
    }).sections.flatMap((section) => (section.kind ? [section.kind] : [])),
  ),
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

  it('reads the review template as asking the review questions', () => {
    expect(TEMPLATE_KINDS).toEqual(
      expect.arrayContaining(['options', 'failure', 'reversibility', 'revisit', 'evidence']),
    );
  });

  it.each(files)('%s is accepted and follows the review template', (name) => {
    const document = run.documents[files.indexOf(name)];
    expect(document?.status?.normalized).toBe('accepted');
    const kinds = new Set(document?.sections.map((section) => section.kind));
    expect(TEMPLATE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    for (const key of ['reversibility', 'revisit-by', 'owner', 'decision-makers']) {
      expect(document?.frontmatter?.data, key).toHaveProperty(key);
    }
  });
});
