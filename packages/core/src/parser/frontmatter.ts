import { isMap, isScalar, parseDocument } from 'yaml';
import type { Frontmatter, ParseProblem, Span } from '../model.js';
import { spanOf } from './positions.js';
import { readSimpleYaml } from './simple-yaml.js';

export interface FrontmatterBlock {
  /** Offset of the opening `---`: 0, or after the comments and blank lines above it. */
  open: number;
  /** Offset of the first YAML line, after the opening `---`. */
  start: number;
  /** Offset of the closing `---` line. */
  close: number;
  /** Offset just after the closing line's text. */
  end: number;
  yaml: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
/**
 * A licence header or SPDX comment some teams put above the frontmatter. GitHub, Jekyll and
 * log4brains read frontmatter only on line 1, but what the author meant is plain.
 */
const LEADING_COMMENTS = /^(?:[ \t]*(?:<!--[\s\S]*?-->[ \t]*)*\r?\n)+/;
/** A `key:` line at column 1: what makes a fenced block below a comment frontmatter, not a thematic break. */
const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/m;

/**
 * The frontmatter block: fenced by `---` on the first line, or (when it sets at least one key)
 * right below comments and blank lines that open the file.
 */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const open = LEADING_COMMENTS.exec(text)?.[0].length ?? 0;
  const opening = OPENING.exec(text.slice(open));
  if (!opening) return null;
  const start = open + opening[0].length;
  CLOSING.lastIndex = start;
  const closing = CLOSING.exec(text);
  if (!closing) return null;
  const yaml = text.slice(start, closing.index);
  if (open > 0 && !KEY_LINE.test(yaml)) return null;
  const end = closing.index + closing[0].replace(/\r?\n$/, '').length;
  return { open, start, close: closing.index, end, yaml };
}

/**
 * Parses the YAML between the `---` fences. Never throws: syntax errors, alias bombs and
 * non-mapping documents become problems at their line.
 * `offset` is where the YAML text starts in the document.
 */
export function parseFrontmatter(
  raw: string,
  offset: number,
  span: Span,
  lineStarts: number[],
): { frontmatter: Frontmatter; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const errors: Frontmatter['errors'] = [];
  const keySpans: Record<string, Span> = {};
  const at = (start: number, end: number) => spanOf(lineStarts, offset + start, offset + end);
  let data: Record<string, unknown> | null = null;
  const simple = readSimpleYaml(raw);
  if (simple) {
    for (const [key, [start, end]] of Object.entries(simple.keyRanges)) keySpans[key] = at(start, end);
    return { frontmatter: { raw, span, data: simple.data, errors, keySpans }, problems };
  }
  try {
    const document = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
    for (const error of document.errors) {
      const [start, end] = error.pos;
      const message = error.message.split('\n')[0] ?? error.message;
      errors.push({ message, span: at(start, Math.max(start, end)) });
    }
    if (errors.length === 0) {
      if (isMap(document.contents)) {
        for (const pair of document.contents.items) {
          if (isScalar(pair.key) && pair.key.range) {
            keySpans[String(pair.key.value)] = at(pair.key.range[0], pair.key.range[1]);
          }
        }
        // maxAliasCount bounds alias expansion, so a "billion laughs" document fails fast.
        const value = document.toJS({ maxAliasCount: 100 });
        data = value as Record<string, unknown>;
      } else if (document.contents !== null) {
        problems.push({
          code: 'yaml-not-mapping',
          message: 'Frontmatter is not a mapping of keys to values',
          span,
        });
      } else {
        data = {};
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /alias/i.test(message) ? 'yaml-alias-limit' : 'yaml-syntax';
    problems.push({ code, message: `Frontmatter could not be read: ${message}`, span });
  }
  for (const error of errors)
    problems.push({ code: 'yaml-syntax', message: error.message, span: error.span });
  return { frontmatter: { raw, span, data, errors, keySpans }, problems };
}
