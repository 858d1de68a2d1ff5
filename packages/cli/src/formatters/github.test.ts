import { describe, expect, it } from 'vitest';
import { fileResult, finding, formatContext } from '../testing/results.js';
import { escapeData, escapeProperty, formatGithub } from './github.js';

describe('github', () => {
  it('escapes %, CR and LF in messages, and : and , in properties too', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('docs/a:b,c%.md\n')).toBe('docs/a%3Ab%2Cc%25.md%0A');
  });

  it('prints one workflow command per finding, with position and the rule as title', () => {
    const output = formatGithub(
      [
        fileResult('/repo/docs/adr/0001-a,b.md', [
          finding({
            ruleId: 'options-min-two',
            line: 3,
            column: 2,
            endLine: 3,
            endColumn: 9,
            message: 'Only one: 100%.\nAdd one.',
          }),
          finding({ ruleId: 'revisit-triggers', severity: 1, line: 7, column: 1, endLine: 7, endColumn: 4 }),
        ]),
        fileResult('/repo/docs/adr/0002-clean.md', []),
      ],
      formatContext(),
    );
    expect(output).toBe(
      [
        '::error file=docs/adr/0001-a%2Cb.md,line=3,col=2,endLine=3,endColumn=9,title=docket options-min-two::Only one: 100%25.%0AAdd one.',
        '::warning file=docs/adr/0001-a%2Cb.md,line=7,col=1,endLine=7,endColumn=4,title=docket revisit-triggers::Something is wrong.',
        '',
      ].join('\n'),
    );
  });

  it('makes paths relative to GITHUB_WORKSPACE when it is set', () => {
    const output = formatGithub(
      [fileResult('/work/checkout/adr/0001-a.md', [finding()])],
      formatContext({ cwd: '/work/checkout/adr', env: { GITHUB_WORKSPACE: '/work/checkout' } }),
    );
    expect(output).toContain('::error file=adr/0001-a.md,');
  });

  it('prints nothing for clean results', () => {
    expect(formatGithub([fileResult('/repo/a.md', [])], formatContext())).toBe('');
  });
});
