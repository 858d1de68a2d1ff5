// The docket command line as a function: argv in, exit code out. bin.ts and any other front end call it.
import { ConfigError } from '@docket/core';
import { Command, CommanderError } from 'commander';
import { registerDecide } from './commands/decide.js';
import { registerDue } from './commands/due.js';
import { registerGraph } from './commands/graph.js';
import { registerInit } from './commands/init.js';
import { registerLink } from './commands/link.js';
import { registerLint } from './commands/lint.js';
import { registerList } from './commands/list.js';
import { registerNew } from './commands/new.js';
import { registerIndex } from './commands/readme-index.js';
import { registerReview } from './commands/review.js';
import { registerSite } from './commands/site.js';
import { registerStatus } from './commands/status.js';
import { registerSupersede } from './commands/supersede.js';
import { EXIT_FAILURE, EXIT_OK, type Io, type ResolvedIo, UsageError } from './context.js';
import { version } from './version.js';

export type { Io, OutputStream } from './context.js';

export { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from './context.js';

function resolveIo(io: Partial<Io>): ResolvedIo {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    rules: io.rules,
    stdin: io.stdin ?? process.stdin,
    prompts: io.prompts,
    now: io.now ?? (() => new Date()),
    signal: io.signal,
  };
}

function buildProgram(io: ResolvedIo, setExitCode: (code: number) => void): Command {
  const program = new Command('docket')
    .description('Write, lint and review architecture decision records (ADRs)')
    .version(version(), '-v, --version')
    .option('--config <file>', 'use this config file instead of looking for docket.config.json upwards')
    .option('--no-config', 'use no config file')
    // Every command's help lists --config too.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Wrap help to the terminal that shows it, so generated references do not depend on who ran them.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
      // Commander writes "error: ..."; docket's errors are one "docket: ..." line.
      outputError: (text, write) => write(`docket: ${text.replace(/^error:\s*/, '').trimEnd()}\n`),
    });
  registerLint(program, io, setExitCode);
  registerInit(program, io, setExitCode);
  registerNew(program, io, setExitCode);
  registerSite(program, io, setExitCode);
  registerReview(program, io, setExitCode);
  registerDue(program, io, setExitCode);
  registerStatus(program, io, setExitCode);
  registerSupersede(program, io, setExitCode);
  registerLink(program, io, setExitCode);
  registerDecide(program, io, setExitCode);
  registerList(program, io, setExitCode);
  registerIndex(program, io, setExitCode);
  registerGraph(program, io, setExitCode);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

/** Every command and subcommand as typed after `docket` ("lint", "site build"), in help order. */
export function commandNames(): string[] {
  const program = buildProgram(resolveIo({}), () => {});
  const names: string[] = [];
  for (const command of program.commands) {
    names.push(command.name());
    for (const sub of command.commands) names.push(`${command.name()} ${sub.name()}`);
  }
  return names;
}

/** Runs the docket command line and returns the exit code: 0 clean, 1 errors found, 2 failure. */
export async function main(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const resolved = resolveIo(io);
  let exitCode = EXIT_OK;
  const program = buildProgram(resolved, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_FAILURE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help, the version, or its one-line error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      resolved.stderr.write(`docket: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    resolved.stderr.write(`docket: internal error: ${detail} (set DOCKET_DEBUG=1 for the stack trace)\n`);
    if (resolved.env.DOCKET_DEBUG && error instanceof Error && error.stack) {
      resolved.stderr.write(`${error.stack}\n`);
    }
    return EXIT_FAILURE;
  }
}
