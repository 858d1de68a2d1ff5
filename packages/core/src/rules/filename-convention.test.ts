import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { filenameConvention, slugify, slugMatchesTitle } from './filename-convention.js';

const madr4 = (title: string) =>
  adr('---', 'status: accepted', '---', `# ${title}`, '', '## Context', '', 'Text.');
const madr2 = (title: string) => adr(`# ${title}`, '', '* Status: accepted', '', '## Context', '', 'Text.');
const nygard = (title: string) => adr(`# ${title}`, '', 'Date: 2024-02-01', '', '## Status', '', 'Accepted');

ruleTester(filenameConvention, {
  valid: [
    {
      name: 'MADR 4: number and slug of the title',
      path: 'docs/decisions/0001-use-postgresql.md',
      text: madr4('Use PostgreSQL'),
    },
    {
      name: 'MADR 2: a slug that abbreviates the title',
      path: 'docs/adr/0012-postgres-for-orders.md',
      text: madr2('Use PostgreSQL as the order database'),
    },
    {
      name: 'Nygard: the title keeps its number',
      path: 'doc/adr/0007-use-redis.md',
      text: nygard('7. Use Redis'),
    },
    {
      name: 'log4brains: a date as the number',
      path: 'docs/adr/20240101-use-nextjs.md',
      text: madr2('Use Next.js'),
    },
    {
      name: 'home-grown: a record in its own dated folder',
      path: 'decision-records/2023-11-27-refactor-protocol-services/README.md',
      text: adr('# Refactor the protocol services'),
    },
    {
      name: 'home-grown: a folder index is not a record',
      path: 'docs/adr/README.md',
      text: adr('# Decision log'),
    },
    {
      name: 'a configured prefix and width',
      options: { prefix: 'adr-', width: 3 },
      path: 'architecture/adr-105-refactor-mempool-senders.md',
      text: nygard('ADR 105: Refactor mempool senders'),
    },
    {
      name: 'the title check can be switched off',
      options: { checkTitle: false },
      path: 'docs/adr/0033-ip-ranges.md',
      text: nygard('33. Networking outline'),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: no number',
      path: 'docs/decisions/use-postgresql.md',
      text: madr4('Use PostgreSQL'),
      errors: [{ messageId: 'noNumber', line: 1, column: 1, data: { suggestion: 'NNNN-use-postgresql.md' } }],
    },
    {
      name: 'MADR 2: upper case and underscores',
      path: 'docs/adr/0001-use-CC0_or_MIT.md',
      text: madr2('Use CC0 or MIT as license'),
      errors: [{ messageId: 'notKebab', line: 1, data: { suggestion: '0001-use-cc0-or-mit.md' } }],
    },
    {
      name: 'Nygard: a three-digit number',
      path: 'architecture-decision-record/048-per-business-unit-clusters.md',
      text: nygard('48. Per business unit clusters'),
      errors: [
        { messageId: 'narrowNumber', data: { suggestion: '0048-per-business-unit-clusters.md', digits: 3 } },
      ],
    },
    {
      name: 'Nygard: a prefix the repository did not configure',
      path: 'adr/ADR-18.md',
      text: nygard('URL support for all client options'),
      errors: [
        {
          messageId: 'otherPrefix',
          data: { found: 'ADR-', suggestion: '0018-url-support-for-all-client-options.md' },
        },
      ],
    },
    {
      name: 'log4brains: a dated name with underscores keeps its date',
      path: 'adr/2020_03_03_api_translations.md',
      text: madr2('API translations'),
      errors: [{ messageId: 'notKebab', data: { suggestion: '2020-03-03-api-translations.md' } }],
    },
    {
      name: 'home-grown: a slug that tells another story than the title, reported at the title',
      path: 'docs/adr/0033-ip-ranges.md',
      text: adr('Date: 2018-01-01', '', '# 33. Networking outline'),
      errors: [{ messageId: 'slugMismatch', line: 3, data: { suggestion: '0033-networking-outline.md' } }],
    },
    {
      name: 'home-grown: a folder record named after another decision',
      path: 'decision-records/2022-08-09-project-structure-review/README.md',
      text: adr('# Title of the decision record'),
      errors: [
        { messageId: 'slugMismatch', data: { suggestion: '2022-08-09-title-of-the-decision-record' } },
      ],
    },
  ],
});

describe('slugs', () => {
  it('are what adr-tools writes for a title', () => {
    expect(slugify('Use PostgreSQL (v16) for Orders!')).toBe('use-postgresql-v16-for-orders');
    expect(slugify('Café über Straße')).toBe('cafe-uber-stra-e');
  });

  it('match a title that says the same with longer or shorter words', () => {
    expect(slugMatchesTitle('deploy-with-k8s', 'Deployment with Kubernetes on k8s')).toBe(true);
    expect(slugMatchesTitle('ip-ranges', 'Networking outline')).toBe(false);
    expect(slugMatchesTitle('a-to-b', 'Anything')).toBe(true);
  });
});
