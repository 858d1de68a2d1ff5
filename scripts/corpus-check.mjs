#!/usr/bin/env node
// Lints every markdown file of a corpus with every rule on and fails on any internal error:
// the parser and the rules must cope with whatever real repositories hold.
// usage: pnpm corpus-check [dir]   (default: ../shared/corpus beside the repository)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`corpus-check: ${message}`);
  process.exit(2);
}

const positional = process.argv.slice(2);
if (positional.length > 1 || positional.some((a) => a.startsWith('-')))
  fail('usage: pnpm corpus-check [dir]');
const dir = resolve(positional[0] ?? resolve(root, '../shared/corpus'));
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

/** Counts a file's findings and checks each one. */
function record(result, text) {
  for (const finding of result.findings) {
    findings += 1;
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

if (errors.length > 0) {
  console.error(`\ncorpus-check: ${errors.length} internal error(s):`);
  for (const { file, error } of errors) {
    console.error(`\n${file}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exitCode = 1;
} else {
  console.log('  internal errors: 0');
}
