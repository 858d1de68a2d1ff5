import type { Span } from '../model.js';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A line ends at LF, or at a CR not followed by one (files from old Macs), as in CommonMark.
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Line and column (1-based) of an offset, by binary search over line starts. */
export function pointAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

export function spanOf(lineStarts: number[], start: number, end: number): Span {
  const a = pointAt(lineStarts, start);
  const b = pointAt(lineStarts, Math.max(start, end));
  return {
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: start,
    endOffset: end,
  };
}

/** The span of one whole line (1-based), without its line break. */
export function lineSpan(lineStarts: number[], text: string, line: number): Span {
  const start = lineStarts[line - 1] ?? text.length;
  let end = lineStarts[line] !== undefined ? (lineStarts[line] as number) - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return spanOf(lineStarts, start, end);
}

interface UnistPosition {
  start: { offset?: number };
  end: { offset?: number };
}

export function spanOfNode(lineStarts: number[], position: UnistPosition | undefined): Span {
  const start = position?.start.offset ?? 0;
  const end = position?.end.offset ?? start;
  return spanOf(lineStarts, start, end);
}
