// The baseline: how a repository with years of records adopts docket. `docket lint
// --update-baseline` records today's findings in `.docket-baseline.json`; later runs report only
// findings that are not in it. A finding is recognised by its rule, its file and a hash of the
// line it points at (not the line number), so edits elsewhere in the file do not revive it; counts
// per fingerprint make a second identical finding new.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AdrDocument, FileResult, Finding } from '@docket/core';

/** What fingerprints read of a record: its text and line offsets (not its whole model). */
export type RecordText = Pick<AdrDocument, 'path' | 'text' | 'lineStarts'>;

import { UsageError } from './context.js';
import { displayPath } from './discover.js';
import { writeFileAtomic } from './fs/safe-write.js';
import { sha256 } from './sha256.js';

export const BASELINE_FILE = '.docket-baseline.json';
const VERSION = 1;

/** file (relative to the baseline's folder, with forward slashes) -> rule id -> fingerprint -> count. */
export type BaselineEntries = Record<string, Record<string, Record<string, number>>>;

export interface Baseline {
  version: typeof VERSION;
  files: BaselineEntries;
}

/**
 * The line a finding points at, reduced to what identifies it: no surrounding whitespace, no list
 * marker or heading number (renumbering a list or the sections does not make a finding new).
 */
export function findingContext(document: RecordText, finding: Finding): string {
  const start = document.lineStarts[finding.line - 1];
  if (start === undefined) return '';
  const end = document.text.indexOf('\n', start);
  return document.text
    .slice(start, end === -1 ? undefined : end)
    .replace(/^\s*(?:#{1,6}\s+)?(?:[-*+]\s+|\d+(?:\.\d+)*[.)]?\s+)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fingerprint(document: RecordText, finding: Finding): string {
  return sha256()
    .update(`${finding.messageId}\n${findingContext(document, finding)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The key a file has in the baseline: its path relative to the baseline's folder, POSIX style. */
export function baselineKey(folder: string, file: string): string {
  const rel = relative(folder, file);
  return (rel.startsWith('..') || isAbsolute(rel) ? file : rel).split(sep).join('/');
}

function entriesFor(document: RecordText, findings: Finding[]): Record<string, Record<string, number>> {
  const rules: Record<string, Record<string, number>> = {};
  for (const finding of findings) {
    const counts = rules[finding.ruleId] ?? {};
    rules[finding.ruleId] = counts;
    const print = fingerprint(document, finding);
    counts[print] = (counts[print] ?? 0) + 1;
  }
  return rules;
}

export interface ResultWithDocument {
  result: FileResult;
  document: RecordText;
}

/**
 * The baseline after a run: the linted files' entries are today's findings; other files keep their
 * entries when `stillExists` says the file is there (a `--since` run updates only what it saw).
 */
export function updateBaseline(
  previous: Baseline | null,
  folder: string,
  linted: ResultWithDocument[],
  stillExists: (key: string) => boolean,
): Baseline {
  const files: BaselineEntries = {};
  const lintedKeys = new Set(linted.map(({ result }) => baselineKey(folder, result.filePath)));
  for (const [key, rules] of Object.entries(previous?.files ?? {})) {
    if (!lintedKeys.has(key) && stillExists(key)) files[key] = rules;
  }
  for (const { result, document } of linted) {
    if (result.findings.length === 0) continue;
    files[baselineKey(folder, result.filePath)] = entriesFor(document, result.findings);
  }
  return { version: VERSION, files };
}

export interface Filtered {
  results: FileResult[];
  /** Findings the baseline hid. */
  suppressed: number;
  /** Baseline entries of the linted files that no longer occur: fixed since the baseline was taken. */
  unused: number;
}

/** Removes the findings the baseline knows, up to its count per fingerprint; later duplicates stay. */
export function applyBaseline(baseline: Baseline, folder: string, linted: ResultWithDocument[]): Filtered {
  let suppressed = 0;
  let unused = 0;
  const results = linted.map(({ result, document }) => {
    const known = baseline.files[baselineKey(folder, result.filePath)];
    if (!known) return result;
    const remaining = new Map<string, number>();
    for (const [rule, prints] of Object.entries(known)) {
      for (const [print, count] of Object.entries(prints)) remaining.set(`${rule}\n${print}`, count);
    }
    const findings = result.findings.filter((finding) => {
      const key = `${finding.ruleId}\n${fingerprint(document, finding)}`;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      suppressed++;
      return false;
    });
    for (const left of remaining.values()) unused += left;
    return {
      ...result,
      findings,
      errorCount: findings.filter((f) => f.severity === 2).length,
      warningCount: findings.filter((f) => f.severity === 1).length,
    };
  });
  return { results, suppressed, unused };
}

/** Sorted keys at every level, two-space indentation, a final newline: diffs stay small and stable. */
export function serializeBaseline(baseline: Baseline): string {
  const sortKeys = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  };
  return `${JSON.stringify({ version: baseline.version, files: sortKeys(baseline.files) }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks a parsed baseline's shape; the problem names the key path, for a one-line error. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data)) throw new Error('expected an object with "version" and "files"');
  if (data.version !== VERSION) {
    throw new Error(`"version" is ${JSON.stringify(data.version)}; this docket reads version ${VERSION}`);
  }
  if (!isRecord(data.files)) throw new Error('"files" must be an object');
  for (const [file, rules] of Object.entries(data.files)) {
    if (!isRecord(rules)) throw new Error(`files["${file}"] must be an object of rule ids`);
    for (const [rule, prints] of Object.entries(rules)) {
      if (!isRecord(prints)) throw new Error(`files["${file}"]["${rule}"] must be an object of fingerprints`);
      for (const [print, count] of Object.entries(prints)) {
        if (!Number.isInteger(count) || (count as number) < 1) {
          throw new Error(
            `files["${file}"]["${rule}"]["${print}"] is ${JSON.stringify(count)}; expected a count of 1 or more`,
          );
        }
      }
    }
  }
  return data as unknown as Baseline;
}

/** Reads a baseline file; null when there is none. A broken one is a usage error naming the file. */
export async function readBaseline(path: string, shown: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`cannot read the baseline ${shown}: ${(error as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (error) {
    throw new UsageError(
      `baseline ${shown}: ${(error as Error).message}; fix it, or delete it and run docket lint --update-baseline`,
    );
  }
}

export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await writeFileAtomic(path, serializeBaseline(baseline));
}

export interface BaselineOptions {
  /** A baseline file, or false for `--no-baseline`. */
  baseline?: string | false;
  updateBaseline?: boolean;
}

export interface BaselineOutcome {
  results: FileResult[];
  /** One-line messages for stderr, each printed after "docket: ". */
  notes: string[];
}

/**
 * The baseline step of `docket lint`: with --update-baseline, record the run's findings; then hide
 * the baselined ones. `folder` is where the default baseline file lives (the project root).
 */
export async function baselineStep(
  options: BaselineOptions,
  folder: string,
  cwd: string,
  run: { results: FileResult[]; documents: readonly RecordText[] },
): Promise<BaselineOutcome> {
  const documents = new Map(run.documents.map((document) => [document.path, document]));
  const linted = run.results.flatMap((result) => {
    const document = documents.get(result.filePath);
    return document ? [{ result, document }] : [];
  });
  const results = linted.map(({ result }) => result);
  if (options.baseline === false) {
    if (options.updateBaseline)
      throw new UsageError('--update-baseline cannot be combined with --no-baseline');
    return { results, notes: [] };
  }
  const path =
    options.baseline === undefined ? resolve(folder, BASELINE_FILE) : resolve(cwd, options.baseline);
  const base = resolve(path, '..');
  const shown = displayPath(path, cwd);
  const existing = await readBaseline(path, shown);
  const notes: string[] = [];
  let baseline = existing;
  if (options.updateBaseline) {
    baseline = updateBaseline(existing, base, linted, (key) => existsSync(resolve(base, key)));
    await writeBaseline(path, baseline);
    const counts = Object.values(baseline.files).flatMap((rules) =>
      Object.values(rules).flatMap((prints) => Object.values(prints)),
    );
    const total = counts.reduce((n, count) => n + count, 0);
    notes.push(
      `wrote ${shown}: ${total} finding${total === 1 ? '' : 's'} in ${Object.keys(baseline.files).length} file${
        Object.keys(baseline.files).length === 1 ? '' : 's'
      }; later runs report only new ones`,
    );
  } else if (!baseline) {
    if (options.baseline !== undefined) {
      throw new UsageError(
        `no baseline at ${shown}; create it with docket lint --update-baseline --baseline ${shown}`,
      );
    }
    return { results, notes };
  }
  const filtered = applyBaseline(baseline, base, linted);
  if (filtered.unused > 0) {
    notes.push(
      `note: ${filtered.unused} baselined finding${filtered.unused === 1 ? ' is' : 's are'} fixed; run docket lint --update-baseline to drop ${
        filtered.unused === 1 ? 'it' : 'them'
      } from ${shown}`,
    );
  }
  return { results: filtered.results, notes };
}
