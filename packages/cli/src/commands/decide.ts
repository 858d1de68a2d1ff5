// `docket decide <id> accept|reject`: records a review meeting's outcome in the record's own
// dialect (status, date, decision-makers, and a Decision log line for notes). Accepting a record
// that still fails a review rule needs `--force <reason>`, and the reason is written down.
import { type AdrEdit, allRules, type Finding, lintSources } from '@docket/core';
import type { Command } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, type ResolvedIo, UsageError } from '../context.js';
import { checkStatus, commit, currentStatus, type EditSession, openSession, plan } from '../editing.js';
import { type LoadProjectOptions, projectOptions } from '../project.js';
import type { AdrRecord } from '../records.js';

export interface DecideOptions {
  by?: string;
  note?: string;
  force?: string;
  today?: string;
}

const OUTCOMES: Record<string, string> = { accept: 'accepted', reject: 'rejected' };

/** "Ann Lee, Bo Chen; Cy" -> ["Ann Lee", "Bo Chen", "Cy"]. */
export function parseNames(value: string): string[] {
  const names = value
    .split(/[,;]/)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
  if (names.length === 0) throw new UsageError(`--by: "${value}" names nobody; write "Ann Lee, Bo Chen"`);
  return names;
}

/** Review-rule errors the record would have once accepted, with the project's configuration. */
function openReviewFindings(session: EditSession, record: AdrRecord, text: string): Finding[] {
  const registry = session.io.rules ?? allRules;
  const review = new Set(registry.filter((r) => r.meta.category === 'review').map((r) => r.meta.id));
  const run = lintSources(
    [{ path: record.path, text }],
    { ...session.project.config, today: session.today },
    registry,
  );
  return (run.results[0]?.findings ?? []).filter((f) => f.severity === 2 && review.has(f.ruleId));
}

export async function runDecide(
  id: string,
  outcome: string,
  options: DecideOptions,
  io: ResolvedIo,
  project: LoadProjectOptions = {},
): Promise<number> {
  const wanted = OUTCOMES[outcome.trim().toLowerCase()];
  if (!wanted) throw new UsageError(`unknown outcome "${outcome}"; use accept or reject`);
  const reason = options.force?.replace(/\s+/g, ' ').trim();
  if (options.force !== undefined && !reason) {
    throw new UsageError(
      '--force needs the reason the record is accepted anyway, e.g. --force "pilot ends in May"',
    );
  }
  if (reason && wanted !== 'accepted')
    throw new UsageError('--force only applies to accept; a rejection needs none');
  const names = options.by === undefined ? null : parseNames(options.by);
  const session = await openSession(io, [id], { today: options.today, project });
  const status = checkStatus(session, wanted);
  const record = session.find(id);

  const edits: AdrEdit[] = [{ type: 'set-status', status, date: session.today }];
  if (names) edits.push({ type: 'set-deciders', names });
  const open =
    status === 'accepted' ? openReviewFindings(session, record, plan(session, record, edits).text) : [];
  if (open.length > 0 && !reason) {
    for (const finding of open) {
      io.stderr.write(
        `  ${session.show(record)}:${finding.line}:${finding.column}  ${finding.message}  ${finding.ruleId}\n`,
      );
    }
    const rules = [...new Set(open.map((f) => f.ruleId))].join(', ');
    io.stderr.write(
      `docket: not accepted: ${session.show(record)} still fails ${rules}; answer the findings above, or pass --force "<reason>" to accept it anyway\n`,
    );
    return EXIT_FINDINGS;
  }

  const parts = [`${session.today}: ${status}${names ? ` by ${names.join(', ')}` : ''}.`];
  const note = options.note?.trim();
  if (note) parts.push(note);
  if (open.length > 0 && reason) {
    parts.push(
      `Accepted with open review findings (${[...new Set(open.map((f) => f.ruleId))].join(', ')}): ${reason}`,
    );
  }
  if (parts.length > 1) edits.push({ type: 'append-note', text: parts.join(' ') });
  const before = currentStatus(record);
  await commit(session, [plan(session, record, edits)]);
  io.stdout.write(
    `${session.show(record)}: ${before} -> ${status} (${session.today})${names ? ` by ${names.join(', ')}` : ''}\n`,
  );
  if (open.length > 0) {
    io.stderr.write(
      `docket: accepted despite ${open.length} open review finding(s); the reason is in its Decision log\n`,
    );
  }
  return EXIT_OK;
}

export function registerDecide(program: Command, io: ResolvedIo, setExitCode: (code: number) => void): void {
  program
    .command('decide')
    .description("Record a review's outcome: status, date and decision-makers, in the record's own format")
    .argument('<id>', 'the record: 7, 0007, ADR-7 or its path')
    .argument('<outcome>', 'accept or reject')
    .option('--by <names>', 'the decision-makers, comma separated: "Ann Lee, Bo Chen"')
    .option('--note <text>', "a line for the record's Decision log")
    .option('--force <reason>', 'accept although review rules still fail; the reason is recorded')
    .option('--today <date>', 'the date to stamp (YYYY-MM-DD; default: today)')
    .action(async (id: string, outcome: string, options: DecideOptions, command: Command) => {
      setExitCode(await runDecide(id, outcome, options, io, projectOptions(command, io.rules)));
    });
}
