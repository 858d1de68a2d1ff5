#!/usr/bin/env node
// Measures the review rules against hand-made labels (see ../shared/labels/README.md).
// usage: pnpm accuracy [--corpus <dir>] [--labels <file.tsv>] [--rule <id>] [--verbose] [--check]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  chosenDetection,
  formatRate,
  formatRuleLine,
  missedTargets,
  optionsAgreement,
  parseLabels,
  scoreRule,
  TARGET_RULES,
  TARGETS,
} from './accuracy-score.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'usage: pnpm accuracy [--corpus <dir>] [--labels <file.tsv>] [--rule <id>] [--verbose] [--check]';

function fail(message) {
  console.error(`accuracy: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      corpus: { type: 'string', default: resolve(root, '../shared/corpus') },
      labels: { type: 'string', default: resolve(root, '../shared/labels/dev.tsv') },
      rule: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const core = await import('../packages/core/dist/index.js').catch(() =>
  fail('packages/core is not built; run `pnpm build` first'),
);
const { allRules, lintSources } = core;

const corpus = resolve(args.corpus);
const labelsPath = resolve(args.labels);
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) fail(`no corpus directory at ${corpus}`);
if (!existsSync(labelsPath)) fail(`no labels file at ${labelsPath}`);

let labels;
try {
  labels = parseLabels(readFileSync(labelsPath, 'utf8'));
} catch (error) {
  fail(`${labelsPath}: ${error.message}`);
}
const { rows } = labels;
let { ruleColumns } = labels;
if (args.rule !== undefined) {
  if (!ruleColumns.includes(args.rule))
    fail(`the labels have no column "${args.rule}" (columns: ${ruleColumns.join(', ')})`);
  ruleColumns = [args.rule];
}
const missing = rows.filter((row) => !existsSync(join(corpus, row.file)));
if (missing.length > 0) {
  fail(`${missing.length} labelled file(s) are not in ${corpus}: ${missing.map((r) => r.file).join(', ')}`);
}

// Every rule on, applied whatever the record's status, as the labels' README says.
const started = performance.now();
const sources = rows.map((row) => ({ path: row.file, text: readFileSync(join(corpus, row.file), 'utf8') }));
const { results, documents } = lintSources(sources, { preset: 'strict', reviewStatuses: 'all' }, allRules);
const elapsed = performance.now() - started;
const known = new Set(allRules.map((rule) => rule.meta.id));

console.log(`accuracy: ${rows.length} labelled files from ${labelsPath} (${Math.round(elapsed)} ms)`);
const missed = [];
for (const rule of ruleColumns) {
  if (!known.has(rule)) {
    console.log(`${rule} skipped: no such rule yet`);
    if (TARGET_RULES.includes(rule)) missed.push(`${rule}: not implemented`);
    continue;
  }
  const cases = rows.map((row, i) => {
    const findings = (results[i]?.findings ?? []).filter((f) => f.ruleId === rule);
    return { row, findings, failed: findings.length > 0, label: row.verdicts[rule] ?? '' };
  });
  const score = scoreRule(cases);
  console.log(formatRuleLine(rule, score));
  if (TARGET_RULES.includes(rule)) {
    for (const target of missedTargets(score)) missed.push(`${rule}: ${target} below ${TARGETS[target]}`);
  }
  if (args.verbose) {
    for (const c of cases) {
      if (c.label !== 'pass' && c.label !== 'fail') continue;
      if (c.failed === (c.label === 'fail')) continue;
      console.log(`  ${c.failed ? 'FP' : 'FN'} ${c.row.file} (labels line ${c.row.line})`);
      for (const f of c.findings)
        console.log(`     linter ${f.line}:${f.column} ${f.messageId}: ${f.message}`);
      if (!c.failed) console.log('     linter: no finding');
      console.log(`     label  ${c.label}: ${c.row.evidence || '(no evidence)'}`);
    }
  }
}

const agreement = optionsAgreement(
  rows.map((row, i) => ({
    file: row.file,
    label: row.options,
    parsed: documents[i]?.options.length ?? 0,
    i,
  })),
);
console.log(
  `options-count exact=${formatRate(agreement.exactRate)} within_one=${formatRate(agreement.withinOneRate)} min_two_agreement=${formatRate(agreement.minTwoRate)} (${agreement.exact}/${agreement.scored})`,
);
if (args.verbose) {
  for (const m of agreement.mismatches) {
    const names = (documents[m.i]?.options ?? []).map((o) => `${o.name} [${o.source} L${o.span.line}]`);
    console.log(
      `  ${m.file}: label ${m.label}, parsed ${m.parsed}${names.length ? `: ${names.join('; ')}` : ''}`,
    );
  }
}

const chosen = chosenDetection(
  rows.map((row, i) => ({ file: row.file, label: row.chosen, parsed: documents[i]?.chosen?.name ?? null })),
);
console.log(
  `chosen-option detection=${formatRate(chosen.detectionRate)} (${chosen.detected}/${chosen.labelled}) spurious=${chosen.spurious.length}/${chosen.unlabelled}`,
);
if (args.verbose) {
  for (const m of chosen.missed) console.log(`  missed ${m.file}: label "${m.label}"`);
  for (const m of chosen.spurious)
    console.log(`  spurious ${m.file}: label "${m.label}", parsed "${m.parsed}"`);
}

if (args.check) {
  if (missed.length > 0) {
    console.log(`targets missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('targets met');
  }
}
