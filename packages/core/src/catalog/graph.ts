// `docket graph` output: the records as nodes and the relations between them (supersedes, amends,
// a team's own) as labelled edges, in Mermaid or Graphviz DOT. Labels hold record titles, which may
// contain anything, so each format gets its own escaping: Mermaid entity codes inside quoted
// labels, DOT backslash escapes inside quoted strings.
import type { RecordRow } from './rows.js';

export const GRAPH_FORMATS = ['mermaid', 'dot'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphEdge {
  /** Indexes into the node rows. */
  from: number;
  to: number;
  /** The relation as read from `from`: "superseded by", "amends". */
  relation: string;
}

/** Statuses drawn as history (dashed, grey): the record no longer holds. */
const INACTIVE = new Set(['superseded', 'deprecated', 'rejected']);

function nodeLabel(row: RecordRow): string {
  const title = row.title.replace(/\s+/g, ' ').trim();
  return row.numberText === null ? title : `ADR ${row.numberText}: ${title}`;
}

/** Node ids both formats accept unquoted: adr7, or adr7_2 when two folders both have a 7. */
function nodeIds(rows: readonly RecordRow[]): string[] {
  const taken = new Set<string>();
  return rows.map((row, i) => {
    const base = row.number === null ? `record${i + 1}` : `adr${row.number}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * Text for a quoted Mermaid label. A double quote would end the label and `<`, `>`, `&` would be
 * read as HTML, so they become Mermaid's entity codes; `#` starts an entity code, so it is one too.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(
      /[#"<>&]/g,
      (c) => ({ '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;' })[c] ?? c,
    );
}

/** Text for a quoted DOT string: backslashes and quotes escaped, line breaks as DOT's `\n`. */
export function escapeDot(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n');
}

export function renderMermaid(rows: readonly RecordRow[], edges: readonly GraphEdge[]): string {
  const ids = nodeIds(rows);
  const lines = ['flowchart LR'];
  rows.forEach((row, i) => {
    lines.push(`  ${ids[i]}["${escapeMermaid(nodeLabel(row))}"]`);
  });
  for (const edge of edges) {
    lines.push(`  ${ids[edge.from]} -->|"${escapeMermaid(edge.relation)}"| ${ids[edge.to]}`);
  }
  const inactive = ids.filter((_, i) => INACTIVE.has(rows[i]?.status ?? ''));
  if (inactive.length > 0) {
    lines.push('  classDef inactive stroke-dasharray: 4 3,color:#666');
    lines.push(`  class ${inactive.join(',')} inactive`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderDot(rows: readonly RecordRow[], edges: readonly GraphEdge[]): string {
  const ids = nodeIds(rows);
  const lines = ['digraph adrs {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  rows.forEach((row, i) => {
    const style = INACTIVE.has(row.status ?? '') ? ', style="rounded,dashed", fontcolor=gray40' : '';
    lines.push(`  ${ids[i]} [label="${escapeDot(nodeLabel(row))}"${style}];`);
  });
  for (const edge of edges) {
    lines.push(`  ${ids[edge.from]} -> ${ids[edge.to]} [label="${escapeDot(edge.relation)}"];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function renderGraph(
  rows: readonly RecordRow[],
  edges: readonly GraphEdge[],
  format: GraphFormat,
): string {
  return format === 'dot' ? renderDot(rows, edges) : renderMermaid(rows, edges);
}
