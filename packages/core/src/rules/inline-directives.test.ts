import { describe, expect, it } from 'vitest';
import { parseDirective } from '../engine/directives.js';
import { lintSources } from '../engine/lint.js';
import type { DocketConfig, DocumentRule, Finding, Rule } from '../engine/types.js';
import { parseAdr } from '../parser/parse.js';
import { inlineDirectives } from './inline-directives.js';

/** Reports every line that contains its marker word, so suppression is easy to observe. */
function markerRule(
  id: string,
  marker: string,
  category: 'review' | 'structure' = 'structure',
): DocumentRule {
  return {
    meta: {
      ...inlineDirectives.meta,
      id,
      category,
      severity: 'error',
      messages: { found: 'Found {{marker}}.' },
    },
    check({ document, report }) {
      document.text.split('\n').forEach((line, i) => {
        const column = line.indexOf(marker);
        if (column < 0) return;
        const span = {
          line: i + 1,
          column: column + 1,
          endLine: i + 1,
          endColumn: column + 1 + marker.length,
          offset: 0,
          endOffset: 0,
        };
        report({ messageId: 'found', data: { marker }, span });
      });
    },
  };
}

const registry: Rule[] = [
  markerRule('rule-a', 'AAA'),
  markerRule('rule-b', 'BBB'),
  markerRule('rule-review', 'RRR', 'review'),
  inlineDirectives,
];

function lint(lines: string[], config: DocketConfig = {}) {
  const [result] = lintSources([{ path: '0001-x.md', text: lines.join('\n') }], config, registry).results;
  const brief = (f: Finding) =>
    `${f.line}:${f.ruleId}${f.ruleId === 'inline-directives' ? `:${f.messageId}` : ''}`;
  return {
    findings: result?.findings.map(brief) ?? [],
    suppressed:
      result?.suppressed?.map((f) => `${f.line}:${f.ruleId}:${f.suppressions?.[0]?.justification}`) ?? [],
    messages: result?.findings.filter((f) => f.ruleId === 'inline-directives').map((f) => f.message) ?? [],
  };
}

describe('parseDirective', () => {
  const comment = (text: string) => ({
    text,
    span: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
  });

  it.each([
    ['docket-disable rule-a', { name: 'docket-disable', ruleIds: ['rule-a'], reason: null }],
    [
      'docket-disable rule-a, rule-b -- legacy record',
      { name: 'docket-disable', ruleIds: ['rule-a', 'rule-b'], reason: 'legacy record' },
    ],
    [
      'docket-disable-next-line rule-a rule-b',
      { name: 'docket-disable-next-line', ruleIds: ['rule-a', 'rule-b'], reason: null },
    ],
    ['docket-enable', { name: 'docket-enable', ruleIds: [], reason: null }],
    ['docket-disable -- no rules here', { name: 'docket-disable', ruleIds: [], reason: 'no rules here' }],
    [
      'docket-disable rule-a --\n  spans two lines',
      { name: 'docket-disable', ruleIds: ['rule-a'], reason: 'spans two lines' },
    ],
  ])('%j', (text, expected) => {
    expect(parseDirective(comment(text))).toMatchObject(expected);
  });

  it('ignores comments not addressed to docket and flags unknown docket- words', () => {
    expect(parseDirective(comment('markdownlint-disable MD013'))).toBeNull();
    expect(parseDirective(comment('a note about docket-disable'))).toBeNull();
    expect(parseDirective(comment('docket-disable-line rule-a'))).toEqual({ unknown: 'docket-disable-line' });
  });
});

describe('inline directives', () => {
  it('docket-disable ... docket-enable turns a rule off between the comments, for that rule only', () => {
    const result = lint([
      '# 1. X', // 1
      'AAA BBB', // 2
      '<!-- docket-disable rule-a -- migrated from the wiki -->', // 3
      'AAA BBB', // 4
      '<!-- docket-enable rule-a -->', // 5
      'AAA', // 6
    ]);
    expect(result.findings).toEqual(['2:rule-a', '2:rule-b', '4:rule-b', '6:rule-a']);
    expect(result.suppressed).toEqual(['4:rule-a:migrated from the wiki']);
  });

  it('a disable without an enable lasts to the end of the file; a bare enable ends every disable', () => {
    expect(lint(['<!-- docket-disable rule-a, rule-b -->', 'AAA BBB', '', 'AAA']).findings).toEqual([]);
    const ended = lint([
      '<!-- docket-disable rule-a rule-b -->',
      'AAA BBB',
      '<!-- docket-enable -->',
      'AAA BBB',
    ]);
    expect(ended.findings).toEqual(['4:rule-a', '4:rule-b']);
  });

  it('docket-disable-next-line covers only the next line', () => {
    const result = lint(['<!-- docket-disable-next-line rule-a -->', 'AAA', 'AAA']);
    expect(result.findings).toEqual(['3:rule-a']);
    expect(result.suppressed).toEqual(['2:rule-a:']);
  });

  it('finds comments inside paragraphs and list items but not in code', () => {
    const result = lint([
      '* item <!-- docket-disable-next-line rule-a -->',
      '  AAA',
      '',
      '```',
      '<!-- docket-disable rule-b -->',
      '```',
      'BBB `<!-- docket-disable rule-b -->`',
    ]);
    expect(result.findings).toEqual(['7:rule-b']);
    expect(result.suppressed).toEqual(['2:rule-a:']);
  });

  it('reports a blanket disable and lets it suppress nothing', () => {
    const result = lint([
      '<!-- docket-disable -->',
      'AAA',
      '<!-- docket-disable-next-line -- because -->',
      'BBB',
    ]);
    expect(result.findings).toEqual([
      '1:inline-directives:blanket',
      '2:rule-a',
      '3:inline-directives:blanket',
      '4:rule-b',
    ]);
    expect(result.messages[0]).toBe(
      'This docket-disable comment names no rule, so it turns nothing off; name the rules, e.g. "<!-- docket-disable options-min-two -- why -->".',
    );
  });

  it('reports an unknown rule id with the nearest known one', () => {
    const result = lint(['<!-- docket-disable rule-aa, no-such-thing -->', 'AAA']);
    expect(result.findings).toEqual([
      '1:inline-directives:unknownRule',
      '1:inline-directives:unknownRule',
      '2:rule-a',
    ]);
    expect(result.messages).toEqual([
      'The docket-disable comment names an unknown rule "rule-aa"; did you mean "rule-a"?',
      'The docket-disable comment names an unknown rule "no-such-thing"; the rule ids are listed in docs/rules/',
    ]);
  });

  it('reports an unknown docket- directive', () => {
    expect(lint(['<!-- docket-disable-line rule-a -->', 'AAA']).findings).toEqual([
      '1:inline-directives:unknownDirective',
      '2:rule-a',
    ]);
  });

  it('reports disables that suppress nothing, and enables with nothing to end', () => {
    const result = lint([
      '<!-- docket-disable rule-a -->', // 1: used
      'AAA',
      '<!-- docket-disable-next-line rule-b -->', // 3: nothing on line 4
      'fine',
      '<!-- docket-enable rule-b -->', // 5: rule-b was not disabled
    ]);
    expect(result.findings).toEqual([
      '3:inline-directives:unusedDisable',
      '5:inline-directives:unusedEnable',
    ]);
    expect(result.messages[0]).toBe(
      '"docket-disable-next-line rule-b" suppresses nothing: the rule reports no problem there; remove the comment.',
    );
  });

  it('does not call a disable unused when the rule did not run on the record', () => {
    const lines = ['<!-- docket-disable rule-review -->', 'no marker', '<!-- docket-disable rule-b -->'];
    const superseded = [...lines, '## Status', '', 'Superseded'];
    expect(lint(superseded).findings).toEqual(['3:inline-directives:unusedDisable']);
    expect(lint(lines, { rules: { 'rule-b': 'off' } }).findings).toEqual([
      '1:inline-directives:unusedDisable',
    ]);
  });

  it('requires a reason when requireDisableReason is on', () => {
    const lines = [
      '<!-- docket-disable-next-line rule-a -->',
      'AAA',
      '<!-- docket-disable rule-b -- vendor text -->',
      'BBB',
    ];
    expect(lint(lines).findings).toEqual([]);
    const strict = lint(lines, { requireDisableReason: true });
    expect(strict.findings).toEqual(['1:inline-directives:missingReason']);
    expect(strict.messages[0]).toBe(
      'The docket-disable-next-line comment gives no reason; add one after "--", e.g. "<!-- docket-disable-next-line rule-a -- why this record is an exception -->".',
    );
  });

  it('still honours comments when inline-directives is off, without reporting their problems', () => {
    const result = lint(['<!-- docket-disable rule-a -->', 'AAA', '<!-- docket-disable -->'], {
      rules: { 'inline-directives': 'off' },
    });
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toEqual(['2:rule-a:']);
  });

  it('suppresses findings of repository rules too', () => {
    const pair: Rule = {
      meta: { ...inlineDirectives.meta, id: 'pair', scope: 'repository', messages: { dup: 'Duplicate.' } },
      check({ documents, report }) {
        for (const document of documents) report(document, { messageId: 'dup' });
      },
    };
    const { results } = lintSources(
      [
        { path: '0001-a.md', text: '<!-- docket-disable pair -- known clash -->\n# A' },
        { path: '0002-b.md', text: '# B' },
      ],
      {},
      [pair, inlineDirectives],
    );
    expect(results.map((r) => r.findings.length)).toEqual([0, 1]);
    expect(results[0]?.suppressed?.[0]?.suppressions).toEqual([
      { kind: 'directive', justification: 'known clash' },
    ]);
  });

  it('leaves the model of a document without comments with an empty comment list', () => {
    expect(parseAdr({ path: 'x.md', text: '# X\n\nText.\n' }).comments).toEqual([]);
  });
});
