// The lint cache (`docket lint --cache`): one JSON file remembering, per record, a hash of its
// content and what the per-document half of the run found in it, plus the record's repository
// slice. A record whose hash matches is not parsed again. Repository (cross-file) rules are
// never read from a per-file entry: their findings are stored under a key covering every record
// of the run, so any change anywhere recomputes them from the slices.
// The cache is an optimisation only: a missing, unreadable or foreign file is ignored (with a note
// when it looks damaged) and replaced; writes are atomic, so a crash never leaves half a file.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding, RepositoryDocument } from '@docket/core';
import { UsageError } from './context.js';
import { writeFileAtomic } from './fs/safe-write.js';
import { sha256 } from './sha256.js';

/** Bumped when the file's layout changes; older files are then ignored and rewritten. */
const FORMAT = 1;
/** Repository results kept for different sets of records (a one-file run next to a full run). */
const REPOSITORY_SLOTS = 4;

export const DEFAULT_CACHE_LOCATION = '.docket-cache/lint.json';

export interface FileEntry {
  /** Hash of the record's text (and base text, when the run compares with a base). */
  hash: string;
  /** Findings of the document-scope rules. */
  findings: Finding[];
  /** What repository rules read from the record. */
  view: RepositoryDocument;
}

interface RepositorySlot {
  key: string;
  /** Findings of the repository rules, by record path. */
  findings: Record<string, Finding[]>;
}

interface CacheFile {
  format: number;
  key: string;
  files: Record<string, FileEntry>;
  repository: RepositorySlot[];
}

/** Any JSON value with object keys sorted, so equal configurations hash alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function hashOf(...parts: unknown[]): string {
  const hash = sha256();
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(canonical(part)));
  return hash.digest('hex').slice(0, 32);
}

/**
 * The hash a record's entry is valid for: its text, its base text when the run compares, and its
 * first-commit date when the run read one (rules date undated records by it).
 */
export function contentHash(text: string, baseText?: string | null, firstCommitted?: string): string {
  const hash = sha256().update(text);
  if (baseText !== undefined) hash.update(baseText === null ? '\0new' : `\0base\0${baseText}`);
  if (firstCommitted !== undefined) hash.update(`\0first\0${firstCommitted}`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Where the cache lives: `--cache-location` resolved from `cwd`; a folder (an existing one, or a
 * path written with a trailing slash) holds `lint.json`. Default: .docket-cache/lint.json in `root`.
 */
export function cacheFilePath(location: string | undefined, root: string, cwd: string): string {
  if (location === undefined) return resolve(root, DEFAULT_CACHE_LOCATION);
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? resolve(path, 'lint.json') : path;
}

/** The cache file `docket lint` uses: undefined without --cache. */
export function cacheFileOption(
  options: { cache?: boolean; cacheLocation?: string },
  root: string,
  cwd: string,
): string | undefined {
  if (!options.cache) {
    if (options.cacheLocation !== undefined) {
      throw new UsageError(
        `--cache-location ${options.cacheLocation} needs --cache; add --cache to use a cache`,
      );
    }
    return undefined;
  }
  return cacheFilePath(options.cacheLocation, root, cwd);
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<CacheFile>;
  return (
    typeof file.format === 'number' &&
    typeof file.key === 'string' &&
    !!file.files &&
    typeof file.files === 'object' &&
    Array.isArray(file.repository)
  );
}

function isEntry(value: unknown): value is FileEntry {
  const entry = value as Partial<FileEntry> | null;
  return (
    !!entry &&
    typeof entry.hash === 'string' &&
    Array.isArray(entry.findings) &&
    !!entry.view &&
    typeof entry.view.path === 'string'
  );
}

export class LintCache {
  private files: Record<string, FileEntry> = {};
  private repository: RepositorySlot[] = [];
  private changed = false;
  /** Paths this run looked up or stored: the rest are checked for existence on save. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly path: string,
    /** Hash of docket's version and the resolved configuration. */
    readonly key: string,
  ) {}

  /**
   * Reads the cache at `path` for the configuration `key`. A file written for another key or
   * format starts an empty cache silently; a damaged one does too, with a note for stderr.
   */
  static async load(path: string, key: string): Promise<{ cache: LintCache; note?: string }> {
    const cache = new LintCache(path, key);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      // No cache yet; a path through a file fails again on save, which says so.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { cache };
      return {
        cache,
        note: `cannot read the cache ${path} (${(error as Error).message}); linting without it`,
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!isCacheFile(parsed)) {
      return { cache, note: `the cache ${path} is damaged; ignoring it and writing a new one` };
    }
    if (parsed.format === FORMAT && parsed.key === key) {
      cache.files = parsed.files;
      cache.repository = parsed.repository;
    }
    // Another format or configuration: every entry is stale, and the next save replaces them.
    else cache.changed = true;
    return { cache };
  }

  /** The entry of `path` when it was stored for the same content, else undefined. */
  lookup(path: string, hash: string): FileEntry | undefined {
    this.seen.add(path);
    const entry = this.files[path];
    return entry && entry.hash === hash && isEntry(entry) ? entry : undefined;
  }

  store(path: string, entry: FileEntry): void {
    this.files[path] = entry;
    this.seen.add(path);
    this.changed = true;
  }

  /** Repository findings stored for exactly this set of records and inputs. */
  repositoryFindings(key: string): Record<string, Finding[]> | undefined {
    return this.repository.find((slot) => slot.key === key)?.findings;
  }

  storeRepositoryFindings(key: string, findings: Record<string, Finding[]>): void {
    this.repository = [{ key, findings }, ...this.repository.filter((s) => s.key !== key)].slice(
      0,
      REPOSITORY_SLOTS,
    );
    this.changed = true;
  }

  /**
   * Writes the cache when something changed, atomically. Entries of records outside this run
   * are kept while their file exists (a one-file run does not empty the cache of a full one).
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    for (const path of Object.keys(this.files)) {
      if (!this.seen.has(path) && !existsSync(path)) delete this.files[path];
    }
    const file: CacheFile = { format: FORMAT, key: this.key, files: this.files, repository: this.repository };
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, JSON.stringify(file));
    this.changed = false;
  }
}
