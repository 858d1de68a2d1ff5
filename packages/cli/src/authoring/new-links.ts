// `docket new --supersedes N` and `--link N:relation`: the new record links to the others, and the
// others get the reverse link (and, when superseded, their new status) in their own dialect. Every
// problem — an unknown id, an unknown relation, a record that cannot be edited or written — is found
// before the new record is created; a write that fails afterwards removes the new record again.
import { unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type AdrEdit, applyEdits, EditError, parseAdr, parseOptionsOf } from '@docket/core';
import { UsageError } from '../context.js';
import {
  checkStatus,
  checkWritable,
  commit,
  type EditSession,
  linkTarget,
  type PlannedWrite,
  plan,
  relationPair,
  sessionFor,
  shortName,
} from '../editing.js';
import type { Project } from '../project.js';
import type { AdrRecord } from '../records.js';

export interface NewRecordLink {
  /** The record already there. */
  other: AdrRecord;
  /** Written on the new record ("supersedes", "amends"). */
  relation: string;
  /** Written on the other record ("superseded by", "amended by"). */
  reverse: string;
}

export interface NewRecordLinks {
  session: EditSession;
  links: NewRecordLink[];
}

/** "7:amends" or "docs/adr/0007-x.md:relates to" -> the id and the relation. */
export function parseLinkOption(value: string): { id: string; relation: string } {
  const at = value.lastIndexOf(':');
  const id = value.slice(0, Math.max(at, 0)).trim();
  const relation = value.slice(at + 1).trim();
  if (at < 0 || id === '' || relation === '') {
    throw new UsageError(`--link: "${value}" needs the form <id>:<relation>, e.g. --link 7:amends`);
  }
  return { id, relation };
}

/** Resolves the records and relations the options name; null when there are none. */
export async function prepareNewRecordLinks(
  project: Project,
  io: EditSession['io'],
  today: string,
  options: { supersedes?: string[]; link?: string[] },
): Promise<NewRecordLinks | null> {
  const supersedes = options.supersedes ?? [];
  const linked = (options.link ?? []).map(parseLinkOption);
  if (supersedes.length === 0 && linked.length === 0) return null;
  const pairs = linked.map(({ id, relation }) => ({
    id,
    ...withFlag('--link', () => relationPair(relation)),
  }));
  const session = await sessionFor(project, io, [...supersedes, ...pairs.map((p) => p.id)], today);
  if (supersedes.length > 0) withFlag('--supersedes', () => checkStatus(session, 'superseded'));
  const links: NewRecordLink[] = [
    ...supersedes.map((id) => ({
      other: withFlag('--supersedes', () => session.find(id)),
      relation: 'supersedes',
      reverse: 'superseded by',
    })),
    ...pairs.map(({ id, relation, reverse }) => ({
      other: withFlag('--link', () => session.find(id)),
      relation,
      reverse,
    })),
  ];
  return { session, links };
}

/** Runs `check`, naming the option in its usage error. */
function withFlag<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${flag}: ${error.message}`);
    throw error;
  }
}

/** The new record's text (to be written at `path`) with its links to the others. */
export function withLinks(prepared: NewRecordLinks, text: string, path: string): string {
  const edits: AdrEdit[] = prepared.links.map(({ relation, other }) => ({
    type: 'add-link',
    relation,
    target: linkTarget(path, other),
  }));
  try {
    return applyEdits(text, path, edits, parseOptionsOf(prepared.session.project.config));
  } catch (error) {
    if (error instanceof EditError)
      throw new UsageError(`cannot link the new record: ${error.message}; nothing was written`);
    throw error;
  }
}

/** What the other records become once `created` exists: the reverse links, and "superseded" with a date. */
function reverseWrites(prepared: NewRecordLinks, created: AdrRecord): PlannedWrite[] {
  const { session } = prepared;
  const byRecord = new Map<AdrRecord, AdrEdit[]>();
  for (const { other, reverse } of prepared.links) {
    const edits = byRecord.get(other) ?? [];
    if (reverse === 'superseded by')
      edits.push({ type: 'set-status', status: checkStatus(session, 'superseded'), date: session.today });
    edits.push({ type: 'add-link', relation: reverse, target: linkTarget(other.path, created) });
    byRecord.set(other, edits);
  }
  return [...byRecord].map(([record, edits]) => plan(session, record, edits));
}

function recordAt(prepared: NewRecordLinks, path: string, text: string): AdrRecord {
  const document = parseAdr({ path, text }, parseOptionsOf(prepared.session.project.config));
  return { path, folder: dirname(path), text, document };
}

/**
 * Checks, before the new record exists, that every other record can take its edit and be written:
 * the edits are planned against a stand-in for the new record in `folder`.
 */
export async function checkNewRecordLinks(
  prepared: NewRecordLinks,
  folder: string,
  text: string,
): Promise<void> {
  const standIn = recordAt(prepared, join(folder, 'new-record.md'), text);
  await checkWritable(prepared.session, reverseWrites(prepared, standIn));
}

/**
 * Writes the reverse links now that the new record is at `path`. When a record cannot be written,
 * the others are put back and the new record is removed, so the command changes nothing.
 * Returns one line per record changed, for the user.
 */
export async function writeReverseLinks(
  prepared: NewRecordLinks,
  path: string,
  text: string,
): Promise<string[]> {
  const created = recordAt(prepared, path, text);
  try {
    const changed = await commit(prepared.session, reverseWrites(prepared, created));
    return changed.map((write) => {
      const reverses = prepared.links.filter((l) => l.other === write.record).map((l) => l.reverse);
      return `${prepared.session.show(write.record)}: ${reverses.join(', ')} ${shortName(created)}`;
    });
  } catch (error) {
    await unlink(path).catch(() => {});
    if (error instanceof UsageError) throw new UsageError(`${error.message}; the new record was not kept`);
    throw error;
  }
}
