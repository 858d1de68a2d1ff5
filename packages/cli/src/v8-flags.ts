// V8 settings docket chooses for itself. They are V8's, for the whole process (worker threads
// included), and read as code runs, so they can change during a run; a setting the user gave
// node (on the command line or in NODE_OPTIONS) is always left as given.
import { setFlagsFromString } from 'node:v8';

/** Whether node was started with a V8 flag matching `pattern`: then that setting is left alone. */
export function nodeFlagSetByUser(pattern: RegExp): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return flags.some((flag) => pattern.test(flag));
}

const TURBOFAN_FLAG = /^--(?:no-)?turbofan\b/;

/**
 * The settings `docket` starts with (src/launch.ts), made before anything compiles:
 * - V8 first runs a regular expression in its interpreter and compiles it to machine code once it
 *   is used again. For the rules' large case-insensitive patterns, making the interpreter's
 *   bytecode (and optimising it) costs more than the machine code itself, and most patterns are
 *   used again: compiling straight to machine code took the regular expressions of a one-file lint
 *   from about 65 to 25 ms. Matching is the same either way.
 * - Turbofan, V8's optimising compiler, is off: a lint of a few records ends before most of the
 *   code it would optimise runs often enough to repay the compiling, which takes CPU time from the
 *   run itself (one-file lint: about 159 to 147 ms of CPU). A long run turns it back on
 *   (optimiseLongRun).
 * The code cache records the flags it was made under and V8 refuses it under others, so the
 * launcher makes these settings again before it saves one.
 */
export function setLaunchFlags(): void {
  setFlagsFromString('--no-regexp-tier-up');
  if (!nodeFlagSetByUser(TURBOFAN_FLAG)) setFlagsFromString('--no-turbofan');
}

/**
 * Records from which a run is long enough for turbofan to pay: at 1,000 records, a lint without
 * it takes more than half as long again.
 */
const MIN_RECORDS_TO_OPTIMISE = 64;

/** Turns V8's optimising compiler back on for a run over `records` records, when it pays. */
export function optimiseLongRun(records: number): void {
  if (records >= MIN_RECORDS_TO_OPTIMISE && !nodeFlagSetByUser(TURBOFAN_FLAG))
    setFlagsFromString('--turbofan');
}
