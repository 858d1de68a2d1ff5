import { adr, ruleTester } from '../../test/rule-tester.js';
import { noHypeClaims } from './no-hype-claims.js';

/** MADR 4 with `lines` under the outcome, which starts on line 9. */
const madr4 = (...lines: string[]) =>
  adr(
    '---',
    'status: proposed',
    '---',
    '# Use Cassandra for events',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Cassandra".',
    ...lines,
  );

/** Nygard with `lines` in the context, which starts on line 9. */
const nygard = (...lines: string[]) =>
  adr('# 4. Use Kubernetes', '', '## Status', '', 'Accepted', '', '## Context', '', ...lines);

ruleTester(noHypeClaims, {
  valid: [
    { name: 'MADR 4: a measured claim', text: madr4('It held 20,000 writes/s on 3 nodes in our test.') },
    {
      name: 'MADR 4: a named downside',
      text: madr4('* Bad, because compaction pauses writes for up to 2 s.'),
    },
    {
      name: 'MADR 2: inside a code span',
      text: adr(
        '# Pick a name',
        '',
        '* Status: accepted',
        '',
        'We tag images `future-proof` and `best-practice`.',
      ),
    },
    {
      name: 'Nygard: inside a code block',
      text: nygard('```', '# scales infinitely, no downsides', '```'),
    },
    {
      name: 'Nygard: inside a blockquote',
      text: nygard('> Kubernetes is the industry standard for orchestration.'),
    },
    { name: 'Nygard: inside a quotation', text: nygard('The vendor page says it is "infinitely scalable".') },
    {
      name: 'Nygard: reported, not claimed',
      text: nygard('The vendor claims it scales infinitely; our test stopped at 4 nodes.'),
    },
    {
      name: 'Nygard: negated',
      text: nygard('Storing secrets in git is not best practice, so we use Vault.'),
    },
    {
      name: 'log4brains: best practice as a plain noun claims nothing',
      path: 'docs/adr/20240101-opa.md',
      text: adr(
        '# Introduce OPA',
        '',
        '- Status: accepted',
        '',
        '## Context',
        '',
        'We need policies that enforce best practices on tenant namespaces.',
      ),
    },
    {
      name: 'home-grown: a cited title in a link names a source',
      text: adr(
        '# Name services',
        '',
        '## Links',
        '',
        '* [Best Practices for Reusable Bundles](https://example.com/bundles)',
        '* https://example.com/best-practices-for-api-versioning',
      ),
    },
    {
      name: 'home-grown: a company named without an appeal',
      text: adr('# Pick a cloud', '', '## Background', '', 'We run on Google Cloud in europe-west1.'),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: scales infinitely, pointed at the phrase',
      text: madr4('', 'Cassandra scales infinitely, so capacity planning is not needed.'),
      errors: [{ messageId: 'unbounded', line: 10, column: 11, data: { phrase: 'scales infinitely' } }],
    },
    {
      name: 'MADR 4: no downsides and zero risk',
      text: madr4('', '* Good, because the migration has no downsides and is zero-risk.'),
      errors: [
        { messageId: 'noCost', line: 10, column: 31, data: { phrase: 'has no downsides' } },
        { messageId: 'noCost', line: 10, data: { phrase: 'zero-risk' } },
      ],
    },
    {
      name: 'MADR 2: considered best practice',
      text: adr(
        '# Keep secrets encrypted',
        '',
        '* Status: accepted',
        '',
        '## Context and Problem Statement',
        '',
        'It is considered best practice to encrypt them.',
      ),
      errors: [{ messageId: 'authority', line: 7, column: 18, data: { phrase: 'best practice' } }],
    },
    {
      name: 'Nygard: the industry standard, with emphasis markup around it',
      text: nygard('Kubernetes has become **the industry standard** for containers.'),
      errors: [{ messageId: 'authority', line: 9, data: { phrase: 'industry standard' } }],
    },
    {
      name: 'log4brains: Netflix uses it',
      path: 'docs/adr/20240101-use-kafka.md',
      text: adr(
        '# Use Kafka',
        '',
        '- Status: proposed',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Kafka", because Netflix and Uber use it.',
      ),
      errors: [{ messageId: 'authority', line: 7, data: { phrase: 'Netflix and Uber use it' } }],
    },
    {
      name: 'home-grown: future-proof in a list of pros',
      text: adr('# Adopt htmx', '', '## Pros', '', '- Future-proof solution for dynamic pages.'),
      errors: [{ messageId: 'unbounded', line: 5, column: 3, data: { phrase: 'Future-proof' } }],
    },
    {
      // The rule skips blocks without its lower-case anchor words; capitals must not hide a claim.
      name: 'Nygard: claims in capitals',
      text: nygard('IT SCALES INFINITELY, IS RISK-FREE, IS USED BY GOOGLE AND IS THE INDUSTRY STANDARD.'),
      errors: [
        { messageId: 'unbounded', line: 9, data: { phrase: 'SCALES INFINITELY' } },
        { messageId: 'noCost', line: 9, data: { phrase: 'RISK-FREE' } },
        { messageId: 'authority', line: 9, data: { phrase: 'USED BY GOOGLE' } },
        { messageId: 'authority', line: 9, data: { phrase: 'INDUSTRY STANDARD' } },
      ],
    },
  ],
});
