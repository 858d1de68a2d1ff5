// The relations graph as inline SVG, laid out here so the site needs no script or network for it.
// Layout: connected groups stacked top to bottom; inside a group, records sit in columns by
// longest path along their relations taken from older to newer (by number), so a chain of
// supersessions reads left to right in the order it happened ("superseded by" points forward).
import { escapeHtml } from './html.js';
import type { Relation } from './relations.js';

export interface GraphNode {
  id: string;
  /** Short text inside the box: "ADR 7 · Use Postgres". */
  label: string;
  /** The full title, shown as a tooltip. */
  title: string;
  href: string;
  status: string | null;
  /** Sort key: record number, then id. */
  order: number;
}

const BOX_WIDTH = 176;
const BOX_HEIGHT = 40;
const COLUMN_GAP = 72;
const ROW_GAP = 18;
const GROUP_GAP = 34;
const MARGIN = 12;
const MAX_LABEL = 24;

interface Placed {
  node: GraphNode;
  x: number;
  y: number;
}

function groupsOf(nodes: readonly GraphNode[], relations: readonly Relation[]): GraphNode[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const r of relations) {
    if (parent.has(r.from) && parent.has(r.to)) parent.set(find(r.from), find(r.to));
  }
  const groups = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    const root = find(node.id);
    const group = groups.get(root);
    if (group) group.push(node);
    else groups.set(root, [node]);
  }
  const sorted = [...groups.values()].map((g) => g.sort(byOrder));
  return sorted.sort((a, b) => byOrder(a[0] as GraphNode, b[0] as GraphNode));
}

function byOrder(a: GraphNode, b: GraphNode): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Positions every node: columns by longest path from older to newer records, groups stacked. */
export function layoutGraph(nodes: readonly GraphNode[], relations: readonly Relation[]): Placed[] {
  const placed: Placed[] = [];
  let top = MARGIN;
  for (const group of groupsOf(nodes, relations)) {
    const rank = new Map(group.map((n, i) => [n.id, i]));
    const column = new Map<string, number>();
    for (const node of group) {
      let col = 0;
      for (const r of relations) {
        const other = r.from === node.id ? r.to : r.to === node.id ? r.from : null;
        if (other === null || !rank.has(other)) continue;
        if ((rank.get(other) as number) < (rank.get(node.id) as number)) {
          col = Math.max(col, (column.get(other) ?? 0) + 1);
        }
      }
      column.set(node.id, col);
    }
    const rows = new Map<number, number>();
    let height = 0;
    for (const node of group) {
      const col = column.get(node.id) ?? 0;
      const row = rows.get(col) ?? 0;
      rows.set(col, row + 1);
      height = Math.max(height, row + 1);
      placed.push({
        node,
        x: MARGIN + col * (BOX_WIDTH + COLUMN_GAP),
        y: top + row * (BOX_HEIGHT + ROW_GAP),
      });
    }
    top += height * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + GROUP_GAP;
  }
  return placed;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface GraphOptions {
  /** The record whose page shows the graph: drawn highlighted. */
  current?: string;
  /** Accessible name of the picture. */
  label: string;
}

/** An SVG picture of the records and their relations; an empty string when there are none. */
export function relationGraphSvg(
  nodes: readonly GraphNode[],
  relations: readonly Relation[],
  options: GraphOptions,
): string {
  const ids = new Set(nodes.map((n) => n.id));
  const edges = relations.filter((r) => ids.has(r.from) && ids.has(r.to));
  if (edges.length === 0) return '';
  const placed = layoutGraph(nodes, edges);
  const at = new Map(placed.map((p) => [p.node.id, p]));
  const width = Math.max(...placed.map((p) => p.x)) + BOX_WIDTH + MARGIN;
  const height = Math.max(...placed.map((p) => p.y)) + BOX_HEIGHT + MARGIN;

  const lines = edges.map((edge) => {
    const from = at.get(edge.from) as Placed;
    const to = at.get(edge.to) as Placed;
    const forward = from.x <= to.x;
    const x1 = forward ? from.x + BOX_WIDTH : from.x;
    const x2 = forward ? to.x : to.x + BOX_WIDTH;
    const y1 = from.y + BOX_HEIGHT / 2;
    const y2 = to.y + BOX_HEIGHT / 2;
    const bend = (x2 - x1) / 2;
    const d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
    const word = edge.relation;
    const marker = word === 'relates to' ? '' : ' marker-end="url(#docket-arrow)"';
    return `<path class="edge edge-${word.replace(/[^a-z]+/g, '-')}" d="${d}"${marker}><title>${escapeHtml(
      `${from.node.title} ${word} ${to.node.title}`,
    )}</title></path><text class="edge-label" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle">${escapeHtml(word)}</text>`;
  });
  const boxes = placed.map(({ node, x, y }) => {
    const classes = ['node', `status-${node.status ?? 'unknown'}`];
    if (node.id === options.current) classes.push('current');
    return `<a href="${escapeHtml(node.href)}" class="${classes.join(' ')}"><title>${escapeHtml(node.title)}</title><rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/><text x="${x + 10}" y="${y + 17}">${escapeHtml(clip(node.label, MAX_LABEL))}</text><text class="node-status" x="${x + 10}" y="${y + 32}">${escapeHtml(node.status ?? 'no status')}</text></a>`;
  });
  return `<svg class="relations-graph" role="img" aria-label="${escapeHtml(options.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><defs><marker id="docket-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>${lines.join('')}${boxes.join('')}</svg>`;
}
