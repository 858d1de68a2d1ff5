import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect, recordHead } from '../../test/dialects.js';
import { adr, ruleTester, runRule } from '../../test/rule-tester.js';
import { noPlaceholders } from './no-placeholders.js';

// Unfilled templates, in the shapes the tools generate them. Each line that still holds a
// prompt ends in "@" + the expected message id; the tests strip the tags and compare lines.
const MADR_4_TEMPLATE = `---
# These are optional metadata elements. Feel free to remove any of them.
status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}" @choice
date: {YYYY-MM-DD when the decision was last updated} @prompt
decision-makers: {list everyone involved in the decision} @prompt
consulted: {list everyone whose opinions are sought (typically subject-matter experts); and with whom there is a two-way communication} @prompt
informed: {list everyone who is kept up-to-date on progress; and with whom there is a one-way communication} @prompt
---

# {short title, representative of solved problem and found solution} @prompt

## Context and Problem Statement

{Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story. @prompt
 You may want to articulate the problem in form of a question and add links to collaboration boards or issue management systems.}

<!-- This is an optional element. Feel free to remove. -->
## Decision Drivers

* {decision driver 1, e.g., a force, facing concern, …} @prompt
* {decision driver 2, e.g., a force, facing concern, …} @prompt
* … <!-- numbers of drivers can vary --> @ellipsis

## Considered Options

* {title of option 1} @prompt
* {title of option 2} @prompt
* … <!-- numbers of options can vary --> @ellipsis

## Decision Outcome

Chosen option: "{title of option 1}", because {justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force {force} | … | comes out best (see below)}. @prompt @prompt

### Consequences

* Good, because {positive consequence, e.g., improvement of one or more desired qualities, …} @prompt
* Bad, because {negative consequence, e.g., compromising one or more desired qualities, …} @prompt

### Confirmation

{Describe how the implementation of/compliance with the ADR can/will be confirmed. Is there any automated or manual fitness function? If so, list it and explain how it is applied.} @prompt

## Pros and Cons of the Options

### {title of option 1} @prompt

{example | description | pointer to more information | …} @prompt

* Good, because {argument a} @prompt
<!-- use "neutral" if the given argument weights neither for good nor bad -->
* Neutral, because {argument c} @prompt
* Bad, because {argument d} @prompt

## More Information

{You might want to provide additional evidence/confidence for the decision outcome here and/or @prompt
 document the team agreement on the decision. Links to other decisions and resources might appear here as well.}
`;

const LOG4BRAINS_TEMPLATE = `# [short title of solved problem and solution] @prompt

- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional --> @choice
- Deciders: [list everyone involved in the decision] <!-- optional --> @prompt
- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional --> @prompt
- Tags: [space and/or comma separated list of tags] <!-- optional --> @prompt

Technical Story: [description | ticket/issue URL] <!-- optional --> @prompt

## Context and Problem Statement

[Describe the context and problem statement, e.g., in free form using two to three sentences. You may want to articulate the problem in form of a question.] @prompt

## Decision Drivers <!-- optional -->

- [driver 1, e.g., a force, facing concern, …] @prompt
- … <!-- numbers of drivers can vary --> @ellipsis

## Considered Options

- [option 1] @prompt
- [option 2] @prompt

## Decision Outcome

Chosen option: "[option 1]", because [justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force force | … | comes out best (see below)]. @prompt @prompt

### Positive Consequences <!-- optional -->

- [e.g., improvement of quality attribute satisfaction, follow-up decisions required, …] @prompt

## Pros and Cons of the Options <!-- optional -->

### [option 1] @prompt

[example | description | pointer to more information | …] <!-- optional --> @prompt

- Good, because [argument a] @prompt
- Bad, because [argument c] @prompt

## Links <!-- optional -->

- [Link type] [Link to ADR] <!-- example: Refined by [xxx](yyyymmdd-xxx.md) --> @prompt @prompt
`;

const MADR_2_TEMPLATE = LOG4BRAINS_TEMPLATE.replace(/^- /gm, '* ').replace(/^\* Tags.*\n/m, '');

const ADR_TOOLS_TEMPLATE = `# NUMBER. TITLE @prompt

Date: DATE @prompt

## Status

STATUS @prompt

## Context

The issue motivating this decision, and any context that influences or constrains the decision. @templateText

## Decision

The change that we're proposing or have agreed to implement. @templateText

## Consequences

What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated. @templateText
`;

const NYGARD_ARTICLE_TEMPLATE = `# 4. Title

## Status

A decision may be "proposed" if the project stakeholders haven't agreed with it yet, or "accepted" once it is agreed. @templateText

## Context

This section describes the forces at play, including technological, political, social, and project local. These forces are probably in tension, and should be called out as such. @templateText

## Decision

This section describes our response to these forces. It is stated in full sentences, with active voice. @templateText

## Consequences

What becomes easier or more difficult to do because of this change? @templateText
`;

/** Splits a tagged template into its text and the expected (line, message id) pairs. */
function untag(tagged: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = tagged.split('\n').map((line, i) => {
    const tags = [...line.matchAll(/ @(\w+)/g)].map((m) => m[1] as string);
    for (const tag of tags) expected.push(`${i + 1} ${tag}`);
    return line.replace(/( @\w+)+$/, '');
  });
  return { text: lines.join('\n'), expected };
}

describe('no-placeholders on unfilled templates', () => {
  const templates: [string, string, string][] = [
    ['MADR 4 (YAML frontmatter, curly braces)', MADR_4_TEMPLATE, '0001-x.md'],
    ['log4brains (brackets, "-" bullets)', LOG4BRAINS_TEMPLATE, '20240101-x.md'],
    ['MADR 2 (brackets, "*" bullets)', MADR_2_TEMPLATE, '0002-x.md'],
    ['adr-tools (Nygard)', ADR_TOOLS_TEMPLATE, '0003-x.md'],
    ["Nygard's article", NYGARD_ARTICLE_TEMPLATE, '0004-x.md'],
  ];
  for (const [name, tagged, path] of templates) {
    it(`catches every prompt of ${name}`, () => {
      const { text, expected } = untag(tagged);
      const findings = runRule(noPlaceholders, { text, path });
      expect(findings.map((f) => `${f.finding.line} ${f.finding.messageId}`)).toEqual(expected);
      for (const { finding } of findings) expect(finding.message).not.toMatch(/\{\{\w+\}\}/);
    });
  }

  it('stays linear on a block full of markers', () => {
    const text = adr('# Title', '', 'TODO '.repeat(5000));
    const findings = runRule(noPlaceholders, { text });
    expect(findings).toHaveLength(5000);
    expect(findings[4999]?.finding.column).toBe(4999 * 5 + 1);
  });

  it('points at the placeholder itself', () => {
    const { text } = untag(LOG4BRAINS_TEMPLATE);
    const findings = runRule(noPlaceholders, { text, path: '0001-x.md' });
    const chosen = findings.filter((f) => f.finding.line === 26).map((f) => f.finding);
    expect(chosen.map((f) => [f.column, f.endColumn])).toEqual([
      [17, 27],
      [38, 178],
    ]);
    expect(chosen[0]?.message).toContain('"[option 1]"');
    expect(chosen[1]?.message).toContain('"[justification. e.g., only option, which meets');
  });
});

/** A record that keeps Nygard's template questions as its headings; `answer` goes under the decision question. */
const questionHeadings = (dialect: Dialect, answer: string[]) =>
  adr(
    ...recordHead(dialect, 'Move background jobs to a managed queue'),
    "## What is the issue that we're seeing that is motivating this decision or change?",
    '',
    'Cron jobs are lost when a node restarts: 312 invoice emails last month.',
    '',
    "## What is the change that we're proposing and/or doing?",
    '',
    ...answer,
  );

ruleTester(noPlaceholders, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a template question kept as a heading, with the answer under it, is structure`,
      text: questionHeadings(dialect, ['We will move background jobs to Amazon SQS.']),
    })),
    {
      name: 'a finished MADR 4 record',
      text: adr(
        '---',
        'status: accepted',
        'date: 2024-05-02',
        'decision-makers: [Priya, Tom]',
        'tags: [storage]',
        '---',
        '# Use PostgreSQL for the order store',
        '',
        '## Context and Problem Statement',
        '',
        'Orders arrive at 300 writes/s; we need transactions across order lines.',
        '',
        '## Considered Options',
        '',
        '* PostgreSQL',
        '* DynamoDB',
      ),
    },
    {
      name: 'markers and braces inside code blocks and code spans',
      text: adr(
        '# Use structured logs',
        '',
        'Log lines look like `{"level":"info","msg":"TODO"}` and paths like `/users/{id}`.',
        '',
        '```go',
        '// TODO: remove after the migration',
        'lockedValue interface{} // TODO: Define proper type.',
        '```',
        '',
        '    indented code: TODO {describe the thing}',
      ),
    },
    {
      name: 'HTML comments and quotations',
      text: adr(
        '# Title',
        '',
        '<!-- TODO: {describe the context} -->',
        '',
        '> TODO(thane) This section describes the forces at play, including technological, political, social, and project local.',
        '',
        'Text with an inline <!-- TBD --> comment.',
      ),
    },
    {
      name: 'the word used as a word',
      text: adr(
        '# Replace the TODO app',
        '',
        'The TODO app and its todo list move to the new stack; TODO comments in code are tracked by a linter.',
        'A table of TBD items is kept by the team.',
      ),
    },
    {
      name: 'braces and brackets in ordinary prose',
      text: adr(
        '# Title',
        '',
        'Clusters are named live-{n}; subjects look like $JS.API.{stream}; a column {create, commit, delete} exists.',
        'The mapping is {{wildcard(1)}} and the set is {GET, POST}.',
        'See [1] and [RFC 2119] for wording; [x] marks done.',
        '',
        '## Considered Options',
        '',
        '- [Option 1] Use Redis',
        '- [Option 2] Keep Memcached',
      ),
    },
    {
      name: 'notation that only looks like a prompt',
      text: adr(
        '# Title',
        '',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${VAR} is the markdown under test.
        'Templates render {{ name }} and ${VAR}; the set {x | x > 0}; a JSON body {"a": 1}; the {placeholder} syntax.',
        '',
        'We compare [Option A] vs [Option B]. Permissions are [read | write]. See [Example] below.',
        '',
        'Hosts are named <service>.<env>.example.com and <cluster-name>.internal; use List<String> when p99 < 300 ms.',
        '',
        'A TBD item stays open; the XXX-Large tier is out of scope.',
      ),
    },
    {
      name: 'links, autolinks and inline HTML',
      text: adr(
        '# Title',
        '',
        'Read [the guide](https://example.com/{id}/TODO) and <https://example.com/docs>.',
        'Line one<br>line two, <sub>small</sub>, <kbd>Ctrl</kbd>.',
        '',
        '[describe]: https://example.com/describe',
      ),
    },
    {
      name: 'a record that explains the Nygard format in its own words',
      text: adr(
        '# 1. Record architecture decisions',
        '',
        '## Decision',
        '',
        '**Context** This section describes the forces at play, including technological, political, social, and project local.',
      ),
    },
    {
      name: "instructions that are the record's content",
      text: adr(
        '# 8. Pull request guide',
        '',
        '## Decision',
        '',
        '*Description*',
        'Use the provided template. Summarize your changes.',
        '',
        '- 2024-06-19: Explain why we do not expose this in the CLI',
        '- Explain the new on-call process to the support team.',
        '- `Sql` store, then <other extensions depending on the `Sql` one>',
      ),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a template question as a heading with nothing under it is guidance left in`,
      text: questionHeadings(dialect, []),
      errors: [{ messageId: 'templateText', line: { nygard: 11, madr: 10, log4brains: 9 }[dialect] }],
    })),
    {
      name: 'TODO and TBD markers in Nygard prose, each at its column',
      text: adr(
        '# 21. ABCI events',
        '',
        'Date: 2018-09-01',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'TODO: brief description of how the indexing works',
        '',
        'The link is discussed in ADR TODO: TBC.',
        '',
        '## Consequences',
        '',
        '- TBD',
      ),
      errors: [
        { messageId: 'marker', line: 11, column: 1, data: { placeholder: 'TODO' } },
        { messageId: 'marker', line: 13, column: 30 },
        { messageId: 'marker', line: 13, column: 36, data: { placeholder: 'TBC' } },
        { messageId: 'marker', line: 17, column: 3 },
      ],
    },
    {
      name: 'markers in emphasis, headings and tables (home-grown)',
      text: adr(
        '# JetStream Purge',
        '',
        '| Metadata | Value |',
        '|----------|-------|',
        '| Status   | Approved |',
        '| Owner    | TBD |',
        '',
        '## Error Handling (TODO)',
        '',
        '**FIXME** Add the WebSocket flow.',
      ),
      errors: [
        { messageId: 'marker', line: 6, column: 14 },
        { messageId: 'marker', line: 8, column: 20 },
        { messageId: 'marker', line: 10, column: 3, data: { placeholder: 'FIXME' } },
      ],
    },
    {
      name: 'a second marker on the same line is found at its own column',
      text: adr('# Title', '', '* Login is temporary. TODO What is the timeout? TODO Can Vault help?'),
      errors: [
        { messageId: 'marker', line: 3, column: 23 },
        { messageId: 'marker', line: 3, column: 49 },
      ],
    },
    {
      name: 'a MADR 3 placeholder inside emphasis and a template reference list (home-grown)',
      text: adr(
        '# ADR 36: Empty blocks',
        '',
        '## Status',
        '',
        '{Deprecated|Proposed|Accepted|Declined}',
        '',
        '## References',
        '',
        '- {reference link}',
        '- _{describe the impact}_',
      ),
      errors: [
        {
          messageId: 'choice',
          line: 5,
          column: 1,
          data: { placeholder: '{Deprecated|Proposed|Accepted|Declined}' },
        },
        { messageId: 'prompt', line: 9, column: 3, data: { placeholder: '{reference link}' } },
        { messageId: 'prompt', line: 10, column: 4 },
      ],
    },
    {
      name: 'angle prompts',
      text: adr(
        '# <short title of the decision>',
        '',
        '* Deciders: <your name>',
        '* Owner: <service-name>',
        '',
        'We will deploy to <placeholder> by <YYYY-MM-DD>.',
      ),
      errors: [
        { messageId: 'prompt', line: 1, column: 3 },
        { messageId: 'prompt', line: 3, column: 13 },
        { messageId: 'prompt', line: 4, column: 10 },
        { messageId: 'prompt', line: 6, column: 19, data: { placeholder: '<placeholder>' } },
        { messageId: 'prompt', line: 6, column: 36 },
      ],
    },
    {
      name: 'a "Describe ..." prompt sentence opening a paragraph',
      text: adr(
        '# Title',
        '',
        '## Context',
        '',
        'Describe the context and the problem you are solving.',
        '',
        'Real text.',
      ),
      errors: [{ messageId: 'prompt', line: 5, column: 1 }],
    },
    {
      name: 'a team phrase from options, and an extra marker',
      options: { phrases: ['Write the failure story here'], markers: ['TODO', 'WIP'] },
      text: adr(
        '# Title',
        '',
        '## Failure Story',
        '',
        'Our plan: write the failure story here.',
        '',
        'Status WIP for now.',
      ),
      errors: [
        { messageId: 'templateText', line: 5, column: 11 },
        { messageId: 'marker', line: 7, column: 8 },
      ],
    },
    {
      name: 'frontmatter markers, comments ignored',
      text: adr('---', 'status: proposed # TODO pick one', 'owner: TBD', '---', '# Title'),
      errors: [{ messageId: 'marker', line: 3, column: 8 }],
    },
  ],
});
