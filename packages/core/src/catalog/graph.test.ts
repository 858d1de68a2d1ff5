import { describe, expect, it } from 'vitest';
import { escapeDot, escapeMermaid, renderDot, renderMermaid } from './graph.js';
import type { RecordRow } from './rows.js';

function row(number: number | null, title: string, status: string | null): RecordRow {
  return {
    number,
    numberText: number === null ? null : String(number).padStart(4, '0'),
    title,
    status,
    date: null,
    dateSource: null,
    path: `${number}.md`,
  };
}

const rows = [
  row(1, 'Use "MySQL" <v8> & #1', 'superseded'),
  row(2, 'Use Postgres', 'accepted'),
  row(2, "Other folder's two\\three", 'proposed'),
  row(null, 'Unnumbered', null),
];
const edges = [
  { from: 0, to: 1, relation: 'superseded by' },
  { from: 2, to: 1, relation: 'amends' },
];

describe('escapeMermaid', () => {
  it('turns characters that end or mark up a quoted label into entity codes', () => {
    expect(escapeMermaid('a "b" <c> & #d\ne')).toBe('a #quot;b#quot; #lt;c#gt; #amp; #35;d e');
  });
});

describe('escapeDot', () => {
  it('escapes backslashes and quotes, and writes line breaks as \\n', () => {
    expect(escapeDot('a\\b "c"\nd')).toBe('a\\\\b \\"c\\"\\nd');
  });
});

describe('renderMermaid', () => {
  it('draws every record, each relation as a labelled edge, and history records dashed', () => {
    expect(renderMermaid(rows, edges)).toBe(
      [
        'flowchart LR',
        '  adr1["ADR 0001: Use #quot;MySQL#quot; #lt;v8#gt; #amp; #35;1"]',
        '  adr2["ADR 0002: Use Postgres"]',
        '  adr2_2["ADR 0002: Other folder\'s two\\three"]',
        '  record4["Unnumbered"]',
        '  adr1 -->|"superseded by"| adr2',
        '  adr2_2 -->|"amends"| adr2',
        '  classDef inactive stroke-dasharray: 4 3,color:#666',
        '  class adr1 inactive',
        '',
      ].join('\n'),
    );
  });
});

describe('renderDot', () => {
  it('writes a digraph with quoted, escaped labels', () => {
    expect(renderDot(rows, edges)).toBe(
      [
        'digraph adrs {',
        '  rankdir=LR;',
        '  node [shape=box, style=rounded];',
        '  adr1 [label="ADR 0001: Use \\"MySQL\\" <v8> & #1", style="rounded,dashed", fontcolor=gray40];',
        '  adr2 [label="ADR 0002: Use Postgres"];',
        '  adr2_2 [label="ADR 0002: Other folder\'s two\\\\three"];',
        '  record4 [label="Unnumbered"];',
        '  adr1 -> adr2 [label="superseded by"];',
        '  adr2_2 -> adr2 [label="amends"];',
        '}',
        '',
      ].join('\n'),
    );
  });
});
