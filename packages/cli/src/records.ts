// The records a command works on: the project's ADR folders plus any files named on the command
// line, read whole. A file that cannot be read stops the command: a review pack, a due list or an
// edit that silently leaves a record out would mislead. Every command that reads records (review,
// due, status, supersede, link, decide, list, index, graph) loads them here.
import { stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import {
  type AdrDocument,
  parseAdr,
  parseOptionsOf,
  recordNumberText,
  recordTitle,
  type SourceFile,
} from '@docket/core';
import { UsageError } from './context.js';
import { discover, displayPath } from './discover.js';
import type { Project } from './project.js';
import { readSources } from './sources.js';

export interface RecordSelection {
  /** Files, folders or globs that replace the project's ADR folders. */
  paths?: string[];
  /** Files named on the command line (absolute), read even when they are outside the ADR folders. */
  extraFiles?: string[];
}

/** Reads the project's records (or only `paths`, when given), plus `extraFiles` named by path. */
export async function readProjectRecords(
  project: Project,
  cwd: string,
  options: RecordSelection = {},
): Promise<SourceFile[]> {
  const extra = options.extraFiles ?? [];
  for (const file of extra) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`no such ADR file: ${displayPath(file, cwd)}`);
  }
  const searchFolders =
    (options.paths?.length ?? 0) > 0 || project.adrFolders.length > 0 || extra.length === 0;
  const found = searchFolders
    ? await discover(options.paths ?? [], cwd, { folders: project.adrFolders, isIgnored: project.isIgnored })
    : { files: [] };
  const files = [...new Set([...found.files, ...extra])].sort();
  const { sources, failures } = await readSources(files, { maxBytes: project.config.maxFileSize });
  const failure = failures[0];
  if (failure) throw new UsageError(`cannot read ${displayPath(failure.path, cwd)}: ${failure.reason}`);
  return sources;
}

/** A record as read and parsed, with the text kept byte for byte so that edits can be written back. */
export interface AdrRecord {
  /** Absolute path. */
  path: string;
  /** The ADR folder the record lives in (its own folder when it is outside them). */
  folder: string;
  /** The text as read, byte-order mark included. */
  text: string;
  document: AdrDocument;
}

/** The project's records parsed with its section and status aliases, sorted by number, then path. */
export async function loadProjectRecords(
  project: Project,
  cwd: string,
  options: RecordSelection = {},
): Promise<AdrRecord[]> {
  const sources = await readProjectRecords(project, cwd, options);
  const parseOptions = parseOptionsOf(project.config);
  const folderOf = (path: string) =>
    project.adrFolders.find((folder) => isInside(path, folder.path))?.path ?? dirname(path);
  return sources
    .map((source) => ({
      path: source.path,
      folder: folderOf(source.path),
      text: source.text,
      document: parseAdr(source, parseOptions),
    }))
    .sort(byNumberThenPath);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel);
}

/** The document of a record, or the document itself. */
export function documentOf(item: AdrDocument | AdrRecord): AdrDocument {
  return 'document' in item ? item.document : item;
}

/** Record order: by number (unnumbered last), then by path. */
export function byNumberThenPath(a: AdrDocument | AdrRecord, b: AdrDocument | AdrRecord): number {
  const x = documentOf(a).number?.value ?? Number.POSITIVE_INFINITY;
  const y = documentOf(b).number?.value ?? Number.POSITIVE_INFINITY;
  if (x !== y) return x < y ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The number as the file name writes it ("0007"), else as the record states it ("7"). */
export function numberText(record: AdrRecord): string | null {
  return recordNumberText(record.document);
}

/** The record's title, or its file name when it has none. */
export function titleOf(record: AdrRecord): string {
  return recordTitle(record.document);
}

/** A link from one file to another as markdown writes it: relative, with forward slashes. */
export function relativeLink(from: string, to: string): string {
  return relative(dirname(from), to).split(sep).join('/');
}
