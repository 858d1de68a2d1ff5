// `docket link <a> <relation> <b>`: a relation between two records, written on both.
import { RELATION_PAIRS } from '@docket/core';
import type { Command } from 'commander';
import { EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { commit, linkTarget, openSession, plan, relationPair, shortName } from '../editing.js';
import { type LoadProjectOptions, projectOptions } from '../project.js';

export interface LinkOptions {
  reverse?: string;
}

export async function runLink(
  fromId: string,
  relationArg: string,
  toId: string,
  options: LinkOptions,
  io: ResolvedIo,
  project: LoadProjectOptions = {},
): Promise<number> {
  const { relation, reverse } = relationPair(relationArg, options.reverse);
  const session = await openSession(io, [fromId, toId], { project });
  const from = session.find(fromId);
  const to = session.find(toId);
  if (from.path === to.path) throw new UsageError(`${session.show(from)} cannot be linked to itself`);
  const changed = await commit(session, [
    plan(session, from, [{ type: 'add-link', relation, target: linkTarget(from.path, to) }]),
    plan(session, to, [{ type: 'add-link', relation: reverse, target: linkTarget(to.path, from) }]),
  ]);
  if (changed.length === 0) {
    io.stdout.write(`${session.show(from)}: already ${relation} ${shortName(to)}\n`);
    return EXIT_OK;
  }
  io.stdout.write(`${session.show(from)}: ${relation} ${shortName(to)}\n`);
  io.stdout.write(`${session.show(to)}: ${reverse} ${shortName(from)}\n`);
  return EXIT_OK;
}

export function registerLink(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('link')
    .description('Link two records: the relation on the first, its reverse on the second')
    .argument('<a>', 'the record the relation is written on: 7, 0007, ADR-7 or its path')
    .argument('<relation>', `the relation, e.g. ${RELATION_PAIRS.map(([forward]) => forward).join(', ')}`)
    .argument('<b>', 'the other record')
    .option('--reverse <relation>', 'the relation written on <b> (needed for relations docket does not know)')
    .action(async (a: string, relation: string, b: string, options: LinkOptions, command: Command) => {
      setExitCode(await runLink(a, relation, b, options, io, projectOptions(command, io.rules)));
    });
}
