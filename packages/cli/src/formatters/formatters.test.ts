import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { fileResult, finding } from '../testing/results.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

const result = fileResult;

const plain = { colors: pc.createColors(false), displayPath: (p: string) => p.replace('/repo/', '') };

describe('stylish', () => {
  it('prints each file with problems, aligned rows and an ESLint summary', () => {
    const output = formatStylish(
      [
        result('/repo/adr/0001-a.md', [
          finding({ line: 3, column: 1, message: 'No options.', ruleId: 'options-min-two' }),
          finding({
            line: 12,
            column: 10,
            severity: 1,
            message: 'Vague trigger',
            ruleId: 'revisit-triggers',
          }),
        ]),
        result('/repo/adr/0002-clean.md', []),
      ],
      plain,
    );
    expect(output).toBe(
      [
        '',
        'adr/0001-a.md',
        '  3:1    error    No options     options-min-two',
        '  12:10  warning  Vague trigger  revisit-triggers',
        '',
        '\u2716 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('uses singular words for one problem and prints nothing when there are none', () => {
    expect(formatStylish([result('/repo/a.md', [finding({})])], plain)).toContain(
      '\u2716 1 problem (1 error, 0 warnings)',
    );
    expect(formatStylish([result('/repo/a.md', [])], plain)).toBe('');
  });

  it('keeps each finding on one line', () => {
    const output = formatStylish(
      [result('/repo/a.md', [finding({ message: 'First line\n  second line.' })])],
      plain,
    );
    expect(output).toContain('  1:1  error  First line second line  some-rule\n');
  });

  it('colors severities when colors are on', () => {
    const output = formatStylish([result('/repo/a.md', [finding({})])], {
      ...plain,
      colors: pc.createColors(true),
    });
    expect(output).toContain('\u001b[31merror\u001b[39m');
    expect(output).toContain('\u001b[4ma.md\u001b[24m');
  });
});

describe('json', () => {
  it("has ESLint's result shape for every file", () => {
    const fix = { range: [0, 3] as [number, number], text: 'abc' };
    const parsed = JSON.parse(
      formatJson([
        result('/repo/adr/0001-a.md', [
          finding({ severity: 1, fix, line: 2, column: 3, endLine: 2, endColumn: 9 }),
        ]),
        result('/repo/adr/0002-b.md', []),
      ]),
    );
    expect(parsed).toEqual([
      {
        filePath: '/repo/adr/0001-a.md',
        messages: [
          {
            ruleId: 'some-rule',
            severity: 1,
            message: 'Something is wrong.',
            messageId: 'found',
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 9,
            fix,
          },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        usedDeprecatedRules: [],
      },
      {
        filePath: '/repo/adr/0002-b.md',
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
  });
});
