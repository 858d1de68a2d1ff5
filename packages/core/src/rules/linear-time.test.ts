// Every rule runs in linear time on pathological text: a regular expression that backtracks
// (nested quantifiers, overlapping alternatives) turns a long line into minutes. Each rule runs
// alone on records whose sections hold one such line of 4 KB and of 40 KB; the time must grow
// about tenfold, not a hundredfold. Ratios of medians, not absolute times, so load does not matter.
// Nested emphasis is left out: it is slow in the markdown parser itself, not in a rule.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../engine/config.js';
import { lintDocuments } from '../engine/lint.js';
import type { AdrDocument } from '../model.js';
import { optionKey } from '../parser/options.js';
import { parseAdr } from '../parser/parse.js';
import { headingKey } from '../parser/section-kinds.js';
import { allRules } from './index.js';

/** Lines that make backtracking regular expressions blow up, by what they repeat. */
const PATHOLOGICAL: Record<string, (size: number) => string> = {
  spaces: (n) => `a${' '.repeat(n)}b`,
  punctuation: (n) => '!.,;:?-'.repeat(n / 7),
  'long word': (n) => 'x'.repeat(n),
  'words and spaces': (n) => 'because rather than we will '.repeat(n / 28),
  digits: (n) => '1,0.5'.repeat(n / 5),
  brackets: (n) => '[('.repeat(n / 2),
};

/** A record whose title, status, frontmatter value and every common section carry `line`. */
function record(line: string): string {
  return [
    '---',
    `status: accepted`,
    `deciders: ${line}`,
    '---',
    `# 1. ${line}`,
    '',
    '## Context',
    '',
    line,
    '',
    '## Considered Options',
    '',
    `* ${line}`,
    '* Redis',
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${line}", because ${line}`,
    '',
    '## Consequences',
    '',
    `* Good, because ${line}`,
    `* Bad, because ${line}`,
    '',
  ].join('\n');
}

const parsed = new Map<string, AdrDocument>();
function documentFor(kind: string, size: number): AdrDocument {
  const key = `${kind}/${size}`;
  let document = parsed.get(key);
  if (!document) {
    const make = PATHOLOGICAL[kind] as (n: number) => string;
    document = parseAdr({ path: 'docs/adr/0001-pathological.md', text: record(make(size)) });
    parsed.set(key, document);
  }
  return document;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median milliseconds of running `rule` alone over the document, over several runs. */
function timeRule(ruleId: string, document: AdrDocument): number {
  const only = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === ruleId ? 'error' : 'off']));
  const resolved = resolveConfig({ rules: only, reviewStatuses: 'all', today: '2026-01-15' }, allRules);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    lintDocuments([document], resolved);
    times.push(performance.now() - started);
  }
  return median(times);
}

const SMALL = 4_000;
const LARGE = 40_000;

/**
 * Below this, a run is too short to measure: timer and scheduler noise dominate, and on a loaded
 * machine a linear 40 KB run reaches 35 ms. A quadratic one takes seconds.
 */
const NOISE_MS = 100;
/** Linear is 10; quadratic would be 100. Generous, so a loaded machine does not fail the test. */
const MAX_RATIO = 35;

describe('rules run in linear time on pathological lines', () => {
  for (const rule of allRules) {
    it(`${rule.meta.id}: 40 KB takes about ten times 4 KB`, { timeout: 120_000 }, () => {
      const slow: string[] = [];
      for (const kind of Object.keys(PATHOLOGICAL)) {
        const small = timeRule(rule.meta.id, documentFor(kind, SMALL));
        const large = timeRule(rule.meta.id, documentFor(kind, LARGE));
        // A small run under a millisecond is measured as one: only a real blow-up fails.
        const ratio = large / Math.max(small, 1);
        if (large > NOISE_MS && ratio > MAX_RATIO) {
          slow.push(`${kind}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms (x${ratio.toFixed(0)})`);
        }
      }
      expect(slow).toEqual([]);
    });
  }
});

describe('the parser runs in linear time on pathological lines', () => {
  /** Median milliseconds of parsing the record built around `line`. */
  function timeParse(line: string): number {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      parseAdr({ path: 'docs/adr/0001-pathological.md', text: record(line) });
      times.push(performance.now() - started);
    }
    return median(times);
  }

  // Thousands of unclosed "[(" are slow inside micromark's own link parsing (several seconds at
  // 40 KB under load), not in our code; the rules' timings above still cover that input.
  for (const kind of Object.keys(PATHOLOGICAL).filter((name) => name !== 'brackets')) {
    it(`${kind}: 40 KB takes about ten times 4 KB`, { timeout: 120_000 }, () => {
      const make = PATHOLOGICAL[kind] as (n: number) => string;
      const small = timeParse(make(SMALL));
      const large = timeParse(make(LARGE));
      const ratio = large / Math.max(small, 1);
      expect(
        large <= NOISE_MS || ratio <= MAX_RATIO,
        `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`,
      ).toBe(true);
    });
  }
});

describe('name keys run in linear time on unclosed parentheses', () => {
  // micromark's own slowness on "[(" hides ours from a whole-parse timing, so the key functions
  // that strip parenthesised asides are timed on their own.
  const cases: [string, (text: string) => string][] = [
    ['optionKey', optionKey],
    ['headingKey', headingKey],
  ];
  for (const [name, key] of cases) {
    it(`${name}: 40 KB takes about ten times 4 KB`, () => {
      const time = (size: number) => {
        const text = `${PATHOLOGICAL.brackets?.(size) ?? ''} Kafka`;
        const started = performance.now();
        key(text);
        return performance.now() - started;
      };
      const small = time(SMALL);
      const large = time(LARGE);
      expect(
        large <= NOISE_MS || large / Math.max(small, 1) <= MAX_RATIO,
        `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`,
      ).toBe(true);
    });
  }
});
