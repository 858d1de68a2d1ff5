// Pure scoring for scripts/accuracy.mjs, following ../shared/labels/README.md:
// a file fails a rule when the linter reports at least one finding of it; `na` and `?` are not scored.

/** Label columns that are not rule verdicts. */
export const INFO_COLUMNS = ['file', 'status', 'options', 'chosen', 'evidence'];

/** The six review rules the targets apply to. */
export const TARGET_RULES = [
  'options-min-two',
  'tradeoffs-named',
  'rejected-alternatives-reasoned',
  'failure-story',
  'reversibility-stated',
  'revisit-triggers',
];

export const TARGETS = { precisionFail: 0.95, recallFail: 0.9, recallPass: 0.9 };

/**
 * Parses a labels TSV. Returns the rule columns (in file order) and one row per labelled file.
 * @param {string} text
 */
export function parseLabels(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  if (!header.includes('file')) throw new Error('the labels have no "file" column');
  const ruleColumns = header.filter((h) => h !== '' && !INFO_COLUMNS.includes(h));
  const rows = lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    /** @type {Record<string, string>} */
    const record = {};
    header.forEach((name, j) => {
      record[name] = (cells[j] ?? '').trim();
    });
    /** @type {Record<string, string>} */
    const verdicts = {};
    for (const rule of ruleColumns) verdicts[rule] = (record[rule] ?? '').toLowerCase();
    return {
      line: i + 2,
      file: record.file ?? '',
      status: record.status ?? '',
      options: record.options ?? '',
      chosen: record.chosen ?? '',
      evidence: record.evidence ?? '',
      verdicts,
    };
  });
  return { ruleColumns, rows };
}

/**
 * Confusion counts for one rule. `failed` is the linter's verdict, `label` the labelled one.
 * @param {{failed: boolean, label: string}[]} pairs
 */
export function scoreRule(pairs) {
  const score = { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 };
  for (const { failed, label } of pairs) {
    if (label !== 'pass' && label !== 'fail') {
      score.skipped += 1;
      continue;
    }
    if (failed && label === 'fail') score.tp += 1;
    else if (failed) score.fp += 1;
    else if (label === 'fail') score.fn += 1;
    else score.tn += 1;
  }
  return score;
}

/**
 * @param {number} numerator
 * @param {number} denominator
 * @returns {number | null}
 */
export function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}

/** @param {{tp: number, fp: number, fn: number, tn: number}} s */
export function rates(s) {
  return {
    precisionFail: ratio(s.tp, s.tp + s.fp),
    recallFail: ratio(s.tp, s.tp + s.fn),
    recallPass: ratio(s.tn, s.tn + s.fp),
  };
}

/** @param {number | null} value */
export function formatRate(value) {
  return value === null ? 'n/a' : value.toFixed(3);
}

/**
 * The report line the issue specifies.
 * @param {string} rule
 * @param {{tp: number, fp: number, fn: number, tn: number}} s
 */
export function formatRuleLine(rule, s) {
  const r = rates(s);
  return `${rule} precision_fail=${formatRate(r.precisionFail)} recall_fail=${formatRate(r.recallFail)} recall_pass=${formatRate(r.recallPass)} tp=${s.tp} fp=${s.fp} fn=${s.fn} tn=${s.tn}`;
}

/**
 * Which targets a score misses. A rate that cannot be computed (no cases) is not a miss.
 * @param {{tp: number, fp: number, fn: number, tn: number}} s
 */
export function missedTargets(s) {
  const r = rates(s);
  return /** @type {(keyof typeof TARGETS)[]} */ (Object.keys(TARGETS)).filter((key) => {
    const value = r[key];
    return value !== null && value < TARGETS[key];
  });
}

/**
 * Agreement between the labels' option counts and the parser's. Labels that are not whole numbers are skipped.
 * @param {{file: string, label: string, parsed: number}[]} pairs
 */
export function optionsAgreement(pairs) {
  const scored = pairs.filter((p) => /^\d+$/.test(p.label));
  const mismatches = scored.filter((p) => Number(p.label) !== p.parsed);
  const withinOne = scored.filter((p) => Math.abs(Number(p.label) - p.parsed) <= 1).length;
  // Whether both sides agree on "at least two options", the question options-min-two asks.
  const sameSide = scored.filter((p) => Number(p.label) >= 2 === p.parsed >= 2).length;
  return {
    scored: scored.length,
    exact: scored.length - mismatches.length,
    exactRate: ratio(scored.length - mismatches.length, scored.length),
    withinOneRate: ratio(withinOne, scored.length),
    minTwoRate: ratio(sameSide, scored.length),
    mismatches,
  };
}

/** Label values that mean "no determinable chosen option". */
const NO_CHOICE = new Set(['unknown', 'n/a', 'na', '?', '']);

/**
 * How often the parser finds a chosen option where the label names one, and how often it
 * claims one where the label says there is none.
 * @param {{file: string, label: string, parsed: string | null}[]} pairs
 */
export function chosenDetection(pairs) {
  const labelled = pairs.filter((p) => !NO_CHOICE.has(p.label.trim().toLowerCase()));
  const unlabelled = pairs.filter((p) => NO_CHOICE.has(p.label.trim().toLowerCase()));
  const missed = labelled.filter((p) => p.parsed === null);
  const spurious = unlabelled.filter((p) => p.parsed !== null);
  return {
    labelled: labelled.length,
    detected: labelled.length - missed.length,
    detectionRate: ratio(labelled.length - missed.length, labelled.length),
    missed,
    unlabelled: unlabelled.length,
    spurious,
  };
}
