import { adr, ruleTester } from '../../test/rule-tester.js';
import { titlePresent } from './title-present.js';

ruleTester(titlePresent, {
  valid: [
    {
      name: 'MADR 4: frontmatter then title',
      text: adr('---', 'status: accepted', '---', '# Use PostgreSQL for orders'),
    },
    {
      name: 'Nygard numbered title',
      text: adr('# 7. Use Terraform', '', 'Date: 2019-02-01', '', '## Status', '', 'Accepted'),
    },
    { name: 'MADR 2 title with bullets', text: adr('# Use Markdown for records', '', '* Status: accepted') },
    {
      name: 'home-grown ADR-prefixed title',
      text: adr('# ADR 110: Remote mempool', '', '## Status', '', 'Rejected'),
    },
    { name: 'setext title', text: adr('Use Kafka for events', '====================', '', '## Context') },
    {
      name: 'log4brains-style title in frontmatter only',
      text: adr(
        '---',
        'title: Use Lunr for search',
        'status: accepted',
        '---',
        '',
        '## Context',
        '',
        'Text.',
      ),
    },
    { name: 'binary file is left to frontmatter-valid', text: 'PK\u0003\u0004\u0000binary' },
  ],
  invalid: [
    {
      name: 'no heading at all',
      text: adr('This decision record consists of two parts:', '', '- [Renaming](renaming.md)'),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'starts with a known section',
      text: adr('## Decision', '', 'We will use Kafka.', '', '## Rationale', '', 'Because.'),
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'frontmatter and no title',
      text: adr('---', 'status: accepted', '---', '', '## Context', '', 'Text.'),
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'title written as a level-2 heading',
      text: adr('## Use Kafka for events', '', '* Status: accepted', '', '### Context'),
      errors: [{ messageId: 'notLevelOne', line: 1, data: { level: 2, heading: 'Use Kafka for events' } }],
    },
    {
      name: 'empty title heading',
      text: adr('#', '', '## Status', '', 'Accepted'),
      errors: [{ messageId: 'empty', line: 1 }],
    },
  ],
});
