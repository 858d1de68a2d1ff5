// `docket graph`: the relations between records (supersedes, amends, a team's own) as a Mermaid or
// Graphviz DOT graph on standard output. Relations are resolved as the site resolves them, each
// stored once from the earlier record; core renders and escapes.
import {
  compareRows,
  GRAPH_FORMATS,
  type GraphEdge,
  type GraphFormat,
  recordRow,
  renderGraph,
} from '@docket/core';
import { type Command, Option } from 'commander';
import { portablePath, readCatalog } from '../catalog.js';
import { EXIT_OK, type ResolvedIo } from '../context.js';
import { type LoadProjectOptions, loadProject, projectOptions } from '../project.js';
import { resolveRelations } from '../site/relations.js';

export interface GraphOptions {
  format: GraphFormat;
  all?: boolean;
}

export async function runGraph(
  options: GraphOptions,
  io: ResolvedIo,
  projectOptionsGiven: LoadProjectOptions = {},
): Promise<number> {
  const project = await loadProject(io.cwd, { rules: io.rules, ...projectOptionsGiven });
  const catalog = await readCatalog(project, io.cwd);
  const relations = resolveRelations(
    catalog.map(({ document, folder }) => ({
      id: document.path,
      path: document.path,
      number: document.number?.value ?? null,
      group: folder,
      claims: document.links.map((link) => ({ relation: link.relation, target: link.target })),
      // Relations the records state, not every link in their prose.
      links: [],
    })),
  );
  const related = new Set(relations.flatMap((r) => [r.from, r.to]));
  const shown = catalog
    .filter(({ document }) => options.all || related.has(document.path))
    .map(({ document }) => ({
      id: document.path,
      row: recordRow(document, { path: portablePath(document.path, io.cwd) }),
    }))
    .sort((a, b) => compareRows(a.row, b.row));
  const position = new Map(shown.map((node, i) => [node.id, i]));
  const edges: GraphEdge[] = relations.map((r) => ({
    from: position.get(r.from) as number,
    to: position.get(r.to) as number,
    relation: r.relation,
  }));
  io.stdout.write(
    renderGraph(
      shown.map((node) => node.row),
      edges,
      options.format,
    ),
  );
  return EXIT_OK;
}

export function registerGraph(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('graph')
    .description('Print the relations between records (supersedes, amends, ...) as a Mermaid or DOT graph')
    .addOption(new Option('-f, --format <name>', 'output format').choices(GRAPH_FORMATS).default('mermaid'))
    .option('--all', 'include records that have no relation to another')
    .action(async (options: GraphOptions, command: Command) => {
      setExitCode(await runGraph(options, io, projectOptions(command, io.rules)));
    });
}
