// Property-based tests: whatever markdown a repository holds, the parser and every rule finish
// without throwing, point inside the document and say the same thing twice; the fixer converges
// and loses no line. `pnpm fuzz` runs the same properties longer (see docs/reliability.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adrMarkdown,
  corpusSeeds,
  fuzzParameters,
  fuzzRuns,
  mutatedText,
  ownSeedTexts,
  recordPath,
  yamlText,
} from '../../test/fuzz.js';
import type { AdrDocument, Span } from '../model.js';
import { parseFrontmatter } from '../parser/frontmatter.js';
import { computeLineStarts, spanOf } from '../parser/positions.js';
import { allRules } from '../rules/index.js';
import { resolveConfig } from './config.js';
import { applyFixes, fixSources } from './fix.js';
import { lintDocuments, lintSources, parseSource, type SourceFile } from './lint.js';
import type { DocketConfig, FileResult } from './types.js';

/** Long runs (`pnpm fuzz`) take as long as they take; the default runs stay well inside this. */
const PROPERTY_TIMEOUT = process.env.DOCKET_FUZZ_RUNS ? 24 * 60 * 60 * 1000 : 120_000;

const strict: DocketConfig = { preset: 'strict', reviewStatuses: 'all', today: '2026-01-15' };

const seeds = [...ownSeedTexts(), ...corpusSeeds()];
const anyRecord = fc.oneof(adrMarkdown, mutatedText(seeds));
const repository = fc.uniqueArray(fc.tuple(recordPath, anyRecord), {
  minLength: 1,
  maxLength: 4,
  selector: ([path]) => path,
});
const toSources = (files: [string, string][]): SourceFile[] => files.map(([path, text]) => ({ path, text }));

/** Lines of the parsed text, as positions count them (the BOM is not part of the parsed text). */
function lineLengths(document: AdrDocument): number[] {
  const { lineStarts, text } = document;
  return lineStarts.map((start, i) => (lineStarts[i + 1] ?? text.length) - start);
}

/** Why `line:column` is outside the document, or null when it is inside. */
function outside(lengths: number[], line: number, column: number): string | null {
  if (!Number.isInteger(line) || !Number.isInteger(column)) return `not whole numbers: ${line}:${column}`;
  if (line < 1 || line > lengths.length) return `line ${line} of ${lengths.length}`;
  if (column < 1 || column > (lengths[line - 1] as number) + 1)
    return `column ${column} on a line of ${lengths[line - 1]}`;
  return null;
}

function spanProblem(document: AdrDocument, span: Span, what: string): string | null {
  const lengths = lineLengths(document);
  const problem =
    outside(lengths, span.line, span.column) ??
    outside(lengths, span.endLine, span.endColumn) ??
    (span.offset < 0 || span.endOffset > document.text.length || span.endOffset < span.offset
      ? `offsets ${span.offset}-${span.endOffset} in ${document.text.length} characters`
      : null);
  return problem && `${what}: ${problem}`;
}

/** Every position a run reports, checked against its document; the list of what is wrong. */
function positionProblems(documents: AdrDocument[], results: FileResult[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(documents.map((d) => [d.path, d]));
  for (const result of results) {
    const document = byPath.get(result.filePath);
    if (!document) {
      problems.push(`a result for ${result.filePath}, which was not linted`);
      continue;
    }
    const lengths = lineLengths(document);
    for (const f of [...result.findings, ...(result.suppressed ?? [])]) {
      const where = `${f.ruleId}/${f.messageId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
      const bad = outside(lengths, f.line, f.column) ?? outside(lengths, f.endLine, f.endColumn);
      if (bad) problems.push(`${where}: ${bad}`);
      if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column))
        problems.push(`${where}: ends before it starts`);
      if (f.fix) {
        const [start, end] = f.fix.range;
        if (start < 0 || end < start || end > document.text.length)
          problems.push(`${where}: fix range ${start}-${end} in ${document.text.length} characters`);
      }
      if (/\{\{\s*\w+\s*\}\}/.test(f.message))
        problems.push(`${where}: unfilled placeholder in "${f.message}"`);
      for (const related of f.related ?? []) {
        const target = byPath.get(related.path);
        const bad = target && outside(lineLengths(target), related.line, related.column);
        if (bad) problems.push(`${where}: related ${related.path} ${bad}`);
      }
    }
  }
  for (const document of documents) {
    const spans: [Span, string][] = [
      ...(document.title ? [[document.title.span, 'title'] as [Span, string]] : []),
      ...document.sections.map((s, i) => [s.span, `section ${i}`] as [Span, string]),
      ...document.problems.map((p) => [p.span, `problem ${p.code}`] as [Span, string]),
    ];
    for (const [span, what] of spans) {
      const problem = spanProblem(document, span, `${document.path} ${what}`);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

describe('every rule on arbitrary records (strict preset, every status reviewed)', () => {
  const resolved = resolveConfig(strict, allRules);

  it('never throws and reports positions inside the document', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(recordPath, anyRecord, (path, text) => {
        const document = parseSource({ path, text }, resolved);
        const results = lintDocuments([document], resolved);
        expect(positionProblems([document], results)).toEqual([]);
      }),
      fuzzParameters(fuzzRuns(2000)),
    );
  });

  // Shrunk from a failure once seen (seed 879642418): frontmatter around a lone carriage return,
  // which micromark ends a line at and YAML reads as a line break.
  it.each([
    '---\rstatus: accepted\r---\r# Use a queue\r',
    '---\n\rstatus: accepted\n---\n# Use a queue\n',
    '\r---\nstatus: accepted\n---\n# Use a queue\n',
    '---\r\n\r\n---\r\n# Use a queue\r\n## Decision\r\rQueue.\r',
    '---\r',
  ])('reports positions inside the document for %j', (text) => {
    const document = parseSource({ path: 'docs/adr/0001-use-a-queue.md', text }, resolved);
    const results = lintDocuments([document], resolved);
    expect(positionProblems([document], results)).toEqual([]);
  });

  it('over several records at once (repository rules), says the same thing twice', {
    timeout: PROPERTY_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(repository, (files) => {
        const sources = toSources(files);
        const first = lintSources(sources, strict, allRules);
        expect(positionProblems(first.documents, first.results)).toEqual([]);
        const second = lintSources(sources, strict, allRules);
        expect(second.results).toEqual(first.results);
      }),
      fuzzParameters(fuzzRuns(500)),
    );
  });
});

describe('frontmatter YAML', () => {
  it('never throws; alias bombs and syntax errors become problems inside the fences', () => {
    fc.assert(
      fc.property(yamlText, (yaml) => {
        const text = `---\n${yaml}\n---\n`;
        const lineStarts = computeLineStarts(text);
        const fences = spanOf(lineStarts, 0, text.length);
        const { frontmatter, problems } = parseFrontmatter(yaml, 4, fences, lineStarts);
        expect(frontmatter.data === null || typeof frontmatter.data === 'object').toBe(true);
        for (const problem of problems) {
          expect(problem.span.offset).toBeGreaterThanOrEqual(0);
          expect(problem.span.endOffset).toBeLessThanOrEqual(text.length);
          expect(problem.span.line).toBeLessThanOrEqual(lineStarts.length);
        }
      }),
      fuzzParameters(fuzzRuns(4500)),
    );
  });
});

describe('applyFixes', () => {
  /** Fixes that neither overlap nor touch, as one pass applies them all. */
  const separateFixes = (text: string) =>
    fc.uniqueArray(fc.nat({ max: text.length }), { maxLength: 8 }).chain((cuts) => {
      const points = [...cuts].sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      for (let i = 0; i + 1 < points.length; i += 3)
        ranges.push([points[i] as number, points[i + 1] as number]);
      return fc.tuple(...ranges.map((range) => fc.string({ maxLength: 5 }).map((t) => ({ range, text: t }))));
    });

  it('applies separate fixes exactly as splicing from the end would', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).chain((text) => fc.tuple(fc.constant(text), separateFixes(text))),
        ([text, fixes]) => {
          const expected = [...fixes]
            .sort((a, b) => b.range[0] - a.range[0])
            .reduce((t, fix) => t.slice(0, fix.range[0]) + fix.text + t.slice(fix.range[1]), text);
          const shuffled = [...fixes].reverse();
          expect(applyFixes(text, shuffled)).toEqual({ text: expected, applied: fixes.length, deferred: 0 });
        },
      ),
      fuzzParameters(fuzzRuns(2000)),
    );
  });

  it('never throws on any fixes, and applies or defers each one', () => {
    const fix = fc.record({
      range: fc.tuple(fc.integer({ min: -5, max: 250 }), fc.integer({ min: -5, max: 250 })),
      text: fc.string({ maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fix, { maxLength: 10 }), (text, fixes) => {
        const result = applyFixes(text, fixes);
        expect(result.applied + result.deferred).toBeLessThanOrEqual(fixes.length);
        if (result.applied === 0) expect(result.text).toBe(text);
      }),
      fuzzParameters(fuzzRuns(1000)),
    );
  });
});

/**
 * Lines `after` must still hold: every non-blank line of `before`, in order, except the lines a
 * replacing fix (not an insertion) of the first pass touches, which the fix rewrites by design.
 */
/** Lines as CommonMark counts them: CRLF, LF and a bare CR (old Macs) each end one. */
const LINE_END = /\r\n|\r|\n/;

function lostLines(before: string, after: string, rewritten: Set<number>): string[] {
  // The byte-order mark stays at the start of the file, whatever line comes first after a fix.
  const afterLines = after.replace(/^\uFEFF/, '').split(LINE_END);
  const lost: string[] = [];
  let cursor = 0;
  before
    .replace(/^\uFEFF/, '')
    .split(LINE_END)
    .forEach((line, i) => {
      if (line.trim() === '' || rewritten.has(i)) return;
      const found = afterLines.indexOf(line, cursor);
      if (found < 0) lost.push(`line ${i + 1}: ${JSON.stringify(line.slice(0, 80))}`);
      else cursor = found + 1;
    });
  return lost;
}

/** Zero-based lines of `text` that replacing fixes of the run's first pass touch. */
function rewrittenLines(text: string, result: FileResult | undefined): Set<number> {
  const fixable = new Set(allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
  const lines = new Set<number>();
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (const finding of result?.findings ?? []) {
    if (!finding.fix || !fixable.has(finding.ruleId)) continue;
    const [start, end] = finding.fix.range;
    if (start === end) continue;
    const first = text.slice(0, start + bom).split(LINE_END).length - 1;
    const last = text.slice(0, end + bom).split(LINE_END).length - 1;
    for (let line = first; line <= last; line++) lines.add(line);
  }
  return lines;
}

describe('the fixer on arbitrary records', () => {
  it('is idempotent and keeps every original non-blank line it does not rewrite by design', {
    timeout: PROPERTY_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(recordPath, anyRecord, (path, text) => {
        const run = fixSources([{ path, text }], strict, allRules);
        const fixed = run.fixed[0]?.text ?? '';
        const again = fixSources([{ path, text: fixed }], strict, allRules);
        expect(again.fixed[0]?.text).toBe(fixed);
        expect(again.fixed[0]?.fixCount).toBe(0);
        const firstPass = lintSources([{ path, text }], strict, allRules).results[0];
        expect(lostLines(text, fixed, rewrittenLines(text, firstPass))).toEqual([]);
      }),
      fuzzParameters(fuzzRuns(300)),
    );
  });
});
