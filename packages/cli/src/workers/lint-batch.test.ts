import { allRules, resolveConfig } from '@docket/core';
import { describe, expect, it } from 'vitest';
import { lintBatch } from './lint-batch.js';

describe('lintBatch', () => {
  it('hands each record its first-commit date, as worker threads receive it in a batch', () => {
    const resolved = resolveConfig(
      { today: '2026-01-15', preset: 'legacy', rules: { 'revisit-overdue': ['warn', { maxAgeMonths: 6 }] } },
      allRules,
    );
    const text = '---\nstatus: accepted\n---\n# Use PostgreSQL for orders\n\n## Decision\n\nPostgreSQL.\n';
    // A structured clone, as postMessage delivers a batch to a worker.
    const batch = structuredClone([
      { path: '/adr/0001-old.md', text, firstCommitted: '2024-02-01' },
      { path: '/adr/0002-unknown.md', text },
    ]);
    const [old, unknown] = lintBatch(batch, resolved);
    const aged = (findings: { ruleId: string; message: string }[] = []) =>
      findings.filter((f) => f.ruleId === 'revisit-overdue').map((f) => f.message);
    expect(aged(old?.findings)).toEqual([
      expect.stringContaining('first committed on 2024-02-01, 1 year 11 months ago'),
    ]);
    expect(aged(unknown?.findings)).toEqual([]);
  });
});
