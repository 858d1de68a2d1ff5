import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { linksResolve, normalizePath } from './links-resolve.js';

/** A Nygard record whose Status section (heading line 5) holds `status`, one line each. */
const nygard = (number: number, title: string, ...status: string[]) =>
  adr(
    `# ${number}. ${title}`,
    '',
    'Date: 2024-01-10',
    '',
    '## Status',
    '',
    ...status,
    '',
    '## Context',
    '',
    'Text.',
  );

const OLD = 'doc/adr/0003-use-mysql.md';
const NEW = 'doc/adr/0009-use-postgresql.md';

ruleTester(linksResolve, {
  valid: [
    {
      name: 'Nygard: a supersede written on both records',
      files: [
        {
          path: OLD,
          text: nygard(3, 'Use MySQL', 'Superseded by [9. Use PostgreSQL](0009-use-postgresql.md)'),
        },
        {
          path: NEW,
          text: nygard(9, 'Use PostgreSQL', 'Accepted', '', 'Supersedes [3. Use MySQL](0003-use-mysql.md)'),
        },
      ],
    },
    {
      name: 'log4brains: status and Links section bullets, dated file names',
      files: [
        {
          path: 'docs/adr/20200926-use-numbers.md',
          text: adr(
            '# Use numbers',
            '',
            '- Status: superseded by [20201016-use-slugs](20201016-use-slugs.md)',
          ),
        },
        {
          path: 'docs/adr/20201016-use-slugs.md',
          text: adr(
            '# Use slugs',
            '',
            '- Status: accepted',
            '',
            '## Links',
            '',
            '- Supersedes [20200926-use-numbers](20200926-use-numbers.md)',
          ),
        },
      ],
    },
    {
      name: 'MADR 4: frontmatter supersedes by number and a status that names the successor',
      files: [
        {
          path: 'docs/decisions/0002-use-x.md',
          text: adr('---', 'status: superseded by ADR-0005', '---', '# Use X'),
        },
        {
          path: 'docs/decisions/0005-use-y.md',
          text: adr('---', 'status: accepted', 'supersedes: 2', '---', '# Use Y'),
        },
      ],
    },
    {
      name: 'MADR 2: a link into a folder the run cannot see is not judged',
      files: [
        {
          path: 'docs/adr/0004-use-z.md',
          text: adr(
            '# Use Z',
            '',
            '* Status: accepted',
            '',
            '## Links',
            '',
            '* Relates to [shared platform ADR](../../platform/adr/0001-x.md)',
          ),
        },
      ],
    },
    {
      name: 'home-grown: a link to a file the front end knows exists',
      knownPaths: ['docs/adr/0001-old-record.md'],
      files: [
        {
          path: 'docs/adr/0004-use-z.md',
          text: adr(
            '# Use Z',
            '',
            '## Related Decisions',
            '',
            '* Extends [the old record](0001-old-record.md)',
          ),
        },
      ],
    },
    {
      name: 'supersede checks can be switched off',
      options: { checkSupersedes: false },
      files: [{ path: OLD, text: nygard(3, 'Use MySQL', 'Superseded') }],
    },
  ],
  invalid: [
    {
      name: 'Nygard: a link to a renamed record names the record with that number',
      files: [
        { path: 'doc/adr/0002-use-redis.md', text: nygard(2, 'Use Redis for sessions', 'Accepted') },
        {
          path: 'doc/adr/0004-cache.md',
          text: nygard(4, 'Cache pages', 'Accepted', '', 'Amends [2. Use Redis](0002-use-redis-cache.md)'),
        },
      ],
      errors: [
        {
          messageId: 'broken',
          path: 'doc/adr/0004-cache.md',
          line: 9,
          column: 8,
          data: { target: '0002-use-redis-cache.md', hint: '0002-use-redis.md' },
        },
      ],
    },
    {
      name: 'Nygard: a supersede written on the new record only',
      files: [
        { path: OLD, text: nygard(3, 'Use MySQL', 'Accepted') },
        {
          path: NEW,
          text: nygard(9, 'Use PostgreSQL', 'Accepted', '', 'Supersedes [3. Use MySQL](0003-use-mysql.md)'),
        },
      ],
      errors: [
        {
          messageId: 'missingBackLink',
          path: OLD,
          line: 7,
          data: { otherTitle: '9. Use PostgreSQL', otherLink: '0009-use-postgresql.md' },
        },
      ],
    },
    {
      name: 'MADR 4: linked on both records, but the old status was left as accepted',
      files: [
        {
          path: 'docs/decisions/0002-use-x.md',
          text: adr('---', 'status: accepted', 'superseded-by: 0005-use-y.md', '---', '# Use X'),
        },
        {
          path: 'docs/decisions/0005-use-y.md',
          text: adr('---', 'status: accepted', 'supersedes: 0002-use-x.md', '---', '# Use Y'),
        },
      ],
      errors: [
        {
          messageId: 'notMarkedSuperseded',
          path: 'docs/decisions/0002-use-x.md',
          line: 2,
          data: { other: '0005-use-y.md', status: 'accepted' },
        },
      ],
    },
    {
      name: 'log4brains: a superseded status on the old record only',
      files: [
        {
          path: 'docs/adr/20200926-use-numbers.md',
          text: adr(
            '# Use numbers',
            '',
            '- Status: superseded by [20201016-use-slugs](20201016-use-slugs.md)',
          ),
        },
        { path: 'docs/adr/20201016-use-slugs.md', text: adr('# Use slugs', '', '- Status: accepted') },
      ],
      errors: [
        {
          messageId: 'missingForwardLink',
          path: 'docs/adr/20201016-use-slugs.md',
          line: 1,
          data: { other: '20200926-use-numbers.md' },
        },
      ],
    },
    {
      name: 'MADR 4: superseded without a successor',
      files: [
        { path: 'docs/decisions/0002-use-x.md', text: adr('---', 'status: superseded', '---', '# Use X') },
      ],
      errors: [{ messageId: 'noSuccessor', line: 2 }],
    },
    {
      name: 'MADR 2: a number that names no record',
      files: [
        { path: 'docs/adr/0001-a.md', text: adr('# A', '', '* Status: accepted') },
        { path: 'docs/adr/0002-b.md', text: adr('---', 'status: accepted', 'supersedes: 7', '---', '# B') },
      ],
      errors: [{ messageId: 'brokenNumber', path: 'docs/adr/0002-b.md', line: 3, data: { target: '7' } }],
    },
    {
      name: 'home-grown: a Links section link to a missing sibling',
      files: [
        {
          path: 'adr/0001-a.md',
          text: adr('# A', '', '## References', '', '* See also [Old record](0000-missing.md)'),
        },
        { path: 'adr/0002-b.md', text: adr('# B') },
      ],
      errors: [{ messageId: 'broken', path: 'adr/0001-a.md', line: 5, data: { directory: 'adr', hint: '' } }],
    },
  ],
});

describe('normalizePath', () => {
  it('resolves dots and slashes', () => {
    expect(normalizePath('doc/adr/./../adr/0001-x.md')).toBe('doc/adr/0001-x.md');
    expect(normalizePath('/repo\\doc\\adr//0001-x.md')).toBe('/repo/doc/adr/0001-x.md');
    expect(normalizePath('../x.md')).toBe('../x.md');
  });
});
