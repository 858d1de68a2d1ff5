// The index `docket index` keeps in an ADR folder's README: a Markdown table between two marker
// comments. Only the lines between the markers are ever replaced, so the README's own prose,
// headings and line endings survive every run byte for byte.
import { encodePath } from '../review/render-common.js';
import type { RecordRow } from './rows.js';

export const INDEX_START_MARKER = '<!-- docket:index:start -->';
export const INDEX_END_MARKER = '<!-- docket:index:end -->';

const START = /^\s{0,3}<!--\s*docket:index:start\s*-->\s*$/;
const END = /^\s{0,3}<!--\s*docket:index:end\s*-->\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Text for a table cell: pipes and line breaks would end the cell, brackets would open a link. */
function cellText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([\\|[\]<>*_`])/g, '\\$1')
    .trim();
}

/**
 * The index as Markdown lines: number, linked title, status and date, one row per record, in the
 * order given. Each row's `path` is the link target, relative to the README.
 */
export function renderIndexTable(rows: readonly RecordRow[]): string[] {
  if (rows.length === 0) return ['_No decisions recorded yet._'];
  return [
    '| Number | Title | Status | Date |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.numberText ?? ''} | [${cellText(row.title)}](${encodePath(row.path)}) | ${cellText(row.status ?? '')} | ${cellText(row.date ?? '')} |`,
    ),
  ];
}

export type IndexSplice =
  | { ok: true; text: string; changed: boolean }
  /** A README docket must not rewrite: the problem and its 1-based line. */
  | { ok: false; line: number; message: string };

function markerLines(lines: readonly string[]): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // A fence closes with at least as many of the same character; markers shown inside code are examples.
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener)
        fence = null;
      return;
    }
    if (opener) fence = opener;
    else if (START.test(line)) starts.push(i);
    else if (END.test(line)) ends.push(i);
  });
  return { starts, ends };
}

/** What keeps an appended index apart from the README's last paragraph: a blank line. */
function separatorAfter(readme: string, eol: string): string {
  if (readme === '' || /(?:^|\n)[ \t]*\r?\n$/.test(readme)) return '';
  return readme.endsWith('\n') ? eol : eol + eol;
}

/**
 * Puts `table` between the index markers of `readme` (null: no README yet). Without markers the
 * index is appended with its markers; `title` heads a README docket creates. Everything outside
 * the markers, the marker lines included, is kept as it was; the table takes the README's line
 * ending (CRLF or LF).
 */
export function spliceIndex(readme: string | null, table: readonly string[], title: string): IndexSplice {
  if (readme === null) {
    const text = [`# ${title}`, '', INDEX_START_MARKER, ...table, INDEX_END_MARKER, ''].join('\n');
    return { ok: true, text, changed: true };
  }
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  // Split keeping each line's own ending, so unchanged parts are copied exactly.
  const lines = readme.split(/(?<=\n)/);
  const { starts, ends } = markerLines(lines.map((l) => l.replace(/\r?\n$/, '')));
  const [start] = starts;
  const [end] = ends;
  if (starts.length > 1) {
    return {
      ok: false,
      line: (starts[1] as number) + 1,
      message: `a second ${INDEX_START_MARKER}; keep one pair of index markers`,
    };
  }
  if (ends.length > 1) {
    return {
      ok: false,
      line: (ends[1] as number) + 1,
      message: `a second ${INDEX_END_MARKER}; keep one pair of index markers`,
    };
  }
  if (start !== undefined && end === undefined) {
    return {
      ok: false,
      line: start + 1,
      message: `${INDEX_START_MARKER} has no ${INDEX_END_MARKER} after it; add one where the index ends`,
    };
  }
  if (start === undefined && end !== undefined) {
    return {
      ok: false,
      line: end + 1,
      message: `${INDEX_END_MARKER} has no ${INDEX_START_MARKER} before it; add one where the index starts`,
    };
  }
  if (start !== undefined && end !== undefined && end < start) {
    return {
      ok: false,
      line: end + 1,
      message: `${INDEX_END_MARKER} comes before ${INDEX_START_MARKER} (line ${start + 1}); put the start marker first`,
    };
  }
  const block = table.map((line) => line + eol).join('');
  let text: string;
  if (start === undefined || end === undefined) {
    text = `${readme}${separatorAfter(readme, eol)}${INDEX_START_MARKER}${eol}${block}${INDEX_END_MARKER}${eol}`;
  } else {
    const before = lines.slice(0, start + 1).join('');
    const startLine = lines[start] as string;
    // A start marker on the file's last line without an ending needs one before the table.
    const joiner = startLine.endsWith('\n') ? '' : eol;
    text = before + joiner + block + lines.slice(end).join('');
  }
  return { ok: true, text, changed: text !== readme };
}
