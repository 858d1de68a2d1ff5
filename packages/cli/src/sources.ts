// Reads ADR files as UTF-8. A file that cannot be read is reported, not thrown: a path that is
// not a regular file (a named pipe would block forever), a loop of symbolic links, or text that
// is not valid UTF-8 (which a lossy decode would corrupt on the next `--fix`). A file above the
// size limit is not read at all; the parser reports it as too large.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { MAX_PARSE_BYTES, type SourceFile } from '@docket/core';

export interface ReadFailure {
  path: string;
  reason: string;
}

export interface ReadOptions {
  /** Files larger than this many bytes are not read (the config's `maxFileSize`). */
  maxBytes?: number;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent in the path is a file)',
  ELOOP: 'a loop of symbolic links; point the link at a real file',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** What a path is, when it is neither a file nor a directory. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether the bytes decode as UTF-8, allowing an incomplete sequence at the end (more may follow). */
function validSoFar(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function completeUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Where the first byte sequence that is not UTF-8 starts: line and column (1-based, in characters), and the byte. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | null {
  if (completeUtf8(bytes)) return null;
  // The shortest failing prefix, by binary search: shortening a valid prefix keeps it valid.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (validSoFar(bytes.subarray(0, mid + 1))) low = mid + 1;
    else high = mid;
  }
  // `low` is the byte that breaks the text (or the end, for a sequence cut short). When the text
  // before it ends in an unfinished sequence, that sequence is the one at fault.
  let start = low;
  if (!completeUtf8(bytes.subarray(0, low))) {
    start = low - 1;
    while (start > 0 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  }
  const lineStart = start === 0 ? 0 : bytes.lastIndexOf(0x0a, start - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = lenientUtf8.decode(bytes.subarray(lineStart, start)).length + 1;
  return { line, column, byte: bytes[start] as number };
}

/** Binary content: a NUL byte in the first 8 KB. The parser reports such files as not text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * A record named but not read yet: whoever lints it reads it with readSource, so a long run holds
 * the texts of the records being linted, not every record's.
 */
export interface UnreadSource extends Omit<SourceFile, 'text'> {
  text?: undefined;
}

/** A record to lint, read already or not yet. */
export type LintSource = SourceFile | UnreadSource;

/** Reads one file with the checks readSources makes: a failure is returned, not thrown. */
export function readSource(path: string, maxBytes: number = MAX_PARSE_BYTES): SourceFile | ReadFailure {
  let fd: number | undefined;
  try {
    // Non-blocking, so opening a named pipe does not wait for a writer; fstat then refuses it.
    // The checks read the opened file itself, so it cannot be swapped between check and read.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return { path, reason: REASONS.EISDIR as string };
    if (!info.isFile())
      return { path, reason: `${specialKind(info)}, not a file; remove it from the ADR folder` };
    if (info.size > maxBytes) return { path, text: '', size: info.size };
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) return { path, text: '', size: bytes.length };
    if (looksBinary(bytes)) return { path, text: lenientUtf8.decode(bytes) };
    try {
      return { path, text: strictUtf8.decode(bytes) };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const where = bad
        ? ` (byte 0x${bad.byte.toString(16).padStart(2, '0')} at line ${bad.line}, column ${bad.column})`
        : '';
      return { path, reason: `not valid UTF-8${where}; save the file as UTF-8` };
    }
  } catch (error) {
    return { path, reason: describe(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads the files one after another, synchronously: a command reads its records before it does
 * anything else, and for thousands of small files this is several times quicker than going
 * through the thread pool, and holds one file's bytes at a time rather than many.
 */
export async function readSources(
  files: string[],
  options: ReadOptions = {},
): Promise<{ sources: SourceFile[]; failures: ReadFailure[] }> {
  const maxBytes = options.maxBytes ?? MAX_PARSE_BYTES;
  const sources: SourceFile[] = [];
  const failures: ReadFailure[] = [];
  for (const path of files) {
    const result = readSource(path, maxBytes);
    if ('reason' in result) failures.push(result);
    else sources.push(result);
  }
  return { sources, failures };
}

/** The record with its text, read now when it was not yet; a read failure is returned, not thrown. */
export function withText(source: LintSource, maxBytes?: number): SourceFile | ReadFailure {
  if (source.text !== undefined) return source;
  const read = readSource(source.path, maxBytes);
  return 'reason' in read ? read : { ...source, ...read };
}
