// How `docket lint` runs core over many files quickly: each record is parsed once (in worker
// threads when there are many), only its findings and small repository slice are kept, unchanged
// records come from the cache, and the repository rules run over every record's slice. The
// findings are the ones lintSources gives for the same inputs. Records not read yet are read by
// whichever thread lints them, so a run over thousands holds the texts of a few batches at a time.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import {
  type AdrDocument,
  allRules,
  computeLineStarts,
  type DocketConfig,
  type FileResult,
  type Finding,
  fileResult,
  type LintSourcesInputs,
  lintRepository,
  parseSource,
  type RepositoryDocument,
  type ResolvedConfig,
  type Rule,
  repositoryView,
  resolveConfig,
} from '@docket/core';
import { contentHash, hashOf, LintCache } from './cache.js';
import { type LintSource, type ReadFailure, withText } from './sources.js';
import { nodeFlagSetByUser, optimiseLongRun } from './v8-flags.js';
import { lintBatch, type RecordOutcome, type UnreadRecord } from './workers/lint-batch.js';
import { runBatches } from './workers/pool.js';

/** Set by the esbuild bundle (scripts/bundle.mjs) to the bundled worker's file name. */
declare const DOCKET_LINT_WORKER: string | undefined;

/** Records per message to a worker: small enough to balance, large enough to amortise messaging. */
const BATCH_SIZE = 16;
/** Fewer records than this are parsed on the main thread: starting a worker costs about as much. */
const MIN_RECORDS_FOR_WORKERS = 64;
/**
 * From this many records on, workers keep their heaps close to what they hold. Left alone, V8 lets
 * a worker's old generation grow to about five times its live data (some 12 MB: code and rules)
 * before a full collection; each worker then peaks near 125 MB, most of it parse trees long dead.
 * Growing by 100% instead halves that (10,000 records: 334 → 285 MB peak for the process) for
 * about 7% more CPU, which a run this large can spare and a short one need not pay.
 */
const MIN_RECORDS_FOR_COMPACT_HEAPS = 2000;
const COMPACT_HEAP_GROWING_PERCENT = 100;
/**
 * A worker's young generation in those runs. V8's default lets each worker hold some 48 MB of new
 * objects between scavenges; a record's garbage is short-lived, so a third of that catches nearly
 * as much of it before it is promoted (10,000 records: 292 → 243 MB peak, the same CPU time).
 * Much smaller (8 MB) promotes parse trees that are still in use, and costs twice the CPU.
 */
const COMPACT_YOUNG_GENERATION_MB = 24;

/**
 * Runs `work` with V8 growing heaps by at most `percent` past their live data. The setting is
 * V8's, for the whole process, and read by each heap as it grows, so it holds for the workers the
 * work starts; V8's default (0: its own heuristics) comes back afterwards.
 */
async function withHeapGrowth<T>(percent: number, work: () => Promise<T>): Promise<T> {
  if (nodeFlagSetByUser(/^--heap[-_]growing[-_]percent\b/)) return work();
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return await work();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
  }
}

export interface LintFilesOptions extends LintSourcesInputs {
  /** Rule registry; a custom one (tests, embedders) runs on the main thread only. */
  rules?: readonly Rule[];
  /** The cache file, or undefined to lint without one. */
  cacheFile?: string;
  /** docket's version: part of the cache key. */
  version: string;
  /** Threads to use at most, the main one included; default: the machine's cores. */
  threads?: number;
}

/** A linted file's text, for steps that quote lines (the baseline's fingerprints). */
export interface LintedText {
  path: string;
  readonly text: string;
  readonly lineStarts: number[];
}

export interface LintFilesOutcome {
  results: FileResult[];
  documents: LintedText[];
  /** Records that could not be read when their turn came, in the order given. */
  failures: ReadFailure[];
  /** One-line notes for stderr, each printed after "docket: " (a damaged cache that was ignored). */
  notes: string[];
}

function workerUrl(): URL {
  const bundled = typeof DOCKET_LINT_WORKER === 'string' ? DOCKET_LINT_WORKER : undefined;
  return new URL(bundled ?? './workers/lint-worker.js', import.meta.url);
}

/**
 * A record's text for the steps after linting, read again on first use when the run did not keep
 * it (only a baseline's fingerprints ask, and only for records with findings). A record that can
 * no longer be read then has no lines to quote.
 */
function lintedText(source: LintSource, maxBytes: number | undefined): LintedText {
  let text = source.text;
  let lineStarts: number[] | undefined;
  return {
    path: source.path,
    get text() {
      if (text === undefined) {
        const read = withText(source, maxBytes);
        text = 'reason' in read ? '' : read.text;
      }
      return text;
    },
    get lineStarts() {
      lineStarts ??= computeLineStarts(this.text);
      return lineStarts;
    },
  };
}

/** The per-file half for the records the cache did not have, over as many threads as pay off. */
async function lintRecords(
  sources: LintSource[],
  config: DocketConfig,
  resolved: ResolvedConfig,
  options: LintFilesOptions,
): Promise<(RecordOutcome | UnreadRecord)[]> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const workersWorthStarting = Math.floor(sources.length / MIN_RECORDS_FOR_WORKERS);
  if (options.rules || threads < 2 || workersWorthStarting === 0) return lintBatch(sources, resolved);
  const batches: LintSource[][] = [];
  for (let i = 0; i < sources.length; i += BATCH_SIZE) batches.push(sources.slice(i, i + BATCH_SIZE));
  // With a worker for every core the main thread only hands out batches: parsing there too would
  // pile each record's garbage onto the heap that already holds every text and result, which is
  // most of a large run's peak memory. With fewer workers than cores it takes batches as well.
  const everyCoreBusy = workersWorthStarting >= threads;
  const compactHeaps = sources.length >= MIN_RECORDS_FOR_COMPACT_HEAPS;
  const run = () =>
    runBatches(batches, {
      workerUrl: workerUrl(),
      workerData: { config },
      workers: everyCoreBusy ? threads : workersWorthStarting,
      local: everyCoreBusy ? undefined : (batch) => lintBatch(batch, resolved),
      resourceLimits:
        compactHeaps && !nodeFlagSetByUser(/^--(?:max|min)[-_]semi[-_]space[-_]size\b/)
          ? { maxYoungGenerationSizeMb: COMPACT_YOUNG_GENERATION_MB }
          : undefined,
    });
  const outcomes = compactHeaps ? await withHeapGrowth(COMPACT_HEAP_GROWING_PERCENT, run) : await run();
  return outcomes.flat();
}

/**
 * Lints source files as lintSources does (same findings, same order), for a command line: with
 * an optional cache and worker threads, keeping no document trees once a record is linted.
 */
export async function lintFiles(
  given: readonly LintSource[],
  givenConfig: DocketConfig,
  options: LintFilesOptions,
): Promise<LintFilesOutcome> {
  // Every thread, and the cache key, must agree on "today" even when the run crosses midnight.
  const config: DocketConfig = {
    ...givenConfig,
    today: givenConfig.today ?? new Date().toISOString().slice(0, 10),
  };
  optimiseLongRun(given.length);
  const registry = options.rules ?? allRules;
  const resolved = resolveConfig(config, registry);
  const notes: string[] = [];

  let cache: LintCache | undefined;
  if (options.cacheFile) {
    const key = hashOf(
      options.version,
      config,
      registry.map((rule) => rule.meta),
    );
    const loaded = await LintCache.load(options.cacheFile, key);
    cache = loaded.cache;
    if (loaded.note) notes.push(`note: ${loaded.note}`);
  }

  // Per-file half: from the cache when the content is unchanged, else parsed and linted.
  // The cache compares contents, so with it every record is read here first; a hit's text is not
  // kept. A file left unread for its size has no text: its size stands in for it.
  const failures: ReadFailure[] = [];
  let sources: LintSource[] = [...given];
  let hashes: string[] = [];
  let outcomes: (RecordOutcome | undefined)[] = sources.map(() => undefined);
  if (cache) {
    const read: LintSource[] = [];
    outcomes = [];
    for (const record of sources) {
      const s = withText(record, resolved.maxFileSize);
      if ('reason' in s) {
        failures.push(s);
        continue;
      }
      const hash = contentHash(
        s.size === undefined ? s.text : `\u0000size ${s.size}`,
        s.baseText,
        s.firstCommitted,
      );
      const hit = cache.lookup(s.path, hash);
      read.push(hit && record.text === undefined ? record : s);
      hashes.push(hash);
      outcomes.push(hit);
    }
    sources = read;
  }
  const missing = sources.filter((_, i) => outcomes[i] === undefined);
  const fresh = await lintRecords(missing, config, resolved, options);
  let f = 0;
  const unreadable = new Set<number>();
  sources.forEach((source, i) => {
    if (outcomes[i]) return;
    const outcome = fresh[f++] as RecordOutcome | UnreadRecord;
    if ('failure' in outcome) {
      failures.push(outcome.failure);
      unreadable.add(i);
      return;
    }
    outcomes[i] = outcome;
    cache?.store(source.path, { hash: hashes[i] as string, findings: outcome.findings, view: outcome.view });
  });
  if (unreadable.size > 0) {
    // sources, outcomes and (with the cache) hashes stay parallel: the cross-file key pairs them by index.
    const readable = (_: unknown, i: number) => !unreadable.has(i);
    sources = sources.filter(readable);
    outcomes = outcomes.filter(readable);
    if (hashes.length > 0) hashes = hashes.filter(readable);
  }

  // Cross-file half: valid for exactly this set of records and inputs, else recomputed from the slices.
  const baseSources = options.baseSources ?? [];
  const repositoryKey = cache
    ? hashOf(
        sources.map((s, i) => [s.path, hashes[i]]),
        baseSources.map((s) => [s.path, contentHash(s.text)]),
        options.knownPaths ? [...options.knownPaths].sort() : null,
      )
    : '';
  let cross = cache?.repositoryFindings(repositoryKey);
  if (!cross) {
    const views = outcomes.map((o) => (o as RecordOutcome).view);
    const baseDocuments = baseSources.map((s) => repositoryView(parseSource(s, resolved)));
    // A repository rule's fix needs the whole record: read and parse the few it asks for again, here.
    const records = new Map(sources.map((source) => [source.path, source]));
    const parsed = new Map<string, AdrDocument>();
    const fullDocument = (path: string) => {
      const record = records.get(path);
      if (!record) return undefined;
      let document = parsed.get(path);
      if (!document) {
        const source = withText(record, resolved.maxFileSize);
        if ('reason' in source) return undefined;
        document = parseSource(source, resolved);
        parsed.set(path, document);
      }
      return document;
    };
    const byView = lintRepository(views, resolved, {
      baseDocuments,
      knownPaths: options.knownPaths,
      fullDocument,
    });
    const found: Record<string, Finding[]> = {};
    views.forEach((view: RepositoryDocument) => {
      const list = byView.get(view);
      if (list && list.length > 0) found[view.path] = list;
    });
    cross = found;
    cache?.storeRepositoryFindings(repositoryKey, found);
  }

  const results: FileResult[] = [];
  sources.forEach((source, i) => {
    if (options.only && !options.only.has(source.path)) return;
    const { findings, view } = outcomes[i] as RecordOutcome;
    results.push(fileResult(view, [...findings, ...(cross[source.path] ?? [])], resolved));
  });
  try {
    await cache?.save();
  } catch (error) {
    notes.push(
      `note: cannot write the cache ${cache?.path}: ${(error as Error).message}; the next run lints every record again`,
    );
  }
  return {
    results,
    documents: sources.map((source) => lintedText(source, resolved.maxFileSize)),
    failures,
    notes,
  };
}
