import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { applyFixes, fixFromTexts, fixSources } from './fix.js';
import type { DocumentRule } from './types.js';

describe('applyFixes', () => {
  it('applies fixes in position order and defers those that overlap or touch an earlier one', () => {
    const result = applyFixes('abcdefghij', [
      { range: [6, 8], text: 'X' }, // applied
      { range: [0, 2], text: 'Y' }, // applied
      { range: [1, 3], text: 'Z' }, // overlaps [0, 2]
      { range: [2, 4], text: 'T' }, // touches the replacement [0, 2]
      { range: [8, 8], text: 'W' }, // an insertion touching [6, 8]: applied
      { range: [5, 4], text: 'V' }, // inverted
      { range: [9, 99], text: 'U' }, // past the end
    ]);
    expect(result).toEqual({ text: 'YcdefXWij', applied: 3, deferred: 4 });
  });

  it('applies every insertion at one point in the order reported, once each', () => {
    const result = applyFixes('ab', [
      { range: [1, 1], text: '1' },
      { range: [1, 1], text: '2' },
      { range: [1, 1], text: '1' },
      { range: [1, 2], text: 'B' },
    ]);
    expect(result).toEqual({ text: 'a12B', applied: 3, deferred: 0 });
  });

  it('keeps the text when there is nothing to apply', () => {
    expect(applyFixes('same', [])).toEqual({ text: 'same', applied: 0, deferred: 0 });
  });
});

describe('fixFromTexts', () => {
  it('is the smallest edit between two texts', () => {
    expect(fixFromTexts('Status: Acepted\n', 'Status: Accepted\n')).toEqual({ range: [10, 10], text: 'c' });
    expect(fixFromTexts('a\nb\n', 'a\nx\nb\n')).toEqual({ range: [2, 2], text: 'x\n' });
    expect(fixFromTexts('abc', 'abc')).toBeNull();
    const before = 'one two three';
    const after = 'one 2 three';
    const fix = fixFromTexts(before, after);
    expect(fix && applyFixes(before, [fix]).text).toBe(after);
  });
});

/** A Nygard record answering none of the three review questions that have skeletons. */
const nygard = [
  '# 3. Use PostgreSQL',
  '',
  'Date: 2024-02-01',
  '',
  '## Status',
  '',
  'Acepted',
  '',
  '## Context',
  '',
  'We need a relational store for 2,000 orders per second.',
  '',
  '## Decision',
  '',
  'We will use PostgreSQL rather than MySQL, because the team knows it.',
  '',
  '## Consequences',
  '',
  '* Bad, because we run the database ourselves.',
  '',
  '## Links',
  '',
  '* Supersedes [2. Use MySQL](0002-use-mysql.md)',
  '',
].join('\n');

/** MADR 3 with frontmatter, CRLF line endings, a byte-order mark and no final newline. */
const madr = `\uFEFF${[
  '---',
  'status: superceded',
  'date: 2023-05-01',
  '---',
  '# Use Redis for sessions',
  '',
  '## Context and Problem Statement',
  '',
  'Sessions are kept on each node today.',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "Redis", because it is already running.',
].join('\r\n')}`;

const sources = [
  { path: 'docs/adr/0003-use-postgresql.md', text: nygard },
  { path: 'docs/adr/0004-use-redis.md', text: madr },
];

const config = { reviewStatuses: 'all' as const };

/** Every line of `before` appears in `after`, in order: a fix may add lines, never drop or change one. */
function keepsEveryLine(before: string, after: string, changed: Record<string, string>): void {
  const afterLines = after.split(/\r?\n/);
  let cursor = 0;
  for (const line of before.split(/\r?\n/)) {
    const expected = changed[line] ?? line;
    const found = afterLines.indexOf(expected, cursor);
    expect(found, `line "${line}" disappeared`).toBeGreaterThanOrEqual(0);
    cursor = found + 1;
  }
}

describe('fixSources', () => {
  const run = fixSources(sources, config, allRules);
  const [nygardFixed, madrFixed] = run.fixed;

  it('adds the missing section skeletons where the review template puts them, and corrects the status', () => {
    expect(nygardFixed?.text).toBe(
      nygard
        .replace('Acepted', 'Accepted')
        .replace(
          '## Links',
          [
            '## Failure Story',
            '',
            '{How does the chosen design fail, not if but when? What do users see, what does the on-call engineer see, and which alert, fallback or runbook handles it?}',
            '',
            '## Reversibility',
            '',
            '{How would this decision be undone, how long would that take and what would it cost?}',
            '',
            '## Revisit Triggers',
            '',
            '* {a measurable condition that reopens this decision, e.g. more than 5,000 writes per second}',
            '* {an event that reopens it, e.g. when the vendor contract comes up for renewal}',
            '',
            '## Links',
          ].join('\n'),
        ),
    );
    expect(nygardFixed?.fixCount).toBe(4);
  });

  it('keeps the byte-order mark and CRLF line endings, and writes the status in the case it had', () => {
    const text = madrFixed?.text ?? '';
    expect(text.startsWith('\uFEFF---\r\nstatus: superseded\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('\r\n\r\n## Failure Story\r\n\r\n{How does');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('gives a file whose lines end with a bare CR (old Macs) the same fixes, at the same lines, with CRs kept', () => {
    const crOnly = fixSources(
      [{ path: sources[0]?.path ?? '', text: nygard.replaceAll('\n', '\r') }],
      config,
      allRules,
    );
    expect(crOnly.fixed[0]?.text).toBe(nygardFixed?.text.replaceAll('\n', '\r'));
    const lines = (result: { findings: { ruleId: string; line: number }[] } | undefined) =>
      result?.findings.map((finding) => `${finding.ruleId}:${finding.line}`);
    expect(lines(crOnly.results[0])).toEqual(lines(run.results[0]));
  });

  it('keeps a bare CR in a file that mixes it with LF where it was', () => {
    const withBareCr = (text: string) => text.replace('\n\n## Context', '\n\r## Context');
    const mixed = fixSources([{ path: sources[0]?.path ?? '', text: withBareCr(nygard) }], config, allRules);
    expect(mixed.fixed[0]?.text).toBe(withBareCr(nygardFixed?.text ?? ''));
  });

  it('reports what is left after fixing: the prompts are placeholders still to be written', () => {
    const left = run.results.flatMap((result) => result.findings.map((finding) => finding.ruleId));
    expect(left).toContain('no-placeholders');
    expect(left).not.toContain('status-valid');
    for (const result of run.results) {
      expect(result.findings.filter((finding) => finding.messageId === 'missing')).toEqual([]);
    }
  });

  it('is idempotent: fixing the fixed texts changes nothing', () => {
    const again = fixSources(
      run.fixed.map((file) => ({ path: file.path, text: file.text })),
      config,
      allRules,
    );
    expect(again.fixed.map((file) => file.text)).toEqual(run.fixed.map((file) => file.text));
    expect(again.fixed.map((file) => file.fixCount)).toEqual([0, 0]);
  });

  it('is lossless: no original line disappears', () => {
    keepsEveryLine(nygard, nygardFixed?.text ?? '', { Acepted: 'Accepted' });
    keepsEveryLine(madr.slice(1), (madrFixed?.text ?? '').slice(1), {
      'status: superceded': 'status: superseded',
    });
  });

  it('ignores fixes from rules that do not declare meta.fixable', () => {
    const sneaky: DocumentRule = {
      meta: {
        ...(allRules[0] as DocumentRule).meta,
        id: 'sneaky',
        fixable: false,
        category: 'structure',
        messages: { x: 'x' },
      },
      check({ report }) {
        report({ messageId: 'x', fix: { range: [0, 0], text: 'INSERTED' } });
      },
    };
    const result = fixSources([{ path: 'a.md', text: '# A\n' }], {}, [sneaky]);
    expect(result.fixed[0]?.text).toBe('# A\n');
    expect(result.results[0]?.findings[0]?.fix).toEqual({ range: [0, 0], text: 'INSERTED' });
  });

  it('undoes a fix that does not take and stops offering it: a skeleton after an unclosed code fence', () => {
    const text =
      '# 1. Use Redis\n\n## Status\n\nAccepted\n\n## Decision\n\nUse Redis.\n\n```yaml\nredis: 7\n';
    const first = fixSources([{ path: 'docs/adr/0001-use-redis.md', text }], config, allRules);
    // Appended at the end, the skeletons would be code in the fence; nothing is written instead.
    expect(first.fixed[0]).toMatchObject({ text, fixCount: 0 });
    const left = first.results[0]?.findings.map((finding) => finding.ruleId) ?? [];
    expect(left).toEqual(
      expect.arrayContaining(['failure-story', 'reversibility-stated', 'revisit-triggers']),
    );
  });

  it('leaves records without fixable findings as they were (history is not reviewed)', () => {
    const clean = { path: 'x.md', text: '# X\n\n## Status\n\nRejected\n\n## Decision\n\nNot now.\n' };
    const result = fixSources([clean], {}, allRules);
    expect(result.fixed[0]).toEqual({ path: 'x.md', original: clean.text, text: clean.text, fixCount: 0 });
  });
});
