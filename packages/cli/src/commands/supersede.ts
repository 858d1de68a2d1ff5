// `docket supersede <old> <new>`: the old record becomes superseded and both link to each other.
import type { Command } from 'commander';
import { EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { checkStatus, commit, linkTarget, openSession, plan, shortName } from '../editing.js';
import { type LoadProjectOptions, projectOptions } from '../project.js';
import type { EditOptions } from './status.js';

export async function runSupersede(
  oldId: string,
  newId: string,
  options: EditOptions,
  io: ResolvedIo,
  project: LoadProjectOptions = {},
): Promise<number> {
  const session = await openSession(io, [oldId, newId], { today: options.today, project });
  const status = checkStatus(session, 'superseded');
  const older = session.find(oldId);
  const newer = session.find(newId);
  if (older.path === newer.path) {
    throw new UsageError(`${session.show(older)} cannot supersede itself; give two different records`);
  }
  const writes = [
    plan(session, older, [
      { type: 'set-status', status, date: session.today },
      { type: 'add-link', relation: 'superseded by', target: linkTarget(older.path, newer) },
    ]),
    plan(session, newer, [
      { type: 'add-link', relation: 'supersedes', target: linkTarget(newer.path, older) },
    ]),
  ];
  const changed = await commit(session, writes);
  if (changed.length === 0) {
    io.stdout.write(`${session.show(older)}: already superseded by ${shortName(newer)}\n`);
    return EXIT_OK;
  }
  io.stdout.write(`${session.show(older)}: superseded by ${shortName(newer)} (${session.today})\n`);
  io.stdout.write(`${session.show(newer)}: supersedes ${shortName(older)}\n`);
  return EXIT_OK;
}

export function registerSupersede(
  program: Command,
  io: ResolvedIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('supersede')
    .description('Mark a record superseded by a newer one, linking both ways')
    .argument('<old>', 'the record being replaced: 7, 0007, ADR-7 or its path')
    .argument('<new>', 'the record that replaces it')
    .option('--today <date>', 'the date to stamp on the old record (YYYY-MM-DD; default: today)')
    .action(async (oldId: string, newId: string, options: EditOptions, command: Command) => {
      setExitCode(await runSupersede(oldId, newId, options, io, projectOptions(command, io.rules)));
    });
}
