/**
 * `text` as a message quotes it: at most `max` characters, a longer one cut at a word's end where
 * the cut falls on a space, and ending in "...".
 */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3).trimEnd()}...` : text;
}
