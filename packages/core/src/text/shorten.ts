/** Text with every whitespace run (line breaks included) made one space: one line for a message, cell or note. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` as a message quotes it: on one line, at most `max` characters, a longer one cut at a
 * word's end where the cut falls on a space, and ending in "...".
 */
export function shorten(text: string, max: number): string {
  const flat = oneLine(text);
  return flat.length > max ? `${flat.slice(0, max - 3).trimEnd()}...` : flat;
}
