// What an ADR folder already looks like: how its files are named (numbers and their width, or
// log4brains' dates), which format its records are written in, and which template file its tool
// keeps there. `docket init` reports it and `docket new` follows it, so docket adopts a team's
// conventions instead of imposing its own.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type AdrDocument, parseAdr } from '@docket/core';
import type { Dialect } from '@docket/templates';
import type { AdrFolder } from '../discover.js';
import { collectAdrFiles } from '../discover.js';

/** How records are named: `0007-use-postgres.md` (width 4), `7-use-postgres.md` (width 1), `20240131-use-postgres.md`. */
export type Naming = { kind: 'number'; width: number; prefix: string } | { kind: 'date' };

export const DEFAULT_NAMING: Naming = { kind: 'number', width: 4, prefix: '' };

export interface FolderLayout {
  folder: AdrFolder;
  /** Records in the folder (absolute paths). */
  records: string[];
  naming: Naming;
  /** The format most of the recent records are written in, or null; read only when asked (it parses records). */
  dialect(): Promise<RecordDialect>;
  /** The template the folder's tool keeps: adr-tools' templates/template.md, log4brains' template.md. */
  toolTemplate: string | null;
}

/** A record file name's number: `0007-x.md`, `ADR-0007-x.md`, `7_x.md`; not a date prefix. */
const NUMBERED = /^(adr[-_]?)?(\d{1,6})(?=[-_.])/i;
const DATED = /^(?:\d{8}|\d{4}-\d{2}-\d{2})[-_]/;

export function numberOfName(name: string): number | null {
  if (DATED.test(name)) return null;
  const match = NUMBERED.exec(name);
  return match ? Number(match[2]) : null;
}

/** The naming the existing names follow; `fallback` when none is numbered or dated. */
export function namingOf(names: string[], fallback: Naming): Naming {
  let dated = 0;
  let numbered = 0;
  let width = 0;
  const prefixes = new Map<string, number>();
  for (const name of names) {
    if (DATED.test(name)) {
      dated++;
      continue;
    }
    const match = NUMBERED.exec(name);
    if (!match) continue;
    numbered++;
    const digits = match[2] as string;
    // Only a leading zero proves padding: "12-x.md" fits widths 1 and 2 alike.
    if (digits.startsWith('0') && digits.length > 1) width = Math.max(width, digits.length);
    const prefix = match[1] ?? '';
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  if (dated === 0 && numbered === 0) return fallback;
  if (dated > numbered) return { kind: 'date' };
  const prefix = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { kind: 'number', width: width || 1, prefix };
}

export type RecordDialect = Exclude<Dialect, 'custom'> | null;

/** The format one record is written in, from where it keeps its metadata and which sections it has. */
export function dialectOf(document: AdrDocument): RecordDialect {
  const kinds = new Set(document.sections.map((section) => section.kind));
  const statusSource = document.metadata.status?.source;
  const reviewSections = (['failure', 'reversibility', 'revisit', 'rejected'] as const).filter((kind) =>
    kinds.has(kind),
  ).length;
  if (document.frontmatter && reviewSections >= 2) return 'docket';
  if (!document.frontmatter && statusSource === 'section') return 'nygard';
  if (document.frontmatter || statusSource === 'bullet' || kinds.has('proscons') || kinds.has('options'))
    return 'madr';
  return null;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** The most recent records are the best guide to how the next one should look. */
const RECORDS_SAMPLED = 5;

async function dialectOfRecords(records: string[]): Promise<RecordDialect> {
  const votes = new Map<string, number>();
  for (const path of records.slice(-RECORDS_SAMPLED)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const dialect = dialectOf(parseAdr({ path, text }));
    if (dialect) votes.set(dialect, (votes.get(dialect) ?? 0) + 1);
  }
  return ([...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null) as RecordDialect;
}

export async function inspectFolder(folder: AdrFolder): Promise<FolderLayout> {
  const names = await readdir(folder.path).catch(() => [] as string[]);
  const records = (await collectAdrFiles(folder.path).catch(() => [] as string[])).sort();
  const fallback: Naming = folder.source === '.log4brains.yml' ? { kind: 'date' } : DEFAULT_NAMING;
  const naming = namingOf(names, fallback);

  let dialect: Promise<RecordDialect> | null = null;
  let toolTemplate: string | null = null;
  for (const candidate of [join(folder.path, 'templates', 'template.md'), join(folder.path, 'template.md')]) {
    if (await exists(candidate)) {
      toolTemplate = candidate;
      break;
    }
  }
  return {
    folder,
    records,
    naming,
    dialect: () => {
      dialect ??= dialectOfRecords(records);
      return dialect;
    },
    toolTemplate,
  };
}

/** The highest record number among `names` (file or folder names in the ADR folder), 0 when none. */
export function highestNumber(names: string[]): number {
  let highest = 0;
  for (const name of names) {
    const number = numberOfName(name);
    if (number !== null && number > highest) highest = number;
  }
  return highest;
}
