/** `text` with every character a regular expression treats specially escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of a global pattern in `text`, from the start, as `String.prototype.matchAll` gives
 * them. matchAll copies the pattern on each call, which made it the costliest step of the prose
 * patterns that run over every block (most of which match nothing); this runs the pattern itself
 * and leaves its `lastIndex` at 0. The matches are collected first, so the caller may run the same
 * pattern again while it goes through them.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0] === '')
      pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

/** The index after the character at `index`: a surrogate pair is one character in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
