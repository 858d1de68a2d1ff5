// Byte-careful text surgery: every edit is a splice of the original string, so whatever the
// edit does not touch (line endings, a byte-order mark, trailing spaces) stays as it was.

/** A problem that stops an edit: the file is left as it was and the message says why. */
export class EditError extends Error {
  override name = 'EditError';
}

export interface SourceParts {
  /** The UTF-8 byte-order mark, when the file starts with one (the parser reads the text without it). */
  bom: string;
  body: string;
}

export function splitBom(source: string): SourceParts {
  return source.charCodeAt(0) === 0xfeff
    ? { bom: '\uFEFF', body: source.slice(1) }
    : { bom: '', body: source };
}

/** The file's own line ending: the first one it uses, `\n` for a one-line file. */
export function detectEol(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

export interface LineBounds {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  /** Start of the next line (or the end of the text). */
  next: number;
}

export function lineAt(text: string, offset: number): LineBounds {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const next = newline === -1 ? text.length : newline + 1;
  let end = newline === -1 ? text.length : newline;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Inserts whole lines after the line holding `offset`, keeping the file's line endings. */
export function insertLinesAfter(text: string, offset: number, lines: string[], eol: string): string {
  const line = lineAt(text, offset);
  const block = lines.join(eol);
  if (line.next === line.end) return splice(text, line.end, line.end, eol + block);
  return splice(text, line.next, line.next, block + eol);
}

/** Inserts whole lines before the line holding `offset`. */
export function insertLinesBefore(text: string, offset: number, lines: string[], eol: string): string {
  const { start } = lineAt(text, offset);
  return splice(text, start, start, lines.join(eol) + eol);
}

/**
 * Appends a block (a heading, a list) at the end of the document after a blank line. Existing
 * bytes stay: a file without a final line break gets one, and then a blank line if it had none.
 */
export function appendBlock(text: string, lines: string[], eol: string): string {
  let prefix = text;
  if (prefix !== '' && !prefix.endsWith('\n')) prefix += eol;
  if (prefix !== '' && !/\n[ \t]*\r?\n$/.test(prefix)) prefix += eol;
  return prefix + lines.join(eol) + eol;
}

/** Writes `word` with the case of `model`'s first letter: "Accepted" makes "superseded" "Superseded". */
export function matchCase(word: string, model: string | null): string {
  const letter =
    model
      ?.trimStart()
      .replace(/^[*_]+/, '')
      .charAt(0) ?? '';
  if (/\p{Lu}/u.test(letter)) return word.charAt(0).toUpperCase() + word.slice(1);
  if (/\p{Ll}/u.test(letter)) return word.charAt(0).toLowerCase() + word.slice(1);
  return word;
}
