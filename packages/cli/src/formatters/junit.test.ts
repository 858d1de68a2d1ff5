import { describe, expect, it } from 'vitest';
import { fileResult, finding, formatContext } from '../testing/results.js';
import { escapeXml, formatJunit } from './junit.js';

describe('junit', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0007</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('writes a suite per record, a failing case per finding and a passing case for a clean record', () => {
    const output = formatJunit(
      [
        fileResult('/repo/adr/0001-a.md', [
          finding({ ruleId: 'options-min-two', line: 3, column: 1, message: 'Use <b> & "c".' }),
          finding({ ruleId: 'revisit-triggers', severity: 1, line: 7, column: 2 }),
        ]),
        fileResult('/repo/adr/0002-b.md', []),
      ],
      formatContext(),
    );
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="docket" tests="3" failures="2" errors="0" time="0">',
        '  <testsuite name="adr/0001-a.md" tests="2" failures="2" errors="0" skipped="0" time="0">',
        '    <testcase classname="adr/0001-a.md" name="options-min-two at 3:1" time="0">',
        '      <failure type="error" message="Use &lt;b&gt; &amp; &quot;c&quot;.">3:1 error Use &lt;b&gt; &amp; &quot;c&quot;. (options-min-two)</failure>',
        '    </testcase>',
        '    <testcase classname="adr/0001-a.md" name="revisit-triggers at 7:2" time="0">',
        '      <failure type="warning" message="Something is wrong.">7:2 warning Something is wrong. (revisit-triggers)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="adr/0002-b.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="adr/0002-b.md" name="docket" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});
