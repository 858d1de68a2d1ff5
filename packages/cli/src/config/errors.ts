// Turns ajv's validation errors into messages people can act on: the file and line, the key path,
// the value found and what is allowed instead. ajv reports every branch of an `anyOf`; the branch
// the user evidently meant (the one whose errors reach deepest into the value) is kept.
import { closestWord } from '@docket/core';
import type { ErrorObject } from 'ajv';
import { at, type ConfigSource, type KeyPath } from './source.js';

/** `/rules/tradeoffs-named/1/perOption` → ['rules', 'tradeoffs-named', 1, 'perOption']. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** ['rules', 'tradeoffs-named', 1, 'perOption'] → `rules.tradeoffs-named[1].perOption`. */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? 'the top level' : text;
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const depth = (error: ErrorObject) => pointerToPath(error.instancePath).length;

function article(type: string): string {
  const noun = type === 'array' ? 'list' : type;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** What one failed schema keyword allows, as words. */
function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return JSON.stringify(params.allowedValue);
    case 'type': {
      const items = (error.parentSchema as { items?: { type?: string } } | undefined)?.items;
      const listOf = typeof items?.type === 'string' ? ` of ${items.type}s` : '';
      return String(params.type)
        .split(',')
        .map((type) => `${article(type)}${type === 'array' ? listOf : ''}`)
        .join(' or ');
    }
    case 'minItems':
      return params.limit === 1 ? 'at least one item' : `at least ${params.limit} items`;
    case 'maxItems':
      return `at most ${params.limit} items`;
    case 'minLength':
      return params.limit === 1 ? 'a non-empty string' : `at least ${params.limit} characters`;
    case 'uniqueItems':
      return `no duplicates (items ${params.j} and ${params.i} are the same)`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `a number ${params.comparison} ${params.limit}`;
    default:
      return `a value that ${error.message ?? 'matches the schema'}`;
  }
}

/** The keys an object schema allows, for "unknown key" messages. */
function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return Object.keys(properties ?? {}).filter((key) => key !== '$schema');
}

function errorPosition(error: ErrorObject, source: ConfigSource) {
  const path = pointerToPath(error.instancePath);
  if (error.keyword !== 'additionalProperties') return source.locate(path);
  const key = (error.params as { additionalProperty: string }).additionalProperty;
  return source.locate([...path, key], 'key');
}

function unknownKeyMessage(error: ErrorObject, source: ConfigSource): string {
  const path = pointerToPath(error.instancePath);
  const key = (error.params as { additionalProperty: string }).additionalProperty;
  const where = at(source.label, errorPosition(error, source));
  const allowed = allowedKeys(error);
  const hint = closestWord(key, allowed);
  const suggestion = hint ? `did you mean "${hint}"? ` : '';
  const [parent] = path.slice(-1);
  if (path.length === 1 && parent === 'rules') {
    return `${where}: rules: unknown rule "${key}"; ${hint ? `did you mean "${hint}"?` : 'the rules are listed in docs/rules/'}`;
  }
  if (path.length === 1 && parent === 'sectionAliases') {
    return `${where}: sectionAliases: unknown section kind "${key}"; ${suggestion}use one of ${allowed.join(', ')}`;
  }
  if (path.length === 3 && path[0] === 'rules') {
    const options = allowed.length > 0 ? `its options are ${allowed.join(', ')}` : 'it takes no options';
    return `${where}: ${formatKeyPath(path)}: unknown option "${key}" for rule "${path[1]}"; ${suggestion}${options}`;
  }
  return `${where}: ${path.length === 0 ? '' : `${formatKeyPath(path)}: `}unknown key "${key}"; ${suggestion}allowed keys: ${allowed.join(', ')}`;
}

function message(error: ErrorObject, source: ConfigSource, alternatives?: ErrorObject[]): string {
  if (error.keyword === 'additionalProperties') return unknownKeyMessage(error, source);
  const path = pointerToPath(error.instancePath);
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${at(source.label, source.locate(path))}: ${formatKeyPath(path)}: missing key "${missing}"`;
  }
  const where = at(source.label, source.locate(path));
  const isRuleSetting = path.length === 2 && path[0] === 'rules' && alternatives;
  const expected = isRuleSetting
    ? 'a severity ("off", "warn" or "error") or [severity, options]'
    : alternatives
      ? [...new Set(alternatives.map(expectation))].join(', or ')
      : expectation(error);
  return `${where}: ${formatKeyPath(path)} is ${showValue(valueAt(source.data, path))}; expected ${expected}`;
}

/**
 * One message per distinct problem, most relevant first. Of an `anyOf`'s branches, the one whose
 * errors reach deepest into the value is the one the user meant; when none goes deeper than the
 * `anyOf` itself, one message lists what each branch would have accepted.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], source: ConfigSource): string[] {
  let remaining = [...errors];
  const alternatives = new Map<ErrorObject, ErrorObject[]>();
  const choices = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const choice of choices) {
    if (!remaining.includes(choice)) continue;
    const prefix = `${choice.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of remaining) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] as string;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const inBranches = [...branches.values()].flat();
    const deepest = [...branches.values()].sort(
      (a, b) => Math.max(...b.map(depth)) - Math.max(...a.map(depth)),
    )[0];
    if (deepest && Math.max(...deepest.map(depth)) > depth(choice)) {
      remaining = remaining.filter((e) => e !== choice && (!inBranches.includes(e) || deepest.includes(e)));
    } else {
      alternatives.set(choice, inBranches);
      remaining = remaining.filter((e) => !inBranches.includes(e));
    }
  }
  // In the order the problems appear in the file.
  const located = remaining.map((error) => ({
    text: message(error, source, alternatives.get(error)),
    position: errorPosition(error, source),
  }));
  located.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
  return [...new Set(located.map((entry) => entry.text))];
}
