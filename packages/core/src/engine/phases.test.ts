// The two halves of a run (per-document rules, repository rules) must give exactly what the
// single-call engine gives, also when the repository slices went through JSON (the lint cache).
import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { allRules } from '../rules/index.js';
import { resolveConfig } from './config.js';
import { fileResult, lintDocument, lintDocuments, lintRepository, repositoryView } from './lint.js';

const record = (status: string, extra = '') =>
  [
    '---',
    `status: ${status}`,
    '---',
    '',
    '# Use Postgres for billing',
    '',
    '## Considered Options',
    '',
    '* Postgres',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Postgres". TODO: say why.',
    extra,
  ].join('\n');

const sources = [
  { path: 'adr/0001-use-postgres.md', text: record('accepted') },
  { path: 'adr/0001-use-kafka.md', text: record('superseded') },
  { path: 'adr/0002-use-redis.md', text: record('proposed', '\nSee [ADR 1](0001-use-postgres.md).') },
];
const documents = sources.map((source) => parseAdr(source));
const resolved = resolveConfig({ today: '2026-01-15' }, allRules);

describe('repositoryView', () => {
  it('keeps only the fields repository rules read, and survives a JSON round trip unchanged', () => {
    const view = repositoryView(documents[2] as (typeof documents)[number]);
    expect(Object.keys(view).sort()).toEqual([
      'comments',
      'language',
      'links',
      'metadata',
      'number',
      'path',
      'problems',
      'status',
      'title',
    ]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('lintDocument and lintRepository', () => {
  it('split the rules by scope: document rules per record, repository rules across records', () => {
    const perDocument = documents.map((d) => lintDocument(d, resolved));
    expect(perDocument.flat().some((f) => f.ruleId === 'number-unique')).toBe(false);
    expect(perDocument[0]?.map((f) => f.ruleId)).toContain('options-min-two');
    // A superseded record is history: review rules skip it, structural ones still run.
    expect(perDocument[1]?.map((f) => f.ruleId)).not.toContain('options-min-two');
    expect(perDocument[1]?.map((f) => f.ruleId)).toContain('no-placeholders');

    const views = documents.map(repositoryView);
    const cross = lintRepository(views, resolved);
    expect([...cross.values()].map((list) => list.map((f) => f.ruleId))).toEqual([
      ['number-unique'],
      // Superseded without naming its successor.
      ['number-unique', 'links-resolve'],
      [],
    ]);
  });

  it('reports repository findings only for the records named in `only`', () => {
    const views = documents.map(repositoryView);
    const cross = lintRepository(views, resolved, { only: new Set(['adr/0001-use-kafka.md']) });
    expect([...cross.keys()].map((v) => v.path)).toEqual(['adr/0001-use-kafka.md']);
    expect(cross.get(views[1] as (typeof views)[number])?.map((f) => f.ruleId)).toEqual([
      'number-unique',
      'links-resolve',
    ]);
  });

  it('recombine into the results of lintDocuments, also from JSON-restored slices', () => {
    const whole = lintDocuments(documents, resolved);
    const restored = documents.map((d) => JSON.parse(JSON.stringify(repositoryView(d))));
    const cross = lintRepository(restored, resolved);
    const recombined = documents.map((d, i) =>
      fileResult(d, [...lintDocument(d, resolved), ...(cross.get(restored[i]) ?? [])], resolved),
    );
    expect(recombined).toEqual(whole);
    expect(whole.flatMap((r) => r.findings).length).toBeGreaterThan(4);
  });
});

describe('fileResult', () => {
  it('sorts findings by line, column and rule, keeping one rule’s order at one spot, and counts them', () => {
    const finding = (line: number, ruleId: string, severity: 1 | 2, message = '') => ({
      ruleId,
      severity,
      messageId: 'm',
      message,
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
    });
    const result = fileResult(
      { path: 'a.md', status: null, comments: [] },
      [finding(3, 'b', 2), finding(1, 'z', 1, 'first'), finding(1, 'a', 2), finding(1, 'z', 1, 'second')],
      resolved,
    );
    expect(result.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      '1 a ',
      '1 z first',
      '1 z second',
      '3 b ',
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([2, 2]);
  });
});
