import { describe, expect, it } from 'vitest';
import { oneLine, shorten } from './shorten.js';

describe('shorten', () => {
  it('keeps text of the maximum length or less as it is', () => {
    expect(shorten('twelve chars', 12)).toBe('twelve chars');
    expect(shorten('short', 12)).toBe('short');
  });

  it('cuts longer text to the maximum, ending in "..."', () => {
    expect(shorten('abcdefghijklm', 10)).toBe('abcdefg...');
    expect(shorten('abcdefghijklm', 10)).toHaveLength(10);
  });

  it('leaves no space before the dots', () => {
    expect(shorten('use the queue for everything', 11)).toBe('use the...');
  });

  it('puts text that spans lines on one line before measuring it', () => {
    expect(shorten('use the\n  queue\r\nfor  everything', 40)).toBe('use the queue for everything');
    expect(shorten('use the\n\n queue for everything', 11)).toBe('use the...');
  });
});

describe('oneLine', () => {
  it('makes every whitespace run one space and trims the ends', () => {
    expect(oneLine('  Use\tthe \n\n queue\r\n ')).toBe('Use the queue');
  });
});
