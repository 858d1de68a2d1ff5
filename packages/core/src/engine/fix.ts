// Applying the fixes rules offer. A fix is a text edit (a range of the document's text and its
// replacement); fixes that overlap or touch an earlier one wait for the next pass, which re-lints
// the fixed text first, as ESLint does. Pure: texts in, texts out.
import type { AdrDocument } from '../model.js';
import { type LintRun, type LintSourcesInputs, lintSources, type SourceFile } from './lint.js';
import type { DocketConfig, FileResult, Fix, Rule } from './types.js';

/** Passes before giving up on fixes that keep producing more fixes. */
export const MAX_FIX_PASSES = 10;

export interface AppliedFixes {
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** Fixes left for a later pass because they overlap or touch one applied before them. */
  deferred: number;
}

/**
 * Applies non-overlapping fixes to `text`; the first fix (by position) wins a clash. Pure
 * insertions at the same point all apply, in the order reported (rules run in documentation
 * order, so section skeletons land in the template's order); an identical one is dropped.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  const insertedHere = new Set<string>();
  let previousInsertion = false;
  let applied = 0;
  let deferred = 0;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    const insertion = start === end;
    if (insertion && start === lastEnd && insertedHere.has(fix.text)) continue;
    // Touching is fine when one side is a pure insertion; two replacements that touch wait a pass.
    const clashes = start < lastEnd || (start === lastEnd && !insertion && !previousInsertion);
    if (clashes || start > end || start < 0 || end > text.length) {
      deferred++;
      continue;
    }
    if (start !== lastEnd) insertedHere.clear();
    if (insertion) insertedHere.add(fix.text);
    previousInsertion = insertion;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  return { text: output + text.slice(cursor), applied, deferred };
}

/**
 * The smallest fix that turns `before` into `after`: rules that build a whole new text (through
 * the edit module, which writes each dialect correctly) report it as one text edit.
 */
export function fixFromTexts(before: string, after: string): Fix | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shortest - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { range: [start, before.length - tail], text: after.slice(start, after.length - tail) };
}

export interface FixedSource {
  path: string;
  /** The text as read. */
  original: string;
  /** The text after every pass; equal to `original` when nothing was fixed. */
  text: string;
  /** Fixes applied over all passes. */
  fixCount: number;
}

export interface FixRun extends LintRun {
  /** One entry per source, in the order given. */
  fixed: FixedSource[];
}

const BOM = '\uFEFF';

/** Whether a text's lines end with a bare CR (files from old Macs): it has CRs and no LF. */
function endsLinesWithBareCr(text: string): boolean {
  return text.includes('\r') && !text.includes('\n');
}

/** One pass of fixes: the texts before it and, per file changed, what was applied. */
interface PassRecord {
  sources: SourceFile[];
  applied: Map<string, { signatures: Set<string>; count: number }>;
}

/** A fix's identity across passes: the same rule saying the same thing (the edit's text may shift). */
function signature(finding: FileResult['findings'][number]): string {
  return `${finding.ruleId}\u0000${finding.message}`;
}

function fixableFindings(
  result: FileResult,
  fixableRules: ReadonlySet<string>,
  ineffective: ReadonlySet<string>,
) {
  return result.findings.filter(
    (finding) => finding.fix && fixableRules.has(finding.ruleId) && !ineffective.has(signature(finding)),
  );
}

/**
 * After a pass: the files where a fix applied in it is asked for again. Their pass is undone
 * (text and count), the fix marked ineffective; returns the sources to continue from, or null
 * when every fix took.
 */
function undoIneffective(
  previous: PassRecord,
  run: LintRun,
  fixableRules: ReadonlySet<string>,
  ineffective: Map<string, Set<string>>,
  current: SourceFile[],
  counts: Map<string, number>,
): SourceFile[] | null {
  const results = new Map(run.results.map((result) => [result.filePath, result]));
  let undone = false;
  const sources = current.map((source, i) => {
    const applied = previous.applied.get(source.path);
    const result = results.get(source.path);
    if (!applied || !result) return source;
    const again = fixableFindings(result, fixableRules, new Set())
      .map(signature)
      .filter((s) => applied.signatures.has(s));
    if (again.length === 0) return source;
    const marked = ineffective.get(source.path) ?? new Set<string>();
    for (const s of again) marked.add(s);
    ineffective.set(source.path, marked);
    counts.set(source.path, (counts.get(source.path) ?? 0) - applied.count);
    undone = true;
    return previous.sources[i] ?? source;
  });
  return undone ? sources : null;
}

/**
 * Lints, applies the fixes of rules whose `meta.fixable` is set, and re-lints until nothing is
 * left to fix (at most MAX_FIX_PASSES passes). The returned run is the lint of the final texts.
 * Fix ranges are offsets into the parsed text, which has no byte-order mark; a BOM is kept.
 */
export function fixSources(
  sources: SourceFile[],
  config: DocketConfig,
  registry: readonly Rule[],
  inputs: LintSourcesInputs = {},
): FixRun {
  const fixableRules = new Set(registry.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id));
  const boms = new Map(sources.map((source) => [source.path, source.text.startsWith(BOM)]));
  const counts = new Map<string, number>();
  // Fixes that were applied and asked for again on the next pass: the edit did not take (say, a
  // section skeleton appended after an unclosed code fence becomes code). Such a pass is undone
  // for that file and the fix not offered again, so --fix converges and stays idempotent.
  const ineffective = new Map<string, Set<string>>(sources.map((source) => [source.path, new Set<string>()]));
  let current = sources;
  let run = lintSources(current, config, registry, inputs);
  let previous: PassRecord | null = null;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (previous) {
      const undo = undoIneffective(previous, run, fixableRules, ineffective, current, counts);
      if (undo) {
        current = undo;
        run = lintSources(current, config, registry, inputs);
      }
    }
    const byPath = new Map<string, AdrDocument>(run.documents.map((document) => [document.path, document]));
    const results = new Map(run.results.map((result) => [result.filePath, result]));
    const applied: PassRecord['applied'] = new Map();
    let changed = false;
    const next = current.map((source) => {
      const result = results.get(source.path);
      const document = byPath.get(source.path);
      const findings = result
        ? fixableFindings(result, fixableRules, ineffective.get(source.path) ?? new Set())
        : [];
      if (!document || findings.length === 0) return source;
      const fixes = findings.map((finding) => finding.fix as Fix);
      // Applied to the file's own text, not the parsed one, which reads a bare CR as LF: offsets
      // are the same in both, and old-Mac line endings stay as they were.
      const bom = boms.get(source.path) ?? false;
      const original = bom ? source.text.slice(BOM.length) : source.text;
      const { text: fixedText, applied: count } = applyFixes(original, fixes);
      if (count === 0 || fixedText === original) return source;
      // Lines a fix adds end with LF where the parsed text had them; in a file that ends every line
      // with a bare CR, they end with CR like the others.
      const text = endsLinesWithBareCr(original) ? fixedText.replaceAll('\n', '\r') : fixedText;
      changed = true;
      applied.set(source.path, { signatures: new Set(findings.map(signature)), count });
      counts.set(source.path, (counts.get(source.path) ?? 0) + count);
      return { ...source, text: (bom ? BOM : '') + text };
    });
    if (!changed) break;
    previous = { sources: current, applied };
    current = next;
    run = lintSources(current, config, registry, inputs);
  }
  return {
    ...run,
    fixed: sources.map((source, i) => ({
      path: source.path,
      original: source.text,
      text: current[i]?.text ?? source.text,
      fixCount: counts.get(source.path) ?? 0,
    })),
  };
}
