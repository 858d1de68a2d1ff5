import { describe, expect, it } from 'vitest';
import { allMatches } from './regexp.js';

describe('allMatches', () => {
  it('finds every match from the start, whatever lastIndex the pattern was left with', () => {
    const word = /\b(\w)\w*/g;
    word.lastIndex = 5;
    expect(allMatches('alpha beta gamma', word).map((m) => [m[0], m[1], m.index])).toEqual([
      ['alpha', 'a', 0],
      ['beta', 'b', 6],
      ['gamma', 'g', 11],
    ]);
    expect(word.lastIndex).toBe(0);
  });

  it('steps past empty matches, a surrogate pair as one character in unicode mode', () => {
    expect(allMatches('a𝒜b', /(?:)/gu).map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(allMatches('ab', /x*/g).map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('lets the caller run the same pattern again while going through the matches', () => {
    const number = /\d+/g;
    const seen = allMatches('1 22 333', number).map((m) => `${m[0]}:${allMatches(m[0], number).length}`);
    expect(seen).toEqual(['1:1', '22:1', '333:1']);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches('x', /x/)).toThrow(TypeError);
  });
});
