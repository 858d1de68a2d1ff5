import { describe, expect, it } from 'vitest';
import { fileResult, finding, formatContext } from '../testing/results.js';
import { formatMarkdown, MARKDOWN_LIMIT } from './markdown.js';

describe('markdown', () => {
  it('sums up the run in a heading and a table with rules linked to their docs', () => {
    const output = formatMarkdown(
      [
        fileResult(
          '/repo/adr/0001-a.md',
          [
            finding({ ruleId: 'options-min-two', line: 3, message: 'Only one | option <here>.\nAdd one.' }),
            finding({ ruleId: 'revisit-triggers', severity: 1, line: 7 }),
          ],
          [finding({ ruleId: 'failure-story' })],
        ),
        fileResult('/repo/adr/0002-b.md', []),
      ],
      formatContext(),
    );
    const lines = output.trimEnd().split('\n');
    expect(lines[0]).toBe('### docket: 1 error and 1 warning in 1 of 2 records');
    expect(lines.slice(2, 4)).toEqual(['| | Record | Line | Rule | Problem |', '|---|---|---|---|---|']);
    expect(lines[4]).toMatch(
      /^\| ❌ \| `adr\/0001-a\.md` \| 3 \| \[options-min-two\]\(https:\/\/\S+\/docs\/rules\/options-min-two\.md\) \| Only one \\\| option &lt;here&gt;\. Add one\. \|$/,
    );
    expect(lines[5]).toContain('| ⚠️ | `adr/0001-a.md` | 7 | [revisit-triggers]');
    expect(lines.at(-1)).toBe('1 finding suppressed by inline `docket-disable` comments.');
  });

  it('says so when there is nothing to fix', () => {
    expect(formatMarkdown([fileResult('/repo/a.md', [])], formatContext())).toBe(
      '### docket: no problems in 1 record\n',
    );
  });

  it('stays under the comment size limit and says how many findings it left out', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding({ line: i + 1, message: 'x'.repeat(80) }));
    const output = formatMarkdown([fileResult('/repo/a.md', many)], formatContext());
    expect(output.length).toBeLessThan(MARKDOWN_LIMIT);
    const shown = output.split('\n').filter((line) => line.startsWith('| ❌')).length;
    expect(shown).toBeGreaterThan(100);
    expect(output).toContain(`…and ${2000 - shown} more findings; run \`docket lint\` for the full report.`);
  });
});
