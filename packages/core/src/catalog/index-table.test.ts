import { describe, expect, it } from 'vitest';
import { INDEX_END_MARKER, INDEX_START_MARKER, renderIndexTable, spliceIndex } from './index-table.js';
import type { RecordRow } from './rows.js';

const row: RecordRow = {
  number: 3,
  numberText: '0003',
  title: 'Split [billing] | invoicing',
  status: 'accepted',
  date: '2024-01-02',
  dateSource: 'record',
  path: '0003-split billing.md',
};
const table = ['| Number | Title |', '| --- | --- |', '| 1 | One |'];

describe('renderIndexTable', () => {
  it('links each title, escaping what would break the cell or the link, and encodes the path', () => {
    expect(renderIndexTable([row])).toEqual([
      '| Number | Title | Status | Date |',
      '| --- | --- | --- | --- |',
      '| 0003 | [Split \\[billing\\] \\| invoicing](0003-split%20billing.md) | accepted | 2024-01-02 |',
    ]);
  });

  it('says so when the folder has no records', () => {
    expect(renderIndexTable([])).toEqual(['_No decisions recorded yet._']);
  });
});

describe('spliceIndex', () => {
  it('creates a README with a heading and the marked index', () => {
    const result = spliceIndex(null, table, 'Architecture decisions');
    expect(result).toEqual({
      ok: true,
      changed: true,
      text: `# Architecture decisions\n\n${INDEX_START_MARKER}\n${table.join('\n')}\n${INDEX_END_MARKER}\n`,
    });
  });

  it('replaces only the lines between the markers, keeping every other byte', () => {
    const readme = `# ADRs\r\n\r\nIntro  \r\n${INDEX_START_MARKER}\r\nold table\r\n${INDEX_END_MARKER}\r\n\r\nFooter without newline`;
    const result = spliceIndex(readme, table, 'x');
    expect(result).toEqual({
      ok: true,
      changed: true,
      text: `# ADRs\r\n\r\nIntro  \r\n${INDEX_START_MARKER}\r\n${table.join('\r\n')}\r\n${INDEX_END_MARKER}\r\n\r\nFooter without newline`,
    });
  });

  it('reports no change when the index is current', () => {
    const readme = `Intro\n\n${INDEX_START_MARKER}\n${table.join('\n')}\n${INDEX_END_MARKER}\n`;
    expect(spliceIndex(readme, table, 'x')).toEqual({ ok: true, changed: false, text: readme });
  });

  it('appends the index after a blank line when the README has no markers', () => {
    const result = spliceIndex('# ADRs\n\nSome prose.', table, 'x');
    expect(result.ok && result.text).toBe(
      `# ADRs\n\nSome prose.\n\n${INDEX_START_MARKER}\n${table.join('\n')}\n${INDEX_END_MARKER}\n`,
    );
  });

  it('ignores markers shown inside fenced code', () => {
    const readme = `Usage:\n\n\`\`\`md\n${INDEX_START_MARKER}\n\`\`\`\n\n${INDEX_START_MARKER}\nold\n${INDEX_END_MARKER}\n`;
    const result = spliceIndex(readme, ['new'], 'x');
    expect(result.ok && result.text).toBe(
      `Usage:\n\n\`\`\`md\n${INDEX_START_MARKER}\n\`\`\`\n\n${INDEX_START_MARKER}\nnew\n${INDEX_END_MARKER}\n`,
    );
  });

  it.each([
    ['a start marker alone', `a\n${INDEX_START_MARKER}\nb\n`, 2, /has no .*docket:index:end/],
    ['an end marker alone', `${INDEX_END_MARKER}\n`, 1, /has no .*docket:index:start/],
    ['markers out of order', `x\n${INDEX_END_MARKER}\n${INDEX_START_MARKER}\n`, 2, /comes before .*line 3/],
    ['two start markers', `${INDEX_START_MARKER}\n${INDEX_START_MARKER}\n${INDEX_END_MARKER}\n`, 2, /second/],
    ['two end markers', `${INDEX_START_MARKER}\n${INDEX_END_MARKER}\n${INDEX_END_MARKER}\n`, 3, /second/],
  ])('refuses %s, naming the line', (_, readme, line, message) => {
    const result = spliceIndex(readme, table, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBe(line);
      expect(result.message).toMatch(message);
    }
  });
});
