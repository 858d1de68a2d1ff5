// Test support (not built): temporary repositories, captured output, and small stand-in rules
// so CLI tests do not depend on how the real rules judge a document.
import { chmod, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocumentRule, Rule } from '@docket/core';
import { afterEach } from 'vitest';
import type { Prompts } from '../context.js';
import { main } from '../main.js';

/** Creates a temporary folder holding `files` (path -> text); returns its real path. */
export async function makeRepo(files: Record<string, string>): Promise<string> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'docket-cli-')));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/**
 * Runs `fn` as the user "nobody" (effective uid 65534) when the tests run as root, so file
 * permissions apply: root reads a chmod 000 file, nobody does not. `root` (a temp repo, created
 * 0700) is opened to others for the duration. The effective uid is restored afterwards.
 */
export async function asUnprivileged<T>(root: string, fn: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0 || !process.seteuid) return fn();
  await chmod(root, 0o755);
  process.seteuid(65534);
  try {
    return await fn();
  } finally {
    process.seteuid(0);
  }
}

export async function removeRepo(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** For a test file: a `makeRepo` whose folders are removed after each test. */
export function useTempRepos(): (files: Record<string, string>) => Promise<string> {
  const roots: string[] = [];
  afterEach(async () => {
    await Promise.all(roots.splice(0).map(removeRepo));
  });
  return async (files) => {
    const root = await makeRepo(files);
    roots.push(root);
    return root;
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  tty?: boolean;
  rules?: readonly Rule[];
  /** Whether standard input is a terminal (for `docket new --interactive`); default false. */
  stdinTTY?: boolean;
  prompts?: Prompts;
  now?: () => Date;
  /** Text for standard input. */
  stdin?: string;
}

/** Calls main() in-process with captured output. */
export async function run(argv: string[], cwd: string, options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: options.env ?? {},
    rules: options.rules,
    stdin: Object.assign(
      (async function* () {
        if (options.stdin !== undefined) yield options.stdin;
      })(),
      { isTTY: options.stdinTTY ?? false },
    ),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    prompts: options.prompts,
    now: options.now ?? (() => new Date(2026, 2, 2, 10, 30)),
  });
  return { code, stdout, stderr };
}

function markerRule(
  id: string,
  marker: string,
  severity: 'error' | 'warn',
  category: 'review' | 'structure',
): DocumentRule {
  return {
    meta: {
      id,
      description: `Reports every line containing ${marker}.`,
      category,
      severity,
      recommended: true,
      legacy: category === 'structure',
      fixable: false,
      scope: 'document',
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      messages: { found: `Found {{marker}} on this line.` },
      rationale: 'A stand-in rule for CLI tests.',
    },
    check({ document, report }) {
      document.text.split('\n').forEach((line, i) => {
        const column = line.indexOf(marker);
        if (column < 0) return;
        report({
          messageId: 'found',
          data: { marker },
          span: {
            line: i + 1,
            column: column + 1,
            endLine: i + 1,
            endColumn: column + 1 + marker.length,
            offset: 0,
            endOffset: 0,
          },
        });
      });
    },
  };
}

/** `marker-error` (structure, error) flags ERRMARK; `marker-warn` (structure, warning) flags WARNMARK;
 * `marker-review` (review, error) flags REVIEWMARK, so status filtering can be observed. */
export const fakeRules: readonly Rule[] = [
  markerRule('marker-error', 'ERRMARK', 'error', 'structure'),
  markerRule('marker-warn', 'WARNMARK', 'warn', 'structure'),
  markerRule('marker-review', 'REVIEWMARK', 'error', 'review'),
];

/** Reports the run's "today" on documents containing TODAYMARK, so --today can be observed. */
export const todayRule: DocumentRule = {
  meta: {
    ...(fakeRules[0] as DocumentRule).meta,
    id: 'today-echo',
    messages: { today: 'Today is {{today}}.' },
  },
  check({ document, settings, report }) {
    if (document.text.includes('TODAYMARK')) report({ messageId: 'today', data: { today: settings.today } });
  },
};

/** Throws on every document: an internal failure. */
export const throwingRule: DocumentRule = {
  meta: { ...(fakeRules[0] as DocumentRule).meta, id: 'throws' },
  check() {
    throw new Error('boom');
  },
};

/** A rule whose default options break its own schema: a configuration error. */
export const badOptionsRule: DocumentRule = {
  meta: {
    ...(fakeRules[0] as DocumentRule).meta,
    id: 'bad-options',
    schema: { type: 'object', properties: { limit: { type: 'number', description: 'A limit.' } } },
    defaultOptions: { limit: 'many' },
  },
  check() {},
};

/** A small Nygard-style record with the given status and body. */
export function adr(title: string, status: string, body = 'We will do the thing.'): string {
  return `# ${title}\n\nDate: 2024-01-15\n\n## Status\n\n${status}\n\n## Context\n\nSome context.\n\n## Decision\n\n${body}\n`;
}
