// Status words with a typo ("Acepted", "Superceded", "propsed"): the status reads as unknown,
// so every content rule treats the record as unreviewed. A word with the same first letter and one
// edit (a letter added, dropped, changed or two swapped) away from exactly one known status word is a typo; the fix writes that
// word, in the case the author used.

import { matchCase } from '../edit/text.js';
import type { Fix } from '../engine/types.js';
import type { AdrDocument } from '../model.js';
import { STATUS_ALIASES } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/** Known one-word statuses: the lifecycle's, and the aliases of lifecycle statuses. */
function knownWords(lifecycle: readonly string[], extra: Record<string, string>): string[] {
  const aliases = Object.entries({ ...STATUS_ALIASES, ...extra })
    .filter(([, status]) => lifecycle.includes(status.toLowerCase()))
    .map(([alias]) => alias);
  const words = [...lifecycle, ...aliases].map((word) => word.toLowerCase());
  return [...new Set(words.filter((word) => /^\p{L}+$/u.test(word)))];
}

/** The known status word `word` is a typo of, or null when it is known, too short, or ambiguous. */
export function correctStatusWord(
  word: string,
  lifecycle: readonly string[],
  extra: Record<string, string> = {},
): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 4) return null;
  const known = knownWords(lifecycle, extra);
  if (known.includes(lower)) return null;
  // One edit only: two would turn real statuses into others ("Reverted" is two from "rejected").
  const limit = 1;
  let best: string[] = [];
  let bestDistance = limit + 1;
  // Typos keep the first letter; a different one is another word ("Incomplete" is not "complete").
  for (const candidate of known.filter((word) => word[0] === lower[0])) {
    const distance = editDistance(lower, candidate, limit);
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance && distance <= limit) {
      best.push(candidate);
    }
  }
  return best.length === 1 ? (best[0] as string) : null;
}

/** The first word of the status as written, and where it sits in the document's text. */
function statusWord(document: AdrDocument): { word: string; offset: number } | null {
  const status = document.status;
  if (!status) return null;
  const word = /\p{L}+/u.exec(status.raw)?.[0];
  if (!word) return null;
  const lineStart = document.lineStarts[status.span.line - 1] ?? 0;
  const lineEnd = document.lineStarts[status.span.endLine] ?? document.text.length;
  const escaped = escapeRegExp(word);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  pattern.lastIndex = Math.max(lineStart, status.span.offset);
  let match = pattern.exec(document.text);
  // The span may start at the key ("status:"); the value follows on the same line.
  if (!match || match.index >= lineEnd) {
    pattern.lastIndex = lineStart;
    match = pattern.exec(document.text);
  }
  if (!match || match.index >= lineEnd) return null;
  return { word, offset: match.index };
}

export interface StatusCorrection {
  written: string;
  correct: string;
  fix: Fix;
}

/** A correction for a status whose first word is a typo of a known status word, or null. */
export function statusSpellingFix(
  document: AdrDocument,
  lifecycle: readonly string[],
  extra: Record<string, string> = {},
): StatusCorrection | null {
  const found = statusWord(document);
  if (!found) return null;
  const corrected = correctStatusWord(found.word, lifecycle, extra);
  if (!corrected) return null;
  const correct =
    found.word === found.word.toUpperCase() ? corrected.toUpperCase() : matchCase(corrected, found.word);
  return {
    written: found.word,
    correct,
    fix: { range: [found.offset, found.offset + found.word.length], text: correct },
  };
}
