import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { lintSources } from '../engine/lint.js';
import type { DocketConfig } from '../engine/types.js';
import { statusValid } from './status-valid.js';

ruleTester(statusValid, {
  valid: [
    {
      name: 'MADR 4 frontmatter',
      text: adr('---', 'status: accepted', 'date: 2024-05-02', '---', '# Use PostgreSQL for orders'),
    },
    {
      name: 'log4brains bullets with an alias (Approved)',
      text: adr(
        '# Use Lunr for search',
        '',
        '- Status: Approved',
        '- Date: 2020-11-03',
        '',
        '## Context',
        '',
        'Text.',
      ),
    },
    {
      name: 'MADR 2 bullets',
      text: adr(
        '# Use Markdown for records',
        '',
        '* Status: accepted',
        '* Deciders: Ana, Ben',
        '',
        '## Context',
      ),
    },
    {
      name: 'Nygard status section',
      text: adr(
        '# 3. Use Terraform',
        '',
        'Date: 2019-02-01',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Text.',
      ),
    },
    {
      name: 'Nygard superseded with a link',
      text: adr(
        '# 3. Use Chef',
        '',
        '## Status',
        '',
        'Superseded by [9. Use Ansible](0009-use-ansible.md)',
        '',
        '## Context',
      ),
    },
    {
      name: 'status with a date after it',
      text: adr('# Title', '', '## Status', '', 'Accepted on 2021-03-01', '', '## Context'),
    },
    {
      name: 'status with a date before it',
      text: adr('# Title', '', '## Status', '', '2021-03-01: Accepted', '', '## Context'),
    },
    {
      name: 'a status history whose latest entry is a lifecycle status',
      text: adr(
        '# Title',
        '',
        '## Status',
        '',
        '* 2021-01-04 Draft',
        '* 2021-03-01 Approved',
        '',
        '## Context',
      ),
    },
    {
      name: 'qualified status (Partly superseded)',
      text: adr('# Title', '', '## Status', '', 'Partly superseded by [12](0012-x.md)', '', '## Context'),
    },
    {
      name: 'home-grown metadata table under the title',
      text: adr(
        '# Purge streams',
        '',
        '|Metadata|Value|',
        '|--------|-----|',
        '|Date    |2021-06-30|',
        '|Status  |Partially Implemented|',
        '',
        '## Context',
        '',
        'Text.',
      ),
    },
    {
      name: 'metadata table outranks a Status heading deeper in the body',
      text: adr(
        '# KV',
        '',
        '| Metadata | Value |',
        '|---|---|',
        '| Status | Implemented |',
        '',
        '## Design',
        '',
        '### Status',
        '',
        'This is the status of the bucket as a whole.',
      ),
    },
    {
      name: 'template guidance quoted above the status',
      text: adr(
        '# Title',
        '',
        '## Status',
        '',
        '> A decision may be "proposed" if it has not been agreed upon yet.',
        '',
        'Accepted',
        '',
        '## Context',
      ),
    },
    {
      name: 'broken frontmatter that holds a status is left to frontmatter-valid',
      text: adr('---', 'status: accepted', 'tags: [a, b', '---', '# Title'),
    },
    { name: 'binary file is left to frontmatter-valid', text: 'PK\u0003\u0004\u0000binary' },
  ],
  invalid: [
    {
      name: 'no status at all: points at the title',
      text: adr('# Use Kafka for events', '', '## Context', '', 'Text.'),
      errors: [{ messageId: 'missing', line: 1, data: { example: '"## Status" section' } }],
    },
    {
      name: 'frontmatter without status: suggests the frontmatter key',
      text: adr('---', 'date: 2024-05-02', '---', '# Use Kafka for events'),
      errors: [{ messageId: 'missing', line: 4, data: { example: '`status: proposed` to the frontmatter' } }],
    },
    {
      name: 'MADR 2 bullets without status: suggests a bullet',
      text: adr('# Use Kafka', '', '* Deciders: Ana', '* Date: 2020-01-01', '', '## Context'),
      errors: [{ messageId: 'missing', line: 1, data: { example: '`* Status: proposed`' } }],
    },
    {
      name: 'an empty Nygard status section: points at it',
      text: adr(
        '# ADR 041: Proposer selection',
        '',
        '## Decision',
        '',
        '## Status',
        '',
        '## Consequences',
        '',
        'Text.',
      ),
      errors: [{ messageId: 'emptySection', line: 5, data: { allowed: 'draft, proposed' } }],
    },
    {
      name: 'unknown frontmatter status',
      text: adr('---', 'status: on hold', '---', '# Title'),
      errors: [
        { messageId: 'unknown', line: 2, data: { status: 'on hold', allowed: 'draft, proposed, accepted' } },
      ],
    },
    {
      name: 'a misspelled status word, with a fix',
      text: adr('# 1. Title', '', '## Status', '', 'Superceded by [2. Other](0002-other.md)'),
      errors: [{ messageId: 'misspelled', line: 5, data: { written: 'Superceded', correct: 'Superseded' } }],
    },
    {
      name: 'a misspelled status word after a date, with a fix',
      text: adr('# 1. Title', '', '## Status', '', '2021-03-01 Acepted'),
      errors: [{ messageId: 'misspelled', line: 5, data: { written: 'Acepted', correct: 'Accepted' } }],
    },
    {
      name: 'an unknown status after a date',
      text: adr('# 1. Title', '', '## Status', '', '2021-03-01: Parked'),
      errors: [{ messageId: 'unknown', line: 5, data: { status: '2021-03-01: Parked' } }],
    },
    {
      name: 'unknown bullet status',
      text: adr('# Title', '', '* Status: maybe later', '', '## Context'),
      errors: [{ messageId: 'unknown', line: 3, column: 1, data: { status: 'maybe later' } }],
    },
    {
      name: 'unknown Nygard status',
      text: adr(
        '# 34. EKS Fargate',
        '',
        'Date: 2022-01-01',
        '',
        '## Status',
        '',
        '🤔 Incomplete',
        '',
        '## Context',
      ),
      errors: [{ messageId: 'unknown', line: 7 }],
    },
    {
      name: 'the template choice list left as the status',
      text: adr(
        '# Title',
        '',
        '## Status',
        '',
        '> A decision may be "proposed" ...',
        '',
        '{Deprecated|Proposed|Accepted}',
        '',
        '## Context',
      ),
      errors: [{ messageId: 'several', line: 7, data: { status: '{Deprecated|Proposed|Accepted}' } }],
    },
    {
      name: 'MADR 2 template status line',
      text: adr('# Title', '', '* Status: [proposed | rejected | accepted | deprecated]', '', '## Context'),
      errors: [{ messageId: 'several', line: 3 }],
    },
  ],
});

describe('status-valid with a project lifecycle and status aliases', () => {
  const run = (text: string, config: DocketConfig) =>
    lintSources([{ path: '0001-x.md', text }], { ...config, rules: { 'status-valid': 'error' } }, [
      statusValid,
    ]).results[0]?.findings ?? [];

  it('accepts a status word of its own', () => {
    expect(run(adr('# Title', '', '* Status: trial', ''), { lifecycle: ['trial', 'accepted'] })).toEqual([]);
  });

  it('reports a known status the lifecycle leaves out', () => {
    const findings = run(adr('# Title', '', '* Status: WIP', ''), { lifecycle: ['proposed', 'accepted'] });
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([['outsideLifecycle', 3]]);
    expect(findings[0]?.message).toContain('"draft"');
    expect(findings[0]?.message).toContain('proposed, accepted');
  });

  it("reads a status through the project's aliases", () => {
    const text = adr('# Title', '', '* Status: Ratified', '');
    expect(run(text, {}).map((f) => f.messageId)).toEqual(['unknown']);
    expect(run(text, { statusAliases: { Ratified: 'accepted' } })).toEqual([]);
  });

  it('sees a choice list of project aliases as several statuses', () => {
    const text = adr('# Title', '', '* Status: [ratified | vetoed]', '');
    const config = { statusAliases: { ratified: 'accepted', vetoed: 'rejected' } };
    expect(run(text, config).map((f) => f.messageId)).toEqual(['several']);
  });

  it('reads a lifecycle word as itself rather than as its starter-table meaning', () => {
    const text = adr('# Title', '', '* Status: Approved', '');
    const lifecycle = ['proposed', 'approved', 'retired'];
    expect(run(text, { lifecycle })).toEqual([]);
    const [document] = lintSources([{ path: '0001-x.md', text }], { lifecycle }, [statusValid]).documents;
    expect(document?.status?.normalized).toBe('approved');
  });
});
