// `docket status <id> <status>`: sets a record's status in its own dialect and stamps the date.
import type { Command } from 'commander';
import { EXIT_OK, type ResolvedIo } from '../context.js';
import { checkStatus, commit, currentStatus, openSession, plan } from '../editing.js';
import { type LoadProjectOptions, projectOptions } from '../project.js';

export interface EditOptions {
  today?: string;
}

export async function runStatus(
  id: string,
  status: string,
  options: EditOptions,
  io: ResolvedIo,
  project: LoadProjectOptions = {},
): Promise<number> {
  const session = await openSession(io, [id], { today: options.today, project });
  const wanted = checkStatus(session, status);
  const record = session.find(id);
  const before = currentStatus(record);
  if (before === wanted) {
    io.stdout.write(`${session.show(record)}: already ${wanted}\n`);
    return EXIT_OK;
  }
  const write = plan(session, record, [{ type: 'set-status', status: wanted, date: session.today }]);
  await commit(session, [write]);
  io.stdout.write(`${session.show(record)}: ${before} -> ${wanted} (${session.today})\n`);
  return EXIT_OK;
}

export function registerStatus(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('status')
    .description("Set a record's status (one of the configured lifecycle) and stamp its date")
    .argument('<id>', 'the record: 7, 0007, ADR-7 or its path')
    .argument('<status>', 'the new status, e.g. accepted')
    .option('--today <date>', 'the date to stamp (YYYY-MM-DD; default: today)')
    .action(async (id: string, status: string, options: EditOptions, command: Command) => {
      setExitCode(await runStatus(id, status, options, io, projectOptions(command, io.rules)));
    });
}
