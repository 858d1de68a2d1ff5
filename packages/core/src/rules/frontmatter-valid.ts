import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { DocumentRule, JsonSchema, Report } from '../engine/types.js';
import type { AdrDocument, ParseProblem } from '../model.js';
import { lineSpan } from '../parser/positions.js';
import { shorten } from '../text/shorten.js';
import compiledValidator from './frontmatter-validator.generated.js';

// The schema ships with the package (`schema/` sits two levels above both src/rules and
// dist/rules), so editors can use the same file docket validates with. Read when a finding is
// described, not when the rule loads: a record without frontmatter problems never needs it, and
// reading it started Node's module resolver in every run (a millisecond or two of each start).
let loadedSchema: JsonSchema | undefined;
export function frontmatterSchema(): JsonSchema {
  loadedSchema ??= createRequire(import.meta.url)('../../schema/frontmatter.schema.json') as JsonSchema;
  return loadedSchema;
}

// Compiled from the same file ahead of time (scripts/generate-frontmatter-validator.mjs), so a run
// does not pay for compiling it; a test keeps the two in step.
const validator = compiledValidator as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

const PROBLEM_MESSAGES: Record<ParseProblem['code'], string> = {
  'yaml-syntax': 'yamlSyntax',
  'yaml-not-mapping': 'yamlNotMapping',
  'yaml-alias-limit': 'yamlAliasLimit',
  binary: 'binary',
  'too-large': 'tooLarge',
  'frontmatter-not-first': 'notFirst',
};

/** YAML 1.1 timestamps arrive as Date objects; the schema speaks JSON, so dates become ISO strings. */
function toJson(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  return value;
}

function resolveRef(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = frontmatterSchema();
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  return { ...(node as JsonSchema), ...schema, $ref: undefined };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
};

/** What a schema accepts, in words: "text or a list of text", "one of two-way, costly, ...". */
export function describeSchema(input: JsonSchema): string {
  const schema = resolveRef(input);
  if (Array.isArray(schema.enum)) {
    return `one of ${schema.enum.filter((v) => v !== null).join(', ')}`;
  }
  if (Array.isArray(schema.anyOf)) {
    const parts = (schema.anyOf as JsonSchema[])
      .filter((branch) => resolveRef(branch).type !== 'null')
      .map((branch) => describeSchema(branch));
    return [...new Set(parts)].join(' or ');
  }
  if (typeof schema.pattern === 'string' && typeof schema.description === 'string') {
    return schema.description.replace(/\.$/, '').replace(/^An? /, (a) => a.toLowerCase());
  }
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === 'string' && t !== 'null',
  );
  return types
    .map((type) =>
      type === 'array' && schema.items
        ? `a list of ${listItems(schema.items as JsonSchema)}`
        : (TYPE_NAMES[type] ?? type),
    )
    .join(' or ');
}

function listItems(items: JsonSchema): string {
  const inner = describeSchema(items);
  return inner.includes(' or ') ? `(${inner})` : inner;
}

function decodePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function showPath(path: string[]): string {
  return path.map((part, i) => (i === 0 ? part : /^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('');
}

function showValue(value: unknown): string {
  const text = value === undefined ? 'empty' : JSON.stringify(value);
  return shorten(text, 60);
}

/**
 * One error per failing value: when a value matched none of an `anyOf`'s branches, the
 * branches' own errors (and those of the value's items) say less than the `anyOf` does.
 */
function significantErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const outermost = anyOfPaths.filter((p) => !anyOfPaths.some((q) => q !== p && p.startsWith(`${q}/`)));
  const seen = new Set<string>();
  return errors.filter((error) => {
    const path = error.instancePath;
    if (path === '') return false; // the document itself: the parser reports a non-mapping as a problem.
    const covering = outermost.find((p) => path === p || path.startsWith(`${p}/`));
    if (covering !== undefined && !(error.keyword === 'anyOf' && path === covering)) return false;
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}

function reportProblems(document: AdrDocument, report: (report: Report) => void) {
  const seen = new Set<string>();
  for (const problem of document.problems) {
    const messageId = PROBLEM_MESSAGES[problem.code];
    const key = `${problem.code}:${problem.span.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report({ messageId, span: problem.span, data: { detail: problem.message.replace(/\.$/, '') } });
  }
}

const TOP_LEVEL_KEY = /^(?!#)([^\s:'"][^:]*?|'[^']*'|"[^"]*")\s*:(?:\s|$)/;

/**
 * Top-level keys written more than once. The model keeps one span per key, so this reads
 * the raw frontmatter lines: a YAML mapping key starts at column 1.
 */
function reportDuplicateKeys(document: AdrDocument, report: (report: Report) => void) {
  const frontmatter = document.frontmatter;
  if (!frontmatter?.data) return;
  const firstLine = frontmatter.span.line + 1;
  const seen = new Map<string, number>();
  frontmatter.raw.split('\n').forEach((line, i) => {
    const match = TOP_LEVEL_KEY.exec(line);
    if (!match) return;
    const key = (match[1] as string).replace(/^(['"])(.*)\1$/, '$2');
    const lineNumber = firstLine + i;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, lineNumber);
      return;
    }
    const span = lineSpan(document.lineStarts, document.text, lineNumber);
    report({ messageId: 'duplicateKey', span, data: { key, first } });
  });
}

/** Frontmatter parses as YAML and conforms to the shipped JSON Schema; the file is readable at all. */
export const frontmatterValid: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'frontmatter-valid',
    description:
      'Require the file to be readable text and its YAML frontmatter to parse and conform to the frontmatter schema.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      yamlSyntax:
        'The frontmatter is not valid YAML ({{detail}}); fix this line, e.g. quote a value that contains ": " or starts with "{", "[", "*", "&", "@" or "`".',
      yamlNotMapping:
        'The frontmatter is not a mapping of keys to values; write one `key: value` per line between the `---` lines, e.g. `status: proposed`.',
      yamlAliasLimit:
        'The frontmatter expands too many YAML aliases ({{detail}}); write the values out instead of using `&anchor` / `*alias`.',
      binary:
        'The file is not text ({{detail}}); save the record as UTF-8 markdown, or move the file out of the ADR directory.',
      tooLarge:
        'The file is too large to read ({{detail}}); split the record, or move attachments out of the ADR directory.',
      notFirst:
        'The frontmatter does not open the file ({{detail}}); GitHub, static site generators and log4brains read it only when its `---` is line 1, so move what stands above it below the closing `---`.',
      duplicateKey:
        'Frontmatter key `{{key}}` is given again (first on line {{first}}); keep one `{{key}}:` line with the value that holds.',
      invalidValue: 'Frontmatter `{{key}}` is {{value}}; expected {{expected}}.',
    },
    rationale:
      'Frontmatter that does not parse, or holds values of the wrong shape, silently hides the status, dates and owners every other check reads. Saying so at the line, with the allowed values, turns a mystery into a one-line fix.',
    docs: {
      incorrect: `---
status: proposed
title: Events: use Kafka
---
# Events: use Kafka

## Decision

Order events go through Kafka.
`,
      correct: `---
status: proposed
title: "Events: use Kafka"
---
# Events: use Kafka

## Decision

Order events go through Kafka.
`,
      howToFix:
        'Fix the line the finding points at: quote values that contain ": " or start with "{", "[", "*", "&", "@" or "`" (a GitHub handle such as `@ann-lee` needs quotes), keep one line per key, and use the value types the message lists. Frontmatter belongs on line 1: docket reads it below a licence comment too, but GitHub, static site generators and log4brains do not, so move the comment below the closing `---`. Files that are not text (images, exports) belong outside the ADR folder.',
      whenNotToUse:
        'Keep it on: every other rule reads the frontmatter, and a record whose frontmatter does not parse is checked with its status, date and owner missing.',
    },
  },
  check({ document, report }) {
    reportProblems(document, report);
    const frontmatter = document.frontmatter;
    if (!frontmatter?.data) return;
    reportDuplicateKeys(document, report);
    const data = toJson(frontmatter.data);
    for (const error of significantErrors(validate(data))) {
      const path = decodePointer(error.instancePath);
      const top = path[0] as string;
      report({
        messageId: 'invalidValue',
        span: frontmatter.keySpans[top] ?? frontmatter.span,
        data: {
          key: showPath(path),
          value: showValue(valueAt(data, path)),
          expected: describeSchema((error.parentSchema ?? {}) as JsonSchema),
        },
      });
    }
  },
};
