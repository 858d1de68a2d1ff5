// Edits YAML frontmatter in place: values are replaced where they are written, new keys are
// inserted as one line, and everything else in the block (comments, order, quoting) stays.
import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument, Scalar, stringify } from 'yaml';
import { type FrontmatterBlock, locateFrontmatter } from '../parser/frontmatter.js';
import { EditError, insertLinesAfter, insertLinesBefore, lineAt, splice } from './text.js';

function mapping(block: FrontmatterBlock) {
  const document = parseDocument(block.yaml, { uniqueKeys: false });
  if (document.errors.length > 0) {
    throw new EditError(`its frontmatter is not valid YAML (${document.errors[0]?.message.split('\n')[0]})`);
  }
  if (document.contents === null) return null;
  if (!isMap(document.contents)) throw new EditError('its frontmatter is not a mapping of keys to values');
  return document.contents;
}

function findPair(block: FrontmatterBlock, keys: readonly string[]): Pair<Scalar, Node | null> | null {
  const map = mapping(block);
  if (!map) return null;
  const wanted = keys.map((k) => k.toLowerCase());
  for (const key of wanted) {
    for (const pair of map.items) {
      if (isScalar(pair.key) && String(pair.key.value).toLowerCase() === key) {
        return pair as Pair<Scalar, Node | null>;
      }
    }
  }
  return null;
}

/** A scalar as YAML writes it on one line, in the quoting style the old value used. */
function formatScalar(value: string, style?: Scalar.Type): string {
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  const plain = stringify(value, { lineWidth: 0 }).replace(/\r?\n$/, '');
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** A scalar inside `[a, b]`: flow indicators force quotes. */
function formatFlowItem(value: string): string {
  const plain = formatScalar(value);
  return /[,[\]{}]/.test(plain) && !/^["']/.test(plain) ? JSON.stringify(value) : plain;
}

function formatValue(
  value: string | string[],
  old: Node | null | undefined,
  indent: string,
  eol: string,
): string {
  if (typeof value === 'string') return formatScalar(value, isScalar(old) ? old.type : undefined);
  if (isSeq(old) && !old.flow) return value.map((v) => `- ${formatScalar(v)}`).join(eol + indent);
  return `[${value.map(formatFlowItem).join(', ')}]`;
}

export interface SetOptions {
  /** Keys the value may already be written under, the preferred (new) one first. */
  keys: readonly string[];
  /** When the key is new: insert it after the first of these keys present, else at `position`. */
  after: readonly string[];
  position: 'first' | 'last';
  eol: string;
}

/** Sets a key to a value (a list of names becomes a YAML list when the old value was one). */
export function setFrontmatterValue(text: string, value: string | string[], options: SetOptions): string {
  const block = locateFrontmatter(text);
  if (!block) throw new EditError('it has no frontmatter block to edit');
  const pair = findPair(block, options.keys);
  if (!pair) {
    // A new list of names is written the way MADR's template shows it: "Ann Lee, Bo Chen".
    const scalar = Array.isArray(value) ? value.join(', ') : value;
    return insertKeyLine(text, block, `${options.keys[0]}: ${formatScalar(scalar)}`, options);
  }
  const old = pair.value;
  const range = old?.range;
  if (!old || !range || range[0] === range[1] || (isScalar(old) && old.value === null)) {
    // `key:` with no value: write one after the colon.
    const keyEnd = block.start + (pair.key.range?.[1] ?? 0);
    const line = lineAt(text, keyEnd);
    const colon = text.indexOf(':', keyEnd);
    const rest = text.slice(colon + 1, line.end);
    const comment = /\s#.*$/.exec(rest)?.[0] ?? '';
    const scalar = Array.isArray(value) ? value.join(', ') : value;
    return splice(text, colon + 1, line.end, ` ${formatScalar(scalar)}${comment}`);
  }
  const start = block.start + range[0];
  const indent = text.slice(lineAt(text, start).start, start);
  const written = typeof value !== 'string' && !isSeq(old) ? value.join(', ') : value;
  return splice(
    text,
    start,
    valueEnd(text, block.start + range[1]),
    formatValue(written, old, indent, options.eol),
  );
}

/** A block list's range ends after its last line break; the value itself ends before it. */
function valueEnd(text: string, end: number): number {
  let at = end;
  if (text.charCodeAt(at - 1) === 10) at--;
  if (text.charCodeAt(at - 1) === 13) at--;
  return at;
}

function insertKeyLine(text: string, block: FrontmatterBlock, line: string, options: SetOptions): string {
  const anchor = firstPresent(block, options.after);
  if (anchor?.key.range) {
    // After the anchor's whole value, which may span several lines.
    const end = valueEnd(text, block.start + (anchor.value?.range?.[1] ?? anchor.key.range[1]));
    return insertLinesAfter(text, end, [line], options.eol);
  }
  if (options.position === 'first') return insertLinesBefore(text, block.start, [line], options.eol);
  return insertLinesBefore(text, block.close, [line], options.eol);
}

function firstPresent(block: FrontmatterBlock, keys: readonly string[]) {
  for (const key of keys) {
    const pair = findPair(block, [key]);
    if (pair) return pair;
  }
  return null;
}

/**
 * Adds one value to a key's list: a new key gets a plain value, a scalar becomes `[old, new]`,
 * a flow list gets `, new` and a block list a new `- new` line. A value already there is kept.
 */
export function addFrontmatterListValue(text: string, key: string, value: string, eol: string): string {
  const block = locateFrontmatter(text);
  if (!block) throw new EditError('it has no frontmatter block to edit');
  const pair = findPair(block, [key]);
  if (!pair)
    return insertKeyLine(text, block, `${key}: ${formatScalar(value)}`, {
      keys: [key],
      after: [],
      position: 'last',
      eol,
    });
  const old = pair.value;
  if (!old?.range || (isScalar(old) && (old.value === null || old.value === ''))) {
    return setFrontmatterValue(text, value, { keys: [key], after: [], position: 'last', eol });
  }
  const start = block.start + old.range[0];
  const end = valueEnd(text, block.start + old.range[1]);
  if (isScalar(old)) {
    if (String(old.value) === value) return text;
    return splice(text, start, end, `[${text.slice(start, end)}, ${formatFlowItem(value)}]`);
  }
  if (!isSeq(old)) throw new EditError(`its frontmatter key "${key}" is neither a value nor a list`);
  if (old.items.some((item) => isScalar(item) && String(item.value) === value)) return text;
  if (old.flow) {
    const close = text.lastIndexOf(']', end);
    const separator = old.items.length > 0 ? ', ' : '';
    return splice(text, close, close, separator + formatFlowItem(value));
  }
  const last = old.items[old.items.length - 1] as Node | undefined;
  const lastEnd = valueEnd(text, block.start + (last?.range?.[1] ?? old.range[1]));
  const indent = text.slice(lineAt(text, start).start, start);
  return insertLinesAfter(text, lastEnd, [`${indent}- ${formatScalar(value)}`], eol);
}
