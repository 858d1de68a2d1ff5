// Reads a config file's text as JSON or YAML and remembers where each key sits, so every problem
// with the file can name its line. JSON goes through jsonc-parser (exact error positions, strict
// JSON: no comments or trailing commas); YAML through yaml.
import { ConfigError } from '@docket/core';
import {
  findNodeAtLocation,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type KeyPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface ConfigSource {
  /** Absolute path of the file. */
  path: string;
  /** The file's path as shown in messages. */
  label: string;
  data: unknown;
  /** Where the value at `keyPath` (or, with `'key'`, its key) is written; null when not found. */
  locate(keyPath: KeyPath, what?: 'key' | 'value'): Position | null;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** "file:3:7: message", or "file: message" when the position is unknown. */
export function at(label: string, position: Position | null): string {
  return position ? `${label}:${position.line}:${position.column}` : label;
}

function jsonValue(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((property) => [
          property.children?.[0]?.value as string,
          jsonValue(property.children?.[1]),
        ]),
      );
    case 'array':
      return (node.children ?? []).map(jsonValue);
    default:
      return node.value;
  }
}

function parseJson(path: string, label: string, text: string): ConfigSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const starts = lineStartsOf(text);
  const first = errors[0];
  if (first || !root) {
    const where = positionAt(starts, first?.offset ?? 0);
    const what = first ? describeJsonError(printParseErrorCode(first.error)) : 'the file is empty';
    throw new ConfigError(`${at(label, where)}: not valid JSON: ${what}`, '');
  }
  return {
    path,
    label,
    data: jsonValue(root),
    locate(keyPath, what = 'value') {
      const node = findNodeAtLocation(root, [...keyPath]);
      if (!node) return null;
      const target = what === 'key' && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
      return positionAt(starts, (target ?? node).offset);
    },
  };
}

/** jsonc-parser's error codes ("PropertyNameExpected") as words. */
function describeJsonError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words}${code === 'CommaExpected' ? ' (or a trailing comma, which JSON does not allow)' : ''}`;
}

function parseYaml(path: string, label: string, text: string): ConfigSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const first = document.errors[0];
  if (first) {
    const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '');
    throw new ConfigError(`${at(label, toPosition(first.pos[0]))}: not valid YAML: ${message}`, '');
  }
  // An empty file is an empty configuration.
  const data = document.contents === null ? {} : document.toJS({ maxAliasCount: 100 });
  return {
    path,
    label,
    data,
    locate(keyPath, what = 'value') {
      let node: unknown = document.contents;
      let keyNode: YamlNode | null = null;
      for (const segment of keyPath) {
        keyNode = null;
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isScalar(item.key) && String(item.key.value) === String(segment),
          );
          if (!pair) return null;
          keyNode = pair.key as YamlNode;
          node = pair.value;
        } else if (isSeq(node)) {
          node = node.items[Number(segment)];
        } else {
          return null;
        }
      }
      const target = (what === 'key' && keyNode) || (node as YamlNode | null);
      return target?.range ? toPosition(target.range[0]) : null;
    },
  };
}

/** Parses a config file's text: `.json` as strict JSON, anything else as YAML. Syntax errors throw a ConfigError naming the line. */
export function parseConfigSource(path: string, label: string, text: string): ConfigSource {
  return path.toLowerCase().endsWith('.json') ? parseJson(path, label, text) : parseYaml(path, label, text);
}
