import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE } from '../engine/config.js';
import { applyFixes } from '../engine/fix.js';
import { parseAdr } from '../parser/parse.js';
import { correctStatusWord, editDistance, statusSpellingFix } from './status-spelling.js';

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('superceded', 'superseded', 2)).toBe(1);
    expect(editDistance('propsoed', 'proposed', 2)).toBe(1);
    expect(editDistance('acepted', 'accepted', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('correctStatusWord', () => {
  it.each([
    ['Acepted', 'accepted'],
    ['superceded', 'superseded'],
    ['Superseeded', 'superseded'],
    ['propsed', 'proposed'],
    ['Depricated', 'deprecated'],
    ['rejectd', 'rejected'],
    ['aproved', 'approved'],
  ])('corrects %s to %s', (word, expected) => {
    expect(correctStatusWord(word, DEFAULT_LIFECYCLE)).toBe(expected);
  });

  it.each([
    'Accepted',
    'maybe',
    'later',
    'hold',
    'Postponed',
    'Deferred',
    'Revised',
    'Incomplete',
    'Unapproved',
    'Reverted',
    'dro',
  ])('leaves %s alone: known, unrelated or too short', (word) => {
    expect(correctStatusWord(word, DEFAULT_LIFECYCLE)).toBeNull();
  });

  it('suggests only words of the configured lifecycle', () => {
    expect(correctStatusWord('drat', ['proposed', 'accepted'])).toBeNull();
    expect(correctStatusWord('drat', DEFAULT_LIFECYCLE)).toBe('draft');
  });
});

describe('statusSpellingFix', () => {
  it.each([
    ['frontmatter', '---\nstatus: Acepted\n---\n# T\n', '---\nstatus: Accepted\n---\n# T\n'],
    ['MADR 2 bullet', '# T\n\n* Status: propsed\n', '# T\n\n* Status: proposed\n'],
    [
      'Nygard section with a link',
      '# 1. T\n\n## Status\n\nSuperceded by [2. X](0002-x.md)\n',
      '# 1. T\n\n## Status\n\nSuperseded by [2. X](0002-x.md)\n',
    ],
    ['upper case', '# T\n\n## Status\n\nACEPTED\n', '# T\n\n## Status\n\nACCEPTED\n'],
  ])('replaces only the misspelled word (%s)', (_dialect, text, expected) => {
    const document = parseAdr({ path: '0001-t.md', text });
    const correction = statusSpellingFix(document, DEFAULT_LIFECYCLE);
    expect(correction).not.toBeNull();
    expect(applyFixes(text, correction ? [correction.fix] : []).text).toBe(expected);
  });

  it('offers nothing for a correct or unrelated status', () => {
    for (const text of ['# T\n\n* Status: accepted\n', '# T\n\n* Status: on hold\n', '# T\n']) {
      expect(statusSpellingFix(parseAdr({ path: 'a.md', text }), DEFAULT_LIFECYCLE)).toBeNull();
    }
  });
});
