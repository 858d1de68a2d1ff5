import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { applyFixes, fixSources } from '../engine/fix.js';
import { lintSources } from '../engine/lint.js';
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

describe('links-resolve --fix: the missing end of a supersede link', () => {
  const onlyThisRule = [linksResolve];
  const config = { rules: { 'links-resolve': 'error' as const } };
  /** Fixes, then fixes the result again; returns both runs' texts by path. */
  const fixTwice = (files: { path: string; text: string }[]) => {
    const first = fixSources(files, config, onlyThisRule);
    const second = fixSources(
      first.fixed.map((file) => ({ path: file.path, text: file.text })),
      config,
      onlyThisRule,
    );
    return { first, second };
  };
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

  it.each([
    {
      dialect: 'Nygard, an accepted record',
      files: [
        { path: OLD, text: nygard(3, 'Use MySQL', 'Accepted') },
        {
          path: NEW,
          text: nygard(9, 'Use PostgreSQL', 'Accepted', '', 'Supersedes [3. Use MySQL](0003-use-mysql.md)'),
        },
      ],
      expected: { path: OLD, line: 'Superseded by [9. Use PostgreSQL](0009-use-postgresql.md)' },
    },
    {
      dialect: 'MADR 4 frontmatter',
      files: [
        {
          path: 'docs/decisions/0002-use-x.md',
          text: adr('---', 'status: superseded', 'superseded-by: 0005-use-y.md', '---', '# Use X'),
        },
        { path: 'docs/decisions/0005-use-y.md', text: adr('---', 'status: accepted', '---', '# Use Y') },
      ],
      expected: { path: 'docs/decisions/0005-use-y.md', line: 'supersedes: 0002-use-x.md' },
    },
    {
      dialect: 'MADR 2 bullets, an accepted record',
      files: [
        {
          path: 'docs/adr/0001-use-a.md',
          text: adr('# Use A', '', '* Status: accepted', '* Date: 2020-01-01'),
        },
        {
          path: 'docs/adr/0002-use-b.md',
          text: adr(
            '# Use B',
            '',
            '* Status: accepted',
            '',
            '## Links',
            '',
            '* Supersedes [ADR-0001](0001-use-a.md)',
          ),
        },
      ],
      expected: { path: 'docs/adr/0001-use-a.md', line: '* Status: superseded by [ADR-0002](0002-use-b.md)' },
    },
    {
      dialect: 'log4brains / MADR 2 bullets',
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
      expected: {
        path: 'docs/adr/20201016-use-slugs.md',
        line: '- Supersedes [Use numbers](20200926-use-numbers.md)',
      },
    },
  ])('$dialect: written once, in the dialect of the record, losing no line', ({ files, expected }) => {
    const { first, second } = fixTwice(files);
    const fixed = first.fixed.find((file) => file.path === expected.path);
    expect(fixed?.fixCount).toBe(1);
    expect(fixed?.text).toContain(expected.line);
    // Lossless: every original line is still there, at most extended; only the old status word
    // gives way, as the fix sets the status to superseded.
    const statusWord = /^(?:[-*] )?(?:status: )?accepted$/i;
    for (const file of first.fixed) {
      const after = lines(file.text);
      for (const line of lines(file.original)) {
        if (!statusWord.test(line)) expect(after.some((kept) => kept.startsWith(line))).toBe(true);
      }
    }
    // Idempotent: the second run finds nothing left to fix and changes nothing.
    expect(second.fixed.map((file) => file.fixCount)).toEqual([0, 0]);
    expect(second.fixed.map((file) => file.text)).toEqual(first.fixed.map((file) => file.text));
    const left = second.results.flatMap((result) => result.findings.map((finding) => finding.messageId));
    expect(left).not.toContain('missingBackLink');
    expect(left).not.toContain('missingForwardLink');
    expect(left).not.toContain('notMarkedSuperseded');
  });

  it('offers the fix in the finding, as lint output shows it', () => {
    const run = lintSources(
      [
        { path: OLD, text: nygard(3, 'Use MySQL', 'Superseded') },
        {
          path: NEW,
          text: nygard(9, 'Use PostgreSQL', 'Accepted', '', 'Supersedes [3. Use MySQL](0003-use-mysql.md)'),
        },
      ],
      config,
      onlyThisRule,
    );
    const finding = run.results[0]?.findings[0];
    expect(finding?.messageId).toBe('missingBackLink');
    const document = run.documents[0];
    if (!finding?.fix || !document) throw new Error('expected a fix on the old record');
    expect(applyFixes(document.text, [finding.fix]).text).toContain(
      'Superseded by [9. Use PostgreSQL](0009-use-postgresql.md)',
    );
  });
});
