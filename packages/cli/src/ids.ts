// Record ids as people type them on the command line: `7`, `0007`, `ADR-7`, `adr-0007`, or a
// path to the file. Resolving them against the parsed records gives one-line errors for an
// unknown, ambiguous or malformed id. Every command that takes `<id>` resolves it here; a path may
// name a file outside the ADR folders when the command read it (records.ts, `extraFiles`).
import { isAbsolute, resolve } from 'node:path';
import type { AdrDocument } from '@docket/core';
import { UsageError } from './context.js';
import { displayPath } from './discover.js';
import { type AdrRecord, documentOf } from './records.js';

/** The record number an id names, or null when the id is not a number form (it may be a path). */
export function parseAdrNumber(id: string): number | null {
  const match = /^(?:adr[-_ ]?)?#?0*(\d+)$/i.exec(id.trim());
  return match ? Number(match[1]) : null;
}

/** Whether an argument names a file rather than a number: it has a folder separator or a `.md` ending. */
export function looksLikePath(id: string): boolean {
  return /[\\/]/.test(id) || /\.md$/i.test(id);
}

/** The absolute paths of the ids that name files. */
export function idPaths(ids: readonly string[], cwd: string): string[] {
  return ids.filter(looksLikePath).map((id) => (isAbsolute(id) ? id : resolve(cwd, id)));
}

/**
 * The records `ids` name, in the order given, each once: parsed documents or whole records.
 * Throws a UsageError naming the id when it is malformed, matches no record, or matches more than one.
 */
export function resolveIds<T extends AdrDocument | AdrRecord>(
  ids: readonly string[],
  records: readonly T[],
  cwd: string,
): T[] {
  const chosen: T[] = [];
  for (const id of ids) {
    const match = resolveId(id, records, cwd);
    if (!chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}

/** The one record `id` names; see resolveIds. */
export function resolveId<T extends AdrDocument | AdrRecord>(
  id: string,
  records: readonly T[],
  cwd: string,
): T {
  if (looksLikePath(id)) {
    const path = isAbsolute(id) ? id : resolve(cwd, id);
    const match = records.find((r) => r.path === path);
    if (!match) throw new UsageError(`no ADR file ${id}`);
    return match;
  }
  const number = parseAdrNumber(id);
  if (number === null) {
    throw new UsageError(`"${id}" is not an ADR id; write a number (7, 0007, ADR-7) or the path to the file`);
  }
  const numberOf = (record: T) => documentOf(record).number?.value;
  const matches = records.filter((r) => numberOf(r) === number);
  if (matches.length === 0) {
    const numbers = records.map(numberOf).filter((n): n is number => n !== undefined);
    const known =
      numbers.length > 0
        ? `; the records are numbered ${Math.min(...numbers)} to ${Math.max(...numbers)}`
        : '';
    throw new UsageError(`no ADR numbered ${number} (from "${id}")${known}`);
  }
  if (matches.length > 1) {
    const paths = matches.map((r) => displayPath(r.path, cwd)).join(', ');
    throw new UsageError(
      `ADR number ${number} is used by ${matches.length} records (${paths}); give the path instead`,
    );
  }
  return matches[0] as T;
}
