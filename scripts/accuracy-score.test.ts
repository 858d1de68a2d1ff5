import { describe, expect, it } from 'vitest';
import {
  chosenDetection,
  formatRuleLine,
  missedTargets,
  optionsAgreement,
  parseLabels,
  rates,
  scoreRule,
} from './accuracy-score.mjs';

describe('parseLabels', () => {
  it('reads rule columns and rows from the TSV, lower-casing verdicts', () => {
    const tsv = [
      'file\tstatus\toptions\tchosen\toptions-min-two\tfailure-story\tevidence',
      'a/0001-x.md\taccepted\t2\tPostgres\tPass\tfail\tL3 two options',
      '',
      'b/0002-y.md\tproposed\t1\tn/a\t?\tna\t',
    ].join('\n');
    const { ruleColumns, rows } = parseLabels(tsv);
    expect(ruleColumns).toEqual(['options-min-two', 'failure-story']);
    expect(rows).toEqual([
      {
        line: 2,
        file: 'a/0001-x.md',
        status: 'accepted',
        options: '2',
        chosen: 'Postgres',
        evidence: 'L3 two options',
        verdicts: { 'options-min-two': 'pass', 'failure-story': 'fail' },
      },
      {
        line: 3,
        file: 'b/0002-y.md',
        status: 'proposed',
        options: '1',
        chosen: 'n/a',
        evidence: '',
        verdicts: { 'options-min-two': '?', 'failure-story': 'na' },
      },
    ]);
  });

  it('rejects a file without a file column', () => {
    expect(() => parseLabels('path\tstatus\n')).toThrow('no "file" column');
  });
});

describe('scoreRule', () => {
  it('counts the four outcomes and skips na and ?', () => {
    const score = scoreRule([
      { failed: true, label: 'fail' },
      { failed: true, label: 'fail' },
      { failed: true, label: 'pass' },
      { failed: false, label: 'fail' },
      { failed: false, label: 'pass' },
      { failed: false, label: 'pass' },
      { failed: false, label: 'pass' },
      { failed: true, label: 'na' },
      { failed: false, label: '?' },
    ]);
    expect(score).toEqual({ tp: 2, fp: 1, fn: 1, tn: 3, skipped: 2 });
    expect(rates(score)).toEqual({ precisionFail: 2 / 3, recallFail: 2 / 3, recallPass: 3 / 4 });
  });

  it('formats the report line with three decimals and n/a for empty denominators', () => {
    expect(formatRuleLine('failure-story', { tp: 2, fp: 1, fn: 1, tn: 3 })).toBe(
      'failure-story precision_fail=0.667 recall_fail=0.667 recall_pass=0.750 tp=2 fp=1 fn=1 tn=3',
    );
    expect(formatRuleLine('x', { tp: 0, fp: 0, fn: 0, tn: 4 })).toBe(
      'x precision_fail=n/a recall_fail=n/a recall_pass=1.000 tp=0 fp=0 fn=0 tn=4',
    );
  });
});

describe('missedTargets', () => {
  it('names each target below its threshold', () => {
    expect(missedTargets({ tp: 19, fp: 1, fn: 2, tn: 9 })).toEqual([]);
    expect(missedTargets({ tp: 18, fp: 2, fn: 1, tn: 8 })).toEqual(['precisionFail', 'recallPass']);
    expect(missedTargets({ tp: 8, fp: 0, fn: 2, tn: 5 })).toEqual(['recallFail']);
  });

  it('does not count a rate without cases as a miss', () => {
    expect(missedTargets({ tp: 0, fp: 0, fn: 0, tn: 3 })).toEqual([]);
  });
});

describe('optionsAgreement', () => {
  it('scores whole-number labels only and lists mismatches', () => {
    const result = optionsAgreement([
      { file: 'a', label: '2', parsed: 2 },
      { file: 'b', label: '3', parsed: 1 },
      { file: 'c', label: '1', parsed: 2 },
      { file: 'd', label: 'unknown', parsed: 4 },
    ]);
    expect(result.scored).toBe(3);
    expect(result.exact).toBe(1);
    expect(result.exactRate).toBeCloseTo(1 / 3);
    expect(result.withinOneRate).toBeCloseTo(2 / 3);
    expect(result.minTwoRate).toBeCloseTo(1 / 3);
    expect(result.mismatches.map((m) => m.file)).toEqual(['b', 'c']);
  });
});

describe('chosenDetection', () => {
  it('measures detection where the label names a choice and spurious choices where it does not', () => {
    const result = chosenDetection([
      { file: 'a', label: 'Postgres', parsed: 'PostgreSQL' },
      { file: 'b', label: 'Kafka', parsed: null },
      { file: 'c', label: 'unknown', parsed: 'Redis' },
      { file: 'd', label: 'n/a', parsed: null },
    ]);
    expect(result.labelled).toBe(2);
    expect(result.detected).toBe(1);
    expect(result.detectionRate).toBe(0.5);
    expect(result.missed.map((m) => m.file)).toEqual(['b']);
    expect(result.unlabelled).toBe(2);
    expect(result.spurious.map((m) => m.file)).toEqual(['c']);
  });
});
