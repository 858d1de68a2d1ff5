#!/usr/bin/env node
// Lints every markdown file of a corpus with every rule on and fails on any internal error:
// the parser and the rules must cope with whatever real repositories hold. The findings
// (path, line, rule, message id; no corpus text) are compared with a committed snapshot, so any
// change in what docket reports on real records shows up as a reviewable diff.
// usage: pnpm corpus-check [dir] [--update] [--snapshot file]
//   dir         the corpus (default: ../shared/corpus beside the repository)
//   --update    write the snapshot instead of comparing with it
//   --snapshot  the snapshot file (default: scripts/corpus-findings.snapshot.txt)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`corpus-check: ${message}`);
  process.exit(2);
}

const USAGE = 'usage: pnpm corpus-check [dir] [--update] [--snapshot file]';
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { update: { type: 'boolean' }, snapshot: { type: 'string' } },
  });
} catch (error) {
  fail(`${error.message}; ${USAGE}`);
}
if (args.positionals.length > 1) fail(USAGE);
const dir = resolve(args.positionals[0] ?? resolve(root, '../shared/corpus'));
const snapshotFile = resolve(args.values.snapshot ?? join(root, 'scripts/corpus-findings.snapshot.txt'));
const dirArgument = args.positionals[0] ?? '../shared/corpus';
if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`no corpus directory at ${dir}`);

const core = await import('../packages/core/dist/index.js').catch(() =>
  fail('packages/core is not built; run `pnpm build` first'),
);
const { allRules, lintDocuments, parseAdr, resolveConfig } = core;

function markdownFiles(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...markdownFiles(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) files.push(path);
  }
  return files.sort();
}

const resolved = resolveConfig({ preset: 'strict', reviewStatuses: 'all' }, allRules);
const parseOptions = { sectionAliases: resolved.sectionAliases, statusAliases: resolved.statusAliases };
const errors = [];
const perRule = new Map();
const problems = new Map();
let findings = 0;
let slowest = { file: '', ms: 0 };

/** A finding the engine should never produce: bad positions or an unfilled message template. */
function invalidFinding(finding, text) {
  const lines = text.split('\n').length;
  if (!(finding.line >= 1 && finding.column >= 1)) return 'position before the start of the file';
  if (finding.line > lines + 1 || finding.endLine > lines + 1)
    return `line beyond the end of the file (${lines} lines)`;
  if (
    finding.endLine < finding.line ||
    (finding.endLine === finding.line && finding.endColumn < finding.column)
  ) {
    return 'end before start';
  }
  if (/\{\{\s*\w+\s*\}\}/.test(finding.message)) return 'unfilled placeholder in the message';
  return null;
}

/** One snapshot line per finding: where, which rule, which message; never the record's text. */
const snapshotLines = [];

/** Counts a file's findings and checks each one. */
function record(result, text) {
  for (const finding of result.findings) {
    findings += 1;
    snapshotLines.push(
      `${result.filePath.split('\\').join('/')}:${finding.line} ${finding.ruleId} ${finding.messageId}`,
    );
    perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
    const invalid = invalidFinding(finding, text);
    if (invalid) {
      const error = new Error(`${finding.ruleId} ${finding.line}:${finding.column}: ${invalid}`);
      errors.push({ file: result.filePath, error });
    }
  }
}

const started = performance.now();
const files = markdownFiles(dir);
// Per repository (top-level folder of the corpus): each parsed record with its text and its lone-run result.
const byRepository = new Map();
for (const file of files) {
  const name = relative(dir, file);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    errors.push({ file: name, error });
    continue;
  }
  const t0 = performance.now();
  try {
    // Parse once and lint the record alone, so an exception is pinned to its file.
    const document = parseAdr({ path: name, text }, parseOptions);
    for (const problem of document.problems) {
      problems.set(problem.code, (problems.get(problem.code) ?? 0) + 1);
    }
    const [alone] = lintDocuments([document], resolved);
    const repository = name.split(/[\\/]/)[0];
    byRepository.set(repository, [...(byRepository.get(repository) ?? []), { document, text, alone }]);
  } catch (error) {
    errors.push({ file: name, error });
  }
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { file: name, ms };
}

// Then lint each repository as one run, as `docket lint` would, so repository-scoped rules
// (numbering, links) see every record; its findings are the ones counted.
for (const [repository, entries] of byRepository) {
  let results;
  try {
    results = lintDocuments(
      entries.map((e) => e.document),
      resolved,
    );
  } catch (error) {
    errors.push({ file: `${repository}/ (whole-repository run)`, error });
    results = entries.map((e) => e.alone);
  }
  results.forEach((result, i) => {
    record(result, entries[i]?.text ?? '');
  });
}
const elapsed = performance.now() - started;

console.log(`corpus-check: ${files.length} files in ${dir}`);
console.log(`  ${findings} findings from ${allRules.length} rules (preset strict, every status reviewed)`);
for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  console.log(`    ${String(count).padStart(5)}  ${rule}`);
}
if (problems.size > 0) {
  console.log(`  parse problems: ${[...problems].map(([code, n]) => `${code} ${n}`).join(', ')}`);
}
console.log(
  `  time: ${(elapsed / 1000).toFixed(2)} s (slowest file ${slowest.file}, ${Math.round(slowest.ms)} ms)`,
);

/** Compares the findings with the snapshot (or writes it); true when they agree. */
function checkSnapshot() {
  const header = '# docket corpus findings (path:line rule messageId); see docs/reliability.md to update\n';
  const current =
    header +
    snapshotLines
      .sort()
      .map((line) => `${line}\n`)
      .join('');
  const shown = relative(process.cwd(), snapshotFile) || snapshotFile;
  if (args.values.update) {
    writeFileSync(snapshotFile, current);
    console.log(`  snapshot: wrote ${snapshotLines.length} findings to ${shown}`);
    return true;
  }
  if (!existsSync(snapshotFile)) {
    console.error(
      `\ncorpus-check: no snapshot at ${shown}; create it with: pnpm corpus-check ${dirArgument} --update`,
    );
    return false;
  }
  const expected = readFileSync(snapshotFile, 'utf8');
  if (expected === current) {
    console.log(`  snapshot: the ${snapshotLines.length} findings match ${shown}`);
    return true;
  }
  const before = new Set(expected.split('\n').filter((l) => l && !l.startsWith('#')));
  const after = new Set(snapshotLines);
  const removed = [...before].filter((l) => !after.has(l));
  const added = [...after].filter((l) => !before.has(l));
  console.error(
    `\ncorpus-check: the findings differ from ${shown}: ${added.length} new, ${removed.length} gone.`,
  );
  for (const line of added.slice(0, 20)) console.error(`  + ${line}`);
  for (const line of removed.slice(0, 20)) console.error(`  - ${line}`);
  if (added.length + removed.length > 40) console.error('  ...');
  console.error(
    `If the change is intended (a rule changed), update the snapshot and commit it with the change:\n  pnpm build && pnpm corpus-check ${dirArgument} --update\nthen review \`git diff ${relative(root, snapshotFile)}\`.`,
  );
  return false;
}

const snapshotAgrees = checkSnapshot();
if (!snapshotAgrees) process.exitCode = 1;

if (errors.length > 0) {
  console.error(`\ncorpus-check: ${errors.length} internal error(s):`);
  for (const { file, error } of errors) {
    console.error(`\n${file}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exitCode = 1;
} else {
  console.log('  internal errors: 0');
}
