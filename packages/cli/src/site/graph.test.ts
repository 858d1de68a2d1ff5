import { describe, expect, it } from 'vitest';
import { type GraphNode, layoutGraph, relationGraphSvg } from './graph.js';

const node = (id: string, order: number, title = id): GraphNode => ({
  id,
  label: `${order} · ${title}`,
  title,
  href: `adr/${id}.html`,
  status: 'accepted',
  order,
});

describe('layoutGraph', () => {
  it('puts a chain left to right by record order and stacks unrelated groups', () => {
    const nodes = [node('a', 1), node('b', 2), node('c', 3), node('x', 4), node('y', 5)];
    const relations = [
      { from: 'a', to: 'b', relation: 'superseded by' },
      { from: 'b', to: 'c', relation: 'superseded by' },
      { from: 'x', to: 'y', relation: 'links to' },
    ];
    const placed = new Map(layoutGraph(nodes, relations).map((p) => [p.node.id, p]));
    const [a, b, c, x, y] = ['a', 'b', 'c', 'x', 'y'].map((id) => placed.get(id));
    expect(a?.x).toBeLessThan(b?.x as number);
    expect(b?.x).toBeLessThan(c?.x as number);
    expect(a?.y).toBe(c?.y);
    expect(x?.y).toBeGreaterThan(a?.y as number);
    expect(x?.x).toBe(a?.x);
    expect(y?.x).toBe(b?.x);
  });

  it('gives two successors of one record their own rows in the same column', () => {
    const nodes = [node('a', 1), node('b', 2), node('c', 3)];
    const relations = [
      { from: 'a', to: 'b', relation: 'amended by' },
      { from: 'a', to: 'c', relation: 'amended by' },
    ];
    const placed = new Map(layoutGraph(nodes, relations).map((p) => [p.node.id, p]));
    expect(placed.get('b')?.x).toBe(placed.get('c')?.x);
    expect(placed.get('b')?.y).not.toBe(placed.get('c')?.y);
  });
});

describe('relationGraphSvg', () => {
  it('draws linked boxes and escapes titles', () => {
    const svg = relationGraphSvg(
      [node('a', 1, 'Use <Kafka> & co'), node('b', 2)],
      [{ from: 'a', to: 'b', relation: 'superseded by' }],
      { label: 'Relations', current: 'b' },
    );
    expect(svg).toMatch(/^<svg class="relations-graph" role="img" aria-label="Relations"/);
    expect(svg).toContain('<a href="adr/a.html" class="node status-accepted">');
    expect(svg).toContain('class="node status-accepted current"');
    expect(svg).toContain('Use &lt;Kafka&gt; &amp; co');
    expect(svg).not.toContain('<Kafka>');
    expect(svg).toContain('class="edge edge-superseded-by"');
    expect(svg).toContain('>superseded by</text>');
  });

  it('is empty when no relation joins the given records', () => {
    expect(
      relationGraphSvg([node('a', 1)], [{ from: 'a', to: 'zz', relation: 'links to' }], { label: 'R' }),
    ).toBe('');
  });
});
