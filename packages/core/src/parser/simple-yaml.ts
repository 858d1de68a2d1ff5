// Most frontmatter is a handful of `key: text` lines and short `- item` lists. The YAML library
// reads those correctly but slowly (about 0.7 ms a record, several percent of a cold lint), so
// this reads just that shape itself and hands anything else — numbers, booleans, quotes,
// comments, nesting, blank lines, anything unusual — to the library. It gives exactly what the
// library gives for the text it accepts (a property test holds it to that).

/** Keys and values read, with each key's [start, end) offsets in the YAML text. */
export interface SimpleYaml {
  data: Record<string, string | string[]>;
  keyRanges: Record<string, [number, number]>;
}

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Plain text YAML reads as a string as it stands: starts with a letter, or is a date. */
const PLAIN_START = /^(?:[A-Za-z]|\d{4}-\d{2}-\d{2}$)/;
/** `:` and `#` may start a mapping or a comment. */
const INDICATOR = /[:#]/;
/** Printable text without tabs, odd line separators, BOMs or astral characters: the rest is left to the library. */
const PRINTABLE = /^[ -~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/** Plain words the YAML core schema reads as booleans or null. */
const NOT_A_STRING = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;

/** The value as YAML reads a one-line plain scalar, or null when it could read as anything else. */
function plainString(raw: string): string | null {
  const value = raw.trimEnd();
  if (!PLAIN_START.test(value) || INDICATOR.test(value) || !PRINTABLE.test(value) || NOT_A_STRING.test(value))
    return null;
  return value;
}

/** Reads `key: text` lines and `key:` followed by `- text` items; null for any other YAML. */
export function readSimpleYaml(raw: string): SimpleYaml | null {
  const data: Record<string, string | string[]> = {};
  const keyRanges: Record<string, [number, number]> = {};
  const lines = raw.split('\n');
  let offset = 0;
  let list: string[] | null = null;
  let listIndent = -1;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    const item = list ? ITEM_LINE.exec(line) : null;
    if (item && list) {
      const indent = (item[1] as string).length;
      if (listIndent !== -1 && indent !== listIndent) return null;
      listIndent = indent;
      const value = plainString(item[2] as string);
      if (value === null) return null;
      list.push(value);
      continue;
    }
    if (list && list.length === 0) return null; // `key:` with nothing under it is null, not a list
    list = null;
    listIndent = -1;
    const pair = KEY_LINE.exec(line);
    if (!pair) return null;
    const key = pair[1] as string;
    if (key in keyRanges || NOT_A_STRING.test(key)) return null;
    keyRanges[key] = [lineStart, lineStart + key.length];
    if (pair[2] === undefined || pair[2].trim() === '') {
      list = [];
      data[key] = list;
      continue;
    }
    const value = plainString(pair[2]);
    if (value === null) return null;
    data[key] = value;
  }
  if (list && list.length === 0) return null;
  return { data, keyRanges };
}
