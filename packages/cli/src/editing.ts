// What the editing commands (status, supersede, link, decide, and new's --supersedes / --link)
// share: the project and its records, the lifecycle, today's date, and writing every changed file
// atomically or none at all.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import {
  type AdrEdit,
  applyEdits,
  EditError,
  KNOWN_RELATIONS,
  type LinkTarget,
  lifecycleOf,
  normalizeRelation,
  parseOptionsOf,
  reverseRelation,
} from '@docket/core';
import { isoDate } from './authoring/naming.js';
import { parseToday } from './commands/lint.js';
import { type ResolvedIo, UsageError } from './context.js';
import { CONVENTIONAL_FOLDERS, displayPath } from './discover.js';
import { writeFileAtomic } from './fs/safe-write.js';
import { idPaths, looksLikePath, resolveId } from './ids.js';
import { type LoadProjectOptions, loadProject, type Project } from './project.js';
import { type AdrRecord, loadProjectRecords, numberText, relativeLink, titleOf } from './records.js';

export interface EditSession {
  project: Project;
  records: AdrRecord[];
  /** The configured lifecycle statuses, lower case. */
  lifecycle: string[];
  /** YYYY-MM-DD stamped into the records. */
  today: string;
  io: ResolvedIo;
  /** The record an `<id>` argument names (one of the ids the session was opened with). */
  find(id: string): AdrRecord;
  /** A path for messages: relative to the working directory. */
  show(record: AdrRecord): string;
}

/**
 * Loads the project and its records, plus the files among `ids` given as paths (they may lie
 * outside the ADR folders). `today` is the --today option, if given.
 */
export async function openSession(
  io: ResolvedIo,
  ids: readonly string[],
  options: { today?: string | undefined; project?: LoadProjectOptions } = {},
): Promise<EditSession> {
  const today = options.today === undefined ? isoDate(io.now()) : parseToday(options.today);
  const project = await loadProject(io.cwd, { rules: io.rules, ...options.project });
  return sessionFor(project, io, ids, today);
}

/** An edit session over a project already loaded (`docket new` loads it for its own work). */
export async function sessionFor(
  project: Project,
  io: ResolvedIo,
  ids: readonly string[],
  today: string,
): Promise<EditSession> {
  if (project.adrFolders.length === 0 && ids.some((id) => !looksLikePath(id))) {
    throw new UsageError(
      `no ADR folder found in ${io.cwd} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); run docket init first, or give the record's path`,
    );
  }
  const records = await loadProjectRecords(project, io.cwd, { extraFiles: idPaths(ids, io.cwd) });
  return {
    project,
    records,
    lifecycle: lifecycleOf(project.config),
    today,
    io,
    find: (id) => resolveId(id, records, io.cwd),
    show: (record) => displayPath(record.path, io.cwd),
  };
}

/** A status the lifecycle allows, lower case; anything else is a usage error naming the allowed ones. */
export function checkStatus(session: EditSession, status: string): string {
  const wanted = status.trim().toLowerCase();
  if (!session.lifecycle.includes(wanted)) {
    throw new UsageError(`unknown status "${status}"; use one of: ${session.lifecycle.join(', ')}`);
  }
  return wanted;
}

/** The record's status as it reads now, for messages. */
export function currentStatus(record: AdrRecord): string {
  return record.document.status?.normalized ?? record.document.status?.raw ?? 'none';
}

/** How the file at `fromPath` links to `to`: a relative path, and the number and title for the link text. */
export function linkTarget(fromPath: string, to: AdrRecord): LinkTarget {
  return { href: relativeLink(fromPath, to.path), number: numberText(to), title: titleOf(to) };
}

const RELATION_WORDS = /^[a-z][a-z ]*$/;

/** A relation as records write it ("amends", "relates to"); `flag` prefixes the error ("--reverse: "). */
export function checkRelation(relation: string, flag = ''): string {
  const normalized = normalizeRelation(relation);
  if (!RELATION_WORDS.test(normalized)) {
    throw new UsageError(
      `${flag}"${relation}" is not a relation; use words such as "amends" or "relates to"`,
    );
  }
  return normalized;
}

/** A relation and the one written on the other record: `reverse` when given, else the known pair. */
export function relationPair(relation: string, reverse?: string): { relation: string; reverse: string } {
  const checked = checkRelation(relation);
  const other = reverse === undefined ? reverseRelation(checked) : checkRelation(reverse, '--reverse: ');
  if (!other) {
    throw new UsageError(
      `docket does not know the reverse of "${relation}"; name it with --reverse (known relations: ${KNOWN_RELATIONS.join(', ')})`,
    );
  }
  return { relation: checked, reverse: other };
}

export interface PlannedWrite {
  record: AdrRecord;
  text: string;
}

/** The record's new text after `edits`; an edit the record's text does not allow is a usage error. */
export function plan(session: EditSession, record: AdrRecord, edits: readonly AdrEdit[]): PlannedWrite {
  try {
    const text = applyEdits(record.text, record.path, edits, parseOptionsOf(session.project.config));
    return { record, text };
  } catch (error) {
    if (error instanceof EditError)
      throw new UsageError(`cannot edit ${session.show(record)}: ${error.message}`);
    throw error;
  }
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
  ENOENT: 'its folder no longer exists',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && WRITE_REASONS[code]) return WRITE_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether the file may be changed: a read-only file is a "do not edit" that an atomic rename would
 * otherwise override, and its folder must take the temporary file.
 */
async function writeProblem(path: string): Promise<string | null> {
  for (const target of [path, dirname(path)]) {
    const denied = await access(target, constants.W_OK).then(
      () => null,
      (error: unknown) => error,
    );
    if (denied) return reason(denied);
  }
  return null;
}

/** Refuses, before anything is written, a planned write to a file or folder docket may not change. */
export async function checkWritable(session: EditSession, writes: readonly PlannedWrite[]): Promise<void> {
  for (const write of writes) {
    if (write.text === write.record.text) continue;
    const problem = await writeProblem(write.record.path);
    if (problem) {
      throw new UsageError(`cannot write ${session.show(write.record)}: ${problem}; no record was changed`);
    }
  }
}

/**
 * Writes the changed files, each atomically. Every file is checked for write permission first, and
 * when a write fails anyway, those already written are put back, so a two-file edit such as
 * `supersede` never leaves one record updated and the other not. Returns the writes that changed
 * something.
 */
export async function commit(session: EditSession, writes: readonly PlannedWrite[]): Promise<PlannedWrite[]> {
  await checkWritable(session, writes);
  const changed = writes.filter((w) => w.text !== w.record.text);
  const done: PlannedWrite[] = [];
  for (const write of changed) {
    try {
      await writeFileAtomic(write.record.path, write.text);
      done.push(write);
    } catch (error) {
      for (const written of done)
        await writeFileAtomic(written.record.path, written.record.text).catch(() => {});
      throw new UsageError(
        `cannot write ${session.show(write.record)}: ${reason(error)}; no record was changed`,
      );
    }
  }
  return changed;
}

/** "0007-use-kafka.md" for messages about the other end of a link. */
export function shortName(record: AdrRecord): string {
  return basename(record.path);
}
